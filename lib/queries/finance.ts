import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bankRateOn, DUE_SOON_DAYS, istDayNumber } from "@/lib/domain/bill/rules";
import { bankRatesUntil, interestOwed } from "@/lib/queries/interest";
import { afterDateKeyset, decodeDateCursor, pageOf, PAGE_SIZE } from "./fulfilment-cursor";

const DAY_MS = 86_400_000;

export type BillTab = "pending" | "paid";
export type BillUrgency = "overdue" | "dueSoon" | "due" | "paid";

/** How pressing an unpaid bill is today (India's calendar): past due, due within DUE_SOON_DAYS, or later. */
export function billUrgency(bill: { status: "PENDING" | "SENT" | "PAID"; dueDate: Date }, now: Date): BillUrgency {
  if (bill.status === "PAID") return "paid";
  const days = istDayNumber(bill.dueDate) - istDayNumber(now);
  if (days < 0) return "overdue";
  return days <= DUE_SOON_DAYS ? "dueSoon" : "due";
}

/**
 * Bills of the finance officer's own office: unpaid ones by due date, most pressing first, or paid
 * ones latest due first. Another office's bills never appear.
 */
export async function listBills(actor: Actor, { tab, cursor, now = new Date() }: { tab: BillTab; cursor?: string; now?: Date }) {
  assertCan(actor, "bill.view");
  if (!actor.officeId) return { rows: [], nextCursor: null };
  const direction = tab === "pending" ? "asc" : "desc";
  const rows = await db.bill.findMany({
    where: {
      officeId: actor.officeId,
      status: tab === "pending" ? "PENDING" : "PAID",
      ...afterDateKeyset("dueDate", decodeDateCursor(cursor), direction),
    },
    orderBy: [{ dueDate: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: {
      id: true, number: true, status: true, dueDate: true, netPayablePaise: true, generatedAt: true,
      vendor: { select: { legalName: true } },
      supplyOrder: { select: { number: true } },
      payment: { select: { paidAt: true, amountPaise: true, interestPaise: true, bankReference: true } },
    },
  });
  const page = pageOf(rows, (r) => r.dueDate);
  return { ...page, rows: page.rows.map((r) => ({ ...r, urgency: billUrgency(r, now) })) };
}

/** The finance home's figures: unpaid bills overdue, due soon, and in all, with their amounts. */
export async function billSummary(actor: Actor, now = new Date()) {
  assertCan(actor, "bill.view");
  const today = new Date(istDayNumber(now) * DAY_MS);
  const horizon = new Date(today.getTime() + DUE_SOON_DAYS * DAY_MS);
  const scope = { officeId: actor.officeId ?? "00000000-0000-0000-0000-000000000000", status: "PENDING" as const };
  const [overdue, dueSoon, all] = await Promise.all([
    db.bill.aggregate({ where: { ...scope, dueDate: { lt: today } }, _count: true, _sum: { netPayablePaise: true } }),
    db.bill.aggregate({ where: { ...scope, dueDate: { gte: today, lte: horizon } }, _count: true, _sum: { netPayablePaise: true } }),
    db.bill.aggregate({ where: scope, _count: true, _sum: { netPayablePaise: true } }),
  ]);
  const figure = (a: typeof all) => ({ count: a._count, paise: a._sum.netPayablePaise ?? 0n });
  return { overdue: figure(overdue), dueSoon: figure(dueSoon), pending: figure(all) };
}

/**
 * One bill of the officer's office, with its breakdown and, while unpaid, what paying it now
 * would cost (MSMED interest from the due date under the order's policy version). Null otherwise.
 */
export async function getBillForFinance(actor: Actor, billId: string, now = new Date()) {
  assertCan(actor, "bill.view");
  if (!actor.officeId || !/^[0-9a-f-]{36}$/i.test(billId)) return null;
  const bill = await db.bill.findFirst({
    where: { id: billId, officeId: actor.officeId },
    include: {
      vendor: { select: { legalName: true, gstin: true, udyamNumber: true, enterpriseClass: true, bankAccount: true, ifsc: true } },
      payment: { include: { releasedBy: { select: { name: true } } } },
      supplyOrder: {
        select: {
          id: true, number: true, status: true, intraState: true, deliverBy: true, deliveredAt: true, goodsAcceptedAt: true, valuePaise: true,
          policyVersion: { select: { version: true, bankRateBp: true, ldRateBpPerWeek: true, ldCapBp: true, gstTdsRateBp: true, paymentDueDays: true } },
          purchaseOrder: { select: { number: true } },
          lines: {
            orderBy: { id: "asc" },
            select: { id: true, quantity: true, acceptedQty: true, rejectedQty: true, unitPricePaise: true, gstRateBp: true, item: { select: { code: true, nameEn: true, nameHi: true, unit: true } } },
          },
        },
      },
    },
  });
  if (!bill) return null;
  // What releasing it now would add (release-payment.ts): s.16 interest for a micro or small firm,
  // on the amount before GST-TDS, at the bank rate in force for each monthly rest.
  const rates = bill.status === "PENDING" ? await bankRatesUntil(db, now, bill.supplyOrder.policyVersion.bankRateBp) : [];
  const interestIfPaidNow = bill.status === "PENDING" ? interestOwed(bill, bill.vendor.enterpriseClass, now, rates) : 0n;
  return {
    ...bill,
    // Only the last four digits: enough to recognise the account, not to misuse it.
    vendor: { ...bill.vendor, bankAccount: `••••${bill.vendor.bankAccount.slice(-4)}` },
    urgency: billUrgency(bill, now),
    daysLateNow: Math.max(0, istDayNumber(now) - istDayNumber(bill.dueDate)),
    interestIfPaidNow,
    /** The bank rate in force today (the dated table, else the policy version's). */
    interestRateBpNow: rates.length ? bankRateOn(rates, istDayNumber(now)) : bill.supplyOrder.policyVersion.bankRateBp,
  };
}
