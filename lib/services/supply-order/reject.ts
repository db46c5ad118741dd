import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { conflict, notFound, validationError } from "@/lib/errors";
import { reasonSchema } from "@/lib/domain/purchase-order/input";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { notify } from "@/lib/notify/outbox";
import { reallocate, type Reallocation } from "@/lib/services/allocation/reallocate";
import { officeUserIds } from "@/lib/services/recipients";
import { lockPurchaseOrder } from "./close-purchase-order-if-done";

const schema = z.object({ supplyOrderId: z.string(), reason: reasonSchema });

/**
 * The vendor rejects a supply order with a reason (DOMAIN.md step 5); in the same transaction its
 * quantity is reallocated to the next eligible vendors (or marked unfulfilled) and the buyer told.
 */
export async function rejectSupplyOrder(actor: Actor | null, input: { supplyOrderId: string; reason: string }): Promise<Reallocation> {
  assertCan(actor, "supplyOrder.respond");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const id = z.uuid().safeParse(parsed.data.supplyOrderId);
  if (!id.success || !actor.vendorId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, vendorId: actor.vendorId },
    select: {
      id: true, number: true, status: true, purchaseOrderId: true,
      vendor: { select: { legalName: true } },
      purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
    },
  });
  if (!so) throw notFound();
  const to = assertTransition(so.status, "reject", "VENDOR");
  const { reason } = parsed.data;

  return db.$transaction(async (tx) => {
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const now = new Date();
    const { count } = await tx.supplyOrder.updateMany({
      where: { id: so.id, status: so.status },
      data: { status: to, decidedAt: now, rejectReason: reason },
    });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
    await notify(tx, {
      event: "supplyOrder.rejected",
      entityId: so.id,
      userIds: await officeUserIds(tx, [so.purchaseOrder.officeId], "BUYER"),
      params: { supplyOrderNumber: so.number, vendorName: so.vendor.legalName, reason },
      link: `/buyer/orders/${so.purchaseOrderId}`,
    });
    return reallocate(tx, {
      supplyOrderId: so.id, actor, at: now,
      precedingAudit: [{
        actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.reject", purchaseOrderId: so.purchaseOrderId,
        data: { from: so.status, to, number: so.number, reason },
      }],
    });
  }, { timeout: 30_000, maxWait: 15_000 });
}
