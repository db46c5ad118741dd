/**
 * Bill maths (DOMAIN.md workflow step 9) and MSMED Act s.16 interest (step 10). Pure: no I/O.
 * Each rule, its legal source and a worked example in rupees: docs/domain.md.
 *
 * Days are India's calendar days (lib/domain/time/india.ts): a supply delivered at 23:59 IST on
 * the deliver-by date is on time whatever the server's zone.
 */
import { divideRoundHalfUp } from "@/lib/domain/money";
import { dateOnly, istDayNumber } from "@/lib/domain/time/india";

// Many callers took the day arithmetic from here before it had its own module.
export { istDayNumber } from "@/lib/domain/time/india";

/** MSMED Act s.15: a buyer may never take longer than this after acceptance to pay an MSE. */
export const MSE_MAX_PAYMENT_DAYS = 45;
/** MSMED Act s.2(b) explanation: only an objection made within this many days of delivery counts. */
export const OBJECTION_WINDOW_DAYS = 15;

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
  /** GST-TDS applies only when the contract's taxable value (ex-GST) is strictly above this. */
  tdsThresholdPaise: bigint;
  /** GST-TDS rate on the taxable value (200 = 2 %: 1 % CGST + 1 % SGST, or 2 % IGST). */
  tdsRateBp: number;
  /** Days after the day of acceptance the bill falls due; capped at MSE_MAX_PAYMENT_DAYS. */
  paymentDueDays: number;
}

export interface LateDelivery {
  /** Pieces (of the accepted quantity) that arrived after the deliver-by date. */
  quantity: number;
  /** IST calendar days after the deliver-by date they arrived. */
  daysLate: number;
}

export interface BillLine {
  acceptedQuantity: number;
  unitPricePaise: bigint;
  /** 0 for a nil-rated or exempt item: it is not a taxable supply for GST-TDS. */
  gstRateBp: number;
  /** The part of the accepted quantity that was late, by arrival; the rest was on time. */
  late?: readonly LateDelivery[];
}

export interface BillInput {
  lines: readonly BillLine[];
  /** Supplier's and consignee's states are the same: CGST + SGST, otherwise IGST. */
  intraState: boolean;
  /**
   * The contract's taxable value (the supply order as ordered, ex-GST, lines at 0 % left out):
   * CGST Act s.51 compares it with the threshold.
   */
  contractTaxableValuePaise: bigint;
  policy: BillPolicy;
}

export interface BillAmounts {
  /** Accepted quantity × unit price, ex-GST, all lines. */
  gross: bigint;
  /** The part of `gross` on lines that carry GST: the base of GST-TDS. */
  taxableValue: bigint;
  cgst: bigint;
  sgst: bigint;
  igst: bigint;
  tdsCgst: bigint;
  tdsSgst: bigint;
  tdsIgst: bigint;
  liquidatedDamages: bigint;
  /** What the supplier is owed: gross + GST − LD. The principal of MSMED s.16 interest. */
  amountDue: bigint;
  /** amountDue − GST-TDS: what goes to the supplier's bank account. */
  netPayable: bigint;
  /** The longest delay of any late piece, in weeks or part weeks (0 when all was on time). */
  weeksLate: number;
}

/** Weeks or part weeks: 1–7 days late is one week. */
export function weeksLate(daysLate: number): number {
  assertCount("daysLate", daysLate);
  return Math.ceil(daysLate / 7);
}

/**
 * The bill of a supply order from its accepted lines. Every amount is worked out on the bill's
 * totals and rounded once, never per line and summed:
 * - GST: intra-state, CGST and SGST are each half the rate on the same value, rounded the same
 *   way, so they are always equal (₹1.01 at 5 %: 2.525 paise each → 3 paise each); IGST is the
 *   whole rate on the value.
 * - GST-TDS (CGST Act s.51): only when the contract's taxable value exceeds the threshold, and
 *   then only on the taxable value billed (0 % lines excluded), split like the GST.
 * - LD: on the value of the late pieces only, rate × weeks late (capped) for each late arrival.
 */
export function computeBill(input: BillInput): BillAmounts {
  const { policy } = input;
  if (input.lines.length === 0) throw new RangeError("a bill has at least one line");
  if (input.contractTaxableValuePaise < 0n) throw new RangeError("contractTaxableValuePaise must not be negative");
  assertCount("paymentDueDays", policy.paymentDueDays);

  let gross = 0n;
  let taxableValue = 0n;
  let gstNumerator = 0n; // Σ value × rate (bp): GST = this / 10 000, each half = this / 20 000
  let ldNumerator = 0n; // Σ late value × LD % (bp)
  let maxWeeks = 0;
  for (const line of input.lines) {
    assertCount("acceptedQuantity", line.acceptedQuantity);
    assertCount("gstRateBp", line.gstRateBp);
    if (line.unitPricePaise < 0n) throw new RangeError("unitPricePaise must not be negative");
    const value = BigInt(line.acceptedQuantity) * line.unitPricePaise;
    gross += value;
    if (line.gstRateBp > 0) taxableValue += value;
    gstNumerator += value * BigInt(line.gstRateBp);
    let lateQuantity = 0;
    for (const late of line.late ?? []) {
      assertCount("late quantity", late.quantity);
      const weeks = weeksLate(late.daysLate);
      lateQuantity += late.quantity;
      if (weeks === 0 || late.quantity === 0) continue;
      maxWeeks = Math.max(maxWeeks, weeks);
      const percentBp = Math.min(policy.ldRateBpPerWeek * weeks, policy.ldCapBp);
      ldNumerator += BigInt(late.quantity) * line.unitPricePaise * BigInt(percentBp);
    }
    if (lateQuantity > line.acceptedQuantity) throw new RangeError("more late pieces than accepted pieces");
  }

  let cgst = 0n, sgst = 0n, igst = 0n;
  if (input.intraState) {
    cgst = sgst = divideRoundHalfUp(gstNumerator, 20_000n);
  } else {
    igst = divideRoundHalfUp(gstNumerator, 10_000n);
  }

  let tdsCgst = 0n, tdsSgst = 0n, tdsIgst = 0n;
  if (input.contractTaxableValuePaise > policy.tdsThresholdPaise && policy.tdsRateBp > 0) {
    const numerator = taxableValue * BigInt(policy.tdsRateBp);
    if (input.intraState) tdsCgst = tdsSgst = divideRoundHalfUp(numerator, 20_000n);
    else tdsIgst = divideRoundHalfUp(numerator, 10_000n);
  }

  const liquidatedDamages = divideRoundHalfUp(ldNumerator, 10_000n);
  const amountDue = gross + cgst + sgst + igst - liquidatedDamages;
  return {
    gross, taxableValue, cgst, sgst, igst, tdsCgst, tdsSgst, tdsIgst, liquidatedDamages, amountDue,
    netPayable: amountDue - tdsCgst - tdsSgst - tdsIgst,
    weeksLate: maxWeeks,
  };
}

export interface AcceptanceFacts {
  /** The day of actual delivery (the first arrival of the goods). */
  deliveredOn: Date;
  /**
   * The buyer's written objection (a post-dispatch inspection that rejected goods, or a receipt
   * recorded short or defective): the day it was made, and the day it was removed (the
   * replacement accepted, the rejected or missing quantity deducted, reallocated or closed
   * short) — null while it stands.
   */
  objection: { raisedOn: Date; removedOn: Date | null } | null;
}

export type Acceptance =
  | { kind: "DELIVERY"; day: Date } // no objection within 15 days: deemed accepted on the delivery day
  | { kind: "OBJECTION_REMOVED"; day: Date }
  | { kind: "PENDING" }; // an objection in time still stands

/** True when an objection made at `at` counts: within 15 days of the delivery day. */
export function objectionInTime(deliveredOn: Date, at: Date): boolean {
  return istDayNumber(at) <= istDayNumber(deliveredOn) + OBJECTION_WINDOW_DAYS;
}

/**
 * MSMED Act s.2(b) explanation (i) and (ii): the day of acceptance is the day of actual delivery,
 * unless the buyer objected in writing within 15 days of it — then the day the objection was
 * removed. An objection made later does not move it (the goods it rejects are still deducted).
 */
export function dayOfAcceptance(facts: AcceptanceFacts): Acceptance {
  const { objection } = facts;
  if (objection && objectionInTime(facts.deliveredOn, objection.raisedOn)) {
    if (!objection.removedOn) return { kind: "PENDING" };
    const removed = istDayNumber(objection.removedOn);
    return { kind: "OBJECTION_REMOVED", day: dateOnly(Math.max(removed, istDayNumber(facts.deliveredOn))) };
  }
  return { kind: "DELIVERY", day: dateOnly(istDayNumber(facts.deliveredOn)) };
}

/** MSMED Act s.15: the agreed days after the day of acceptance, never more than 45. Date-only. */
export function paymentDueDate(acceptanceDay: Date, paymentDueDays: number): Date {
  assertCount("paymentDueDays", paymentDueDays);
  return dateOnly(istDayNumber(acceptanceDay) + Math.min(paymentDueDays, MSE_MAX_PAYMENT_DAYS));
}

/** The day `months` calendar months after `day`, clamped to the month's end (31 Jan → 28 Feb). */
function addMonths(day: number, months: number): number {
  const start = dateOnly(day);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(start.getUTCDate(), lastDayOfMonth)) / 86_400_000;
}

/** Whole calendar months from `from` to `to` (anchored on `from`, so no drift), then spare days. */
function monthsAndDays(from: number, to: number): { months: number; days: number } {
  const a = dateOnly(from);
  const b = dateOnly(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (addMonths(from, months) > to) months -= 1;
  return { months, days: to - addMonths(from, months) };
}

/** A bank rate notified by the Reserve Bank, in force from a day until the next one. */
export interface BankRatePeriod {
  effectiveFrom: Date;
  rateBp: number;
}

/** The bank rate in force on IST day `dayNumber`: the latest notified on or before it. */
export function bankRateOn(rates: readonly BankRatePeriod[], dayNumber: number): number {
  let best: BankRatePeriod | null = null;
  for (const rate of rates) {
    const from = istDayNumber(rate.effectiveFrom);
    if (from > dayNumber) continue;
    if (!best || from >= istDayNumber(best.effectiveFrom)) best = rate;
  }
  if (!best) throw new RangeError("no bank rate in force on that day");
  return best.rateBp;
}

// 12 months × 10 000 bp: a monthly rate of r bp a year is r / MONTHLY_BP_DENOMINATOR.
const MONTHLY_BP_DENOMINATOR = 120_000n;

/**
 * Interest owed to a micro or small enterprise paid late (MSMED Act s.16): three times the bank
 * rate a year, compounded with monthly rests from the due date, on the amount due to the supplier.
 *
 * Choices, since the Act does not spell them out (docs/domain.md, docs/adr/0010-money-and-the-law.md):
 * - monthly rate = annual / 12; rests are calendar months counted from the due date (15 Jan →
 *   15 Feb is one month; from a 31st, the month ends on the last day of a shorter month);
 * - each rest period uses the bank rate in force on its first day (`bankRate` may be one number
 *   for a single rate throughout);
 * - the partial last month earns simple interest pro rata at days / 30;
 * - days are IST calendar days, so paying any time on the due date owes nothing.
 *
 * interest = P × Π(1 + rᵢ) × (1 + r × days / 30) − P, as one exact bigint fraction rounded half
 * up to the paisa once.
 */
export function msmedInterest(
  principalPaise: bigint,
  dueDate: Date,
  paidAt: Date,
  bankRate: number | readonly BankRatePeriod[],
): bigint {
  if (typeof bankRate === "number") assertCount("bankRateBp", bankRate);
  if (principalPaise < 0n) throw new RangeError("principalPaise must not be negative");
  const dueDay = istDayNumber(dueDate);
  const paidDay = istDayNumber(paidAt);
  if (paidDay <= dueDay) return 0n;
  const annualBpOn = (dayNumber: number) => 3n * BigInt(typeof bankRate === "number" ? bankRate : bankRateOn(bankRate, dayNumber));

  const { months, days } = monthsAndDays(dueDay, paidDay);
  const d = MONTHLY_BP_DENOMINATOR;
  let numerator = principalPaise;
  let denominator = 1n;
  for (let m = 0; m < months; m++) {
    numerator *= d + annualBpOn(addMonths(dueDay, m));
    denominator *= d;
  }
  if (days > 0) {
    numerator *= 30n * d + annualBpOn(addMonths(dueDay, months)) * BigInt(days);
    denominator *= 30n * d;
  }
  return divideRoundHalfUp(numerator, denominator) - principalPaise;
}

/** Days before the due date from which finance is reminded (and the bill shows as due soon). */
export const DUE_SOON_DAYS = 3;
