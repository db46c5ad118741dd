import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound } from "@/lib/errors";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { generateBill } from "@/lib/services/bill/generate-bill";
import { lockPurchaseOrder } from "./close-purchase-order-if-done";

/**
 * After the post-dispatch inspection rejected part of the goods, the buying office may choose not
 * to wait for a replacement (DOMAIN.md step 8): the rejected quantity is deducted, the goods
 * accepted so far are taken as final and the bill is generated for them in the same transaction.
 */
export async function deductRejected(actor: Actor | null, input: { supplyOrderId: string }): Promise<{ billId: string }> {
  assertCan(actor, "receipt.record");
  const id = z.uuid().safeParse(input.supplyOrderId);
  if (!id.success || !actor.officeId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, purchaseOrder: { officeId: actor.officeId } },
    select: { id: true, number: true, status: true, purchaseOrderId: true, lines: { select: { quantity: true, acceptedQty: true } } },
  });
  if (!so) throw notFound();
  const to = assertTransition(so.status, "deductRejected", "BUYER");

  return db.$transaction(async (tx) => {
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const now = new Date();
    const { count } = await tx.supplyOrder.updateMany({ where: { id: so.id, status: so.status }, data: { status: to, goodsAcceptedAt: now } });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
    await recordAudit(tx, {
      actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.deductRejected", purchaseOrderId: so.purchaseOrderId,
      data: {
        from: so.status, to, number: so.number,
        deductedQty: so.lines.reduce((sum, l) => sum + l.quantity - l.acceptedQty, 0),
      },
    });
    // After the audit event, as everywhere else the bill counter is taken (record-inspection).
    const bill = await generateBill(tx, { supplyOrderId: so.id, at: now });
    return { billId: bill.id };
  });
}
