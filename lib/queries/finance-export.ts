import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { csvLine } from "@/lib/open-data/register-csv";

export const PAID_BILLS_CSV_HEADER = [
  "bill_number", "supply_order_number", "vendor", "vendor_invoice_numbers", "due_date", "net_payable_inr",
  "paid_on", "amount_paid_inr", "interest_inr", "days_late", "utr",
] as const;

const rupees = (paise: bigint) => `${paise / 100n}.${(paise % 100n).toString().padStart(2, "0")}`;
const istDate = (d: Date) => new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 10);

/**
 * The finance officer's own paid bills as CSV rows (newest payment first), with the bank reference
 * (UTR) in full for reconciliation with the bank statement (issue 15). Only the officer's office.
 */
export async function paidBillsCsv(actor: Actor, limit = 10_000): Promise<string> {
  assertCan(actor, "bill.view");
  if (!actor.officeId) return csvLine([...PAID_BILLS_CSV_HEADER]);
  const bills = await db.bill.findMany({
    where: { officeId: actor.officeId, status: "PAID", payment: { isNot: null } },
    orderBy: [{ payment: { paidAt: "desc" } }, { id: "desc" }],
    take: limit,
    select: {
      number: true, dueDate: true, netPayablePaise: true,
      vendor: { select: { legalName: true } },
      supplyOrder: { select: { number: true, dispatches: { orderBy: { createdAt: "asc" }, select: { invoiceNumber: true } } } },
      payment: { select: { paidAt: true, amountPaise: true, interestPaise: true, daysLate: true, bankReference: true } },
    },
  });
  return [
    csvLine([...PAID_BILLS_CSV_HEADER]),
    ...bills.map((b) =>
      csvLine([
        b.number, b.supplyOrder.number, b.vendor.legalName, b.supplyOrder.dispatches.map((d) => d.invoiceNumber).join("; "),
        b.dueDate.toISOString().slice(0, 10), rupees(b.netPayablePaise), istDate(b.payment!.paidAt), rupees(b.payment!.amountPaise),
        rupees(b.payment!.interestPaise), b.payment!.daysLate, b.payment!.bankReference,
      ]),
    ),
  ].join("");
}
