import type { Tx } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { assertTransition, derivePurchaseOrderStatus, type PurchaseOrderEvent } from "@/lib/domain/purchase-order/status";
import { PurchaseOrderStatus } from "@/lib/generated/prisma/enums";

/**
 * Locks the purchase order's row for the rest of the transaction. Transactions that change its
 * supply orders take it before anything else they lock and before recordAudit (the audit lock is
 * taken last by everyone), so two of them never wait on each other in opposite orders.
 */
export async function lockPurchaseOrder(tx: Tx, purchaseOrderId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "PurchaseOrder" WHERE "id" = ${purchaseOrderId}::uuid FOR UPDATE`;
}

/**
 * After any supply-order change that may settle the purchase order (payment, cancellation,
 * rejection or expiry with nothing left to reallocate): CLOSED when at least one supply order was
 * delivered and paid and nothing is open, CANCELLED when nothing was delivered. Call it inside the
 * transaction that made the change, after the change. Returns the status now stored.
 */
export async function closePurchaseOrderIfDone(tx: Tx, purchaseOrderId: string): Promise<PurchaseOrderStatus> {
  await lockPurchaseOrder(tx, purchaseOrderId);
  const po = await tx.purchaseOrder.findUniqueOrThrow({
    where: { id: purchaseOrderId },
    select: {
      status: true,
      lines: { select: { id: true, status: true } },
      supplyOrders: { select: { status: true, lines: { select: { purchaseOrderLineId: true } } } },
    },
  });
  const derived = derivePurchaseOrderStatus(
    po.lines,
    po.supplyOrders.map((so) => ({ status: so.status, purchaseOrderLineIds: so.lines.map((l) => l.purchaseOrderLineId) })),
  );
  if (derived === po.status) return po.status;
  const event: PurchaseOrderEvent = derived === PurchaseOrderStatus.CLOSED ? "close" : "cancel";
  const to = assertTransition(po.status, event, "SYSTEM");
  const { count } = await tx.purchaseOrder.updateMany({
    where: { id: purchaseOrderId, status: po.status },
    data: { status: to, closedAt: new Date() },
  });
  // Another transaction settled it first; what it stored is what this one would have.
  if (count === 0) return to;
  await recordAudit(tx, {
    actor: "SYSTEM", entityType: "PurchaseOrder", entityId: purchaseOrderId, action: `purchaseOrder.${event}`, purchaseOrderId,
  });
  return to;
}
