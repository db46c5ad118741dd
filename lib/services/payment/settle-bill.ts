import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { conflict } from "@/lib/errors";
import { issueDocument } from "@/lib/documents/issue";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { bankRatesUntil, interestOwed as msmedInterestOwed } from "@/lib/services/bill/interest";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notify/outbox";
import { spendBudget, supplyOrderBlockPaise } from "@/lib/services/budget/moves";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";
import { closePurchaseOrderIfDone, lockPurchaseOrder } from "@/lib/services/supply-order/close-purchase-order-if-done";

// Paying a bill inside a caller's transaction: shared by the manual release (release-payment.ts),
// payment batches and bank statements. It takes its client from the caller and never imports
// lib/db, so the worker's scheduled jobs (plain Node, no react-server build) can use it.

export type PaymentResult = {
  paymentId: string;
  billId: string;
  amountPaise: bigint;
  interestPaise: bigint;
  daysLate: number;
  paidAt: Date;
  bankReference: string;
  /** True when this request repeated an earlier one (same idempotency key): nothing was paid now. */
  replayed: boolean;
};

export const paymentSelect = {
  id: true, billId: true, amountPaise: true, interestPaise: true, daysLate: true, paidAt: true, bankReference: true,
  bill: { select: { officeId: true } },
} as const;

/** What paying a bill needs to read; load it through the actor's office. */
export const billForPaymentSelect = {
  id: true, number: true, status: true, netPayablePaise: true, grossPaise: true, cgstPaise: true, sgstPaise: true, igstPaise: true,
  tdsCgstPaise: true, tdsSgstPaise: true, tdsIgstPaise: true,
  liquidatedDamagesPaise: true, dueDate: true, vendorId: true, vendor: { select: { enterpriseClass: true } },
  supplyOrder: {
    select: {
      id: true, valuePaise: true, gstPaise: true, blockReleasedPaise: true, purchaseOrderId: true,
      policyVersion: { select: { bankRateBp: true } },
      purchaseOrder: { select: { officeId: true } },
    },
  },
} as const satisfies Prisma.BillSelect;

export type BillForPayment = Prisma.BillGetPayload<{ select: typeof billForPaymentSelect }>;

/**
 * MSMED Act s.16 interest on a bill paid on `paidAt` (a value date counts as that IST day): the one
 * place the manual release, payment batches and bank statements ask. Micro and small enterprises
 * only, on the amount before GST-TDS, at the bank rate in force for each monthly rest.
 */
export async function interestOwed(client: Pick<Tx, "bankRate">, bill: BillForPayment, paidAt: Date): Promise<bigint> {
  const rates = await bankRatesUntil(client, paidAt, bill.supplyOrder.policyVersion.bankRateBp);
  return msmedInterestOwed(bill, bill.vendor.enterpriseClass, paidAt, rates);
}

/**
 * Pays a bill inside the caller's transaction: the conditional update `from` → PAID (PENDING for
 * the manual release, SENT for a batch payment the bank statement confirmed), interest to
 * `paidAt`, the Payment row, the supply order's closure, budget, notices, audit, payment advice.
 * Returns null when the bill was no longer in `from` (someone else settled it first).
 */
export async function settleBill(
  tx: Tx,
  actor: Actor,
  bill: BillForPayment,
  { from, paidAt, bankReference, idempotencyKey, via }: { from: "PENDING" | "SENT"; paidAt: Date; bankReference: string; idempotencyKey: string; via?: Record<string, unknown> },
): Promise<PaymentResult | null> {
  const so = bill.supplyOrder;
  // An unpaid bill belongs to a BILLED order (the order closes only with its payment). Its status
  // is not taken from the caller's read: related rows are read by separate queries, and a twin
  // request committing in between would make it look CLOSED before the replay check could run.
  const soStatus = assertTransition(SupplyOrderStatus.BILLED, "pay", "FINANCE");
      // The purchase order first, as every transaction that changes its supply orders does (no deadlocks).
      await lockPurchaseOrder(tx, so.purchaseOrderId);
      const paid = await tx.bill.updateMany({ where: { id: bill.id, status: from }, data: { status: "PAID" } });
      if (paid.count === 0) return null;
      const interestPaise = await interestOwed(tx, bill, paidAt);
      const daysLate = Math.max(0, istDayNumber(paidAt) - istDayNumber(bill.dueDate));
      const payment = await tx.payment.create({
        data: {
          billId: bill.id, bankReference, amountPaise: bill.netPayablePaise + interestPaise, interestPaise, daysLate, paidAt,
          idempotencyKey, releasedById: actor.userId,
        },
        select: paymentSelect,
      });

      const closed = await tx.supplyOrder.updateMany({ where: { id: so.id, status: SupplyOrderStatus.BILLED }, data: { status: soStatus } });
      if (closed.count === 0) throw conflict("errors.supplyOrder.invalidTransition");
      // What the office actually spent: the goods with GST (GST-TDS is remitted to the tax
      // department, still this office's expense), less liquidated damages, plus interest.
      const spentPaise = bill.grossPaise + bill.cgstPaise + bill.sgstPaise + bill.igstPaise - bill.liquidatedDamagesPaise + interestPaise;
      await spendBudget(tx, { purchaseOrderId: so.purchaseOrderId, releasePaise: supplyOrderBlockPaise(so), spentPaise });

      const params = { billNumber: bill.number, amountPaise: payment.amountPaise, bankReference };
      await notify(tx, { event: "payment.released", entityId: payment.id, userIds: await vendorUserIds(tx, bill.vendorId), params, link: `/vendor/dispatch/${so.id}` });
      await notify(tx, { event: "payment.released", entityId: payment.id, userIds: await officeUserIds(tx, [so.purchaseOrder.officeId], "BUYER"), params, link: `/buyer/supply-orders/${so.id}` });

      // The audit chain's lock is held from the first event to the commit, serialising every
      // writer: the events come last so that stretch stays short.
      await recordAudit(tx, {
        actor, entityType: "Payment", entityId: payment.id, action: "payment.release", purchaseOrderId: so.purchaseOrderId,
        data: {
          billId: bill.id, billNumber: bill.number, amountPaise: payment.amountPaise, interestPaise, daysLate,
          dueDate: bill.dueDate.toISOString().slice(0, 10), bankReferenceLast4: bankReference.slice(-4), ...via,
        },
      });
      await recordAudit(tx, {
        actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.pay", purchaseOrderId: so.purchaseOrderId,
        data: { from: SupplyOrderStatus.BILLED, to: soStatus, billId: bill.id, paymentId: payment.id },
      });
      await issueDocument(tx, "PAYMENT_ADVICE", payment.id, paidAt);
      await closePurchaseOrderIfDone(tx, so.purchaseOrderId);

      return toResult(payment, false);
}

export function toResult(payment: { id: string; billId: string; amountPaise: bigint; interestPaise: bigint; daysLate: number; paidAt: Date; bankReference: string }, replayed: boolean): PaymentResult {
  return {
    paymentId: payment.id, billId: payment.billId, amountPaise: payment.amountPaise, interestPaise: payment.interestPaise,
    daysLate: payment.daysLate, paidAt: payment.paidAt, bankReference: payment.bankReference, replayed,
  };
}
