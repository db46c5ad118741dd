/**
 * Bill maths (DOMAIN.md workflow step 9) and MSMED Act s.16 interest (step 10). Pure: no I/O.
 *
 * Days are India's calendar days: a supply delivered at 23:59 IST on the deliver-by date is on
 * time whatever the server's zone. A "date-only" result (due date) is a Date at 00:00 UTC of that
 * calendar day, the shape Prisma returns for a `@db.Date` column; inputs may be either that or a
 * full timestamp, since both map to the same IST calendar day.
 */
import { divideRoundHalfUp, gstSplit, percentOf } from "@/lib/domain/money";

/** MSMED Act s.15: a buyer may never take longer than this to pay an MSE. */
export const MSE_MAX_PAYMENT_DAYS = 45;

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000; // India has one zone and no daylight saving.

/** Days since 1970-01-01 of the IST calendar date `date` falls on. */
export function istDayNumber(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError("invalid date");
  return Math.floor((time + IST_OFFSET_MS) / DAY_MS);
}

function dateOnly(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS);
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

export interface BillPolicy {
  /** Liquidated damages per week or part week of delay (50 = 0.5 %). */
  ldRateBpPerWeek: number;
  /** Liquidated damages never exceed this share of the late value (1000 = 10 %). */
  ldCapBp: number;
  /** GST-TDS applies only when the contract value (ex-GST) is strictly above this. */
  tdsThresholdPaise: bigint;
  /** GST-TDS rate on the taxable value (200 = 2 %: 1 % CGST + 1 % SGST, or 2 % IGST). */
  tdsRateBp: number;
  /** Days after acceptance the bill falls due; capped at MSE_MAX_PAYMENT_DAYS. */
  paymentDueDays: number;
}

export interface BillInput {
  acceptedQuantity: number;
  unitPricePaise: bigint;
  gstRateBp: number;
  /** Supplier's and consignee's states are the same: CGST + SGST, otherwise IGST. */
  intraState: boolean;
  /** The whole supply order's value ex-GST: GST-TDS applicability is decided on the contract. */
  contractValuePaise: bigint;
  policy: BillPolicy;
  deliverBy: Date;
  deliveredAt: Date;
  acceptedAt: Date;
}

export interface Bill {
  /** Taxable value: accepted quantity × unit price, ex-GST. */
  gross: bigint;
  cgst: bigint;
  sgst: bigint;
  igst: bigint;
  tdsCgst: bigint;
  tdsSgst: bigint;
  tdsIgst: bigint;
  liquidatedDamages: bigint;
  netPayable: bigint;
  /** Date-only (00:00 UTC of the IST calendar day). */
  dueDate: Date;
  daysLate: number;
  weeksLate: number;
}

export function computeBill(input: BillInput): Bill {
  const { policy } = input;
  assertCount("acceptedQuantity", input.acceptedQuantity);
  assertCount("paymentDueDays", policy.paymentDueDays);
  if (input.unitPricePaise < 0n) throw new RangeError("unitPricePaise must not be negative");

  const gross = BigInt(input.acceptedQuantity) * input.unitPricePaise;
  const { cgst, sgst, igst } = gstSplit(gross, input.gstRateBp, input.intraState);

  // TDS is on the taxable value only, and split the same way as the GST it stands in for.
  const tdsApplies = input.contractValuePaise > policy.tdsThresholdPaise;
  const tds = gstSplit(gross, tdsApplies ? policy.tdsRateBp : 0, input.intraState);

  const daysLate = Math.max(0, istDayNumber(input.deliveredAt) - istDayNumber(input.deliverBy));
  const weeksLate = Math.ceil(daysLate / 7); // a part week counts as a week
  // LD is levied on the ex-GST value of what was late (the whole bill), rounded once.
  const liquidatedDamages =
    weeksLate === 0
      ? 0n
      : percentOf(gross, Math.min(policy.ldRateBpPerWeek * weeksLate, policy.ldCapBp));

  const netPayable =
    gross + cgst + sgst + igst - tds.cgst - tds.sgst - tds.igst - liquidatedDamages;
  const dueDays = Math.min(policy.paymentDueDays, MSE_MAX_PAYMENT_DAYS);

  return {
    gross,
    cgst,
    sgst,
    igst,
    tdsCgst: tds.cgst,
    tdsSgst: tds.sgst,
    tdsIgst: tds.igst,
    liquidatedDamages,
    netPayable,
    dueDate: dateOnly(istDayNumber(input.acceptedAt) + dueDays),
    daysLate,
    weeksLate,
  };
}

/** The day number `months` calendar months after `day`, clamped to the month's end (31 Jan → 28 Feb). */
function addMonths(day: number, months: number): number {
  const start = dateOnly(day);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(start.getUTCDate(), lastDayOfMonth)) / DAY_MS;
}

/** Whole calendar months from `from` to `to` (anchored on `from`, so no drift), then spare days. */
function monthsAndDays(from: number, to: number): { months: number; days: number } {
  const a = dateOnly(from);
  const b = dateOnly(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (addMonths(from, months) > to) months -= 1;
  return { months, days: to - addMonths(from, months) };
}

// 12 months × 10 000 bp: a monthly rate of r bp a year is r / MONTHLY_BP_DENOMINATOR.
const MONTHLY_BP_DENOMINATOR = 120_000n;

/**
 * Interest owed to an MSE paid late (MSMED Act s.16): three times the bank rate a year,
 * compounded with monthly rests from the due date.
 *
 * Choices, since the Act does not spell them out:
 * - monthly rate = annual / 12; months are calendar months counted from the due date (15 Jan →
 *   15 Feb is one month; from a 31st, the month ends on the last day of a shorter month);
 * - the partial last month earns simple interest pro rata at days / 30;
 * - days are IST calendar days, so paying any time on the due date owes nothing.
 *
 * interest = P × (1 + r)^months × (1 + r × days / 30) − P, evaluated as one exact bigint fraction
 * (no floating point at all) and rounded half up to the paisa once.
 */
export function msmedInterest(
  principalPaise: bigint,
  dueDate: Date,
  paidAt: Date,
  bankRateBp: number,
): bigint {
  assertCount("bankRateBp", bankRateBp);
  if (principalPaise < 0n) throw new RangeError("principalPaise must not be negative");
  const dueDay = istDayNumber(dueDate);
  const paidDay = istDayNumber(paidAt);
  if (paidDay <= dueDay) return 0n;

  const { months, days } = monthsAndDays(dueDay, paidDay);
  const annualBp = 3n * BigInt(bankRateBp);
  const d = MONTHLY_BP_DENOMINATOR;
  const numerator = principalPaise * (d + annualBp) ** BigInt(months) * (30n * d + annualBp * BigInt(days));
  const denominator = d ** BigInt(months) * 30n * d;
  return divideRoundHalfUp(numerator, denominator) - principalPaise;
}

/** Days before the due date from which finance is reminded (and the bill shows as due soon). */
export const DUE_SOON_DAYS = 3;
