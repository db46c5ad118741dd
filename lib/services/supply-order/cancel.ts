import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { assertTransition as assertInspectionTransition } from "@/lib/domain/inspection/status";
import { reasonSchema } from "@/lib/domain/purchase-order/input";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { PurchaseOrderLineStatus, SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notify/outbox";
import { releaseBudget, supplyOrderBlockPaise } from "@/lib/services/budget/moves";
import { vendorUserIds } from "@/lib/services/recipients";
import { closePurchaseOrderIfDone, lockPurchaseOrder } from "./close-purchase-order-if-done";

const schema = z.object({ supplyOrderId: z.string(), reason: reasonSchema });
const ENDED: SupplyOrderStatus[] = [SupplyOrderStatus.REJECTED, SupplyOrderStatus.EXPIRED, SupplyOrderStatus.CANCELLED];

/**
 * The buying office cancels a supply order before dispatch, with a reason (DOMAIN.md step 11).
 * The buyer no longer wants that quantity, so nothing is reallocated: its budget is released, any
 * inspection still to be done is called off, a purchase-order line left with nothing is CANCELLED,
 * and the purchase order settles when nothing of it is open.
 */
export async function cancelSupplyOrder(actor: Actor | null, input: { supplyOrderId: string; reason: string }): Promise<void> {
  assertCan(actor, "supplyOrder.cancel");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const id = z.uuid().safeParse(parsed.data.supplyOrderId);
  if (!id.success || !actor.officeId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, purchaseOrder: { officeId: actor.officeId } },
    select: {
      id: true, number: true, status: true, vendorId: true, purchaseOrderId: true, valuePaise: true, gstPaise: true,
      lines: { select: { purchaseOrderLineId: true } },
    },
  });
  if (!so) throw notFound();
  const to = assertTransition(so.status, "cancel", "BUYER");
  const { reason } = parsed.data;

  await db.$transaction(async (tx) => {
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const { count } = await tx.supplyOrder.updateMany({ where: { id: so.id, status: so.status }, data: { status: to, cancelReason: reason } });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");

    const open = await tx.inspection.findMany({ where: { supplyOrderId: so.id, status: "ASSIGNED" }, select: { id: true, status: true } });
    for (const inspection of open) {
      await tx.inspection.updateMany({
        where: { id: inspection.id, status: inspection.status },
        data: { status: assertInspectionTransition(inspection.status, "cancel", "SYSTEM") },
      });
    }
    await releaseBudget(tx, { purchaseOrderId: so.purchaseOrderId, amountPaise: supplyOrderBlockPaise(so) });

    const lineIds = [...new Set(so.lines.map((l) => l.purchaseOrderLineId))];
    const stillSupplied = await tx.supplyOrderLine.findMany({
      where: { purchaseOrderLineId: { in: lineIds }, supplyOrder: { status: { notIn: ENDED } } },
      select: { purchaseOrderLineId: true },
    });
    const supplied = new Set(stillSupplied.map((l) => l.purchaseOrderLineId));
    const emptied = lineIds.filter((lineId) => !supplied.has(lineId));
    if (emptied.length > 0) {
      await tx.purchaseOrderLine.updateMany({ where: { id: { in: emptied } }, data: { status: PurchaseOrderLineStatus.CANCELLED } });
    }

    await notify(tx, {
      event: "supplyOrder.cancelled",
      entityId: so.id,
      userIds: await vendorUserIds(tx, so.vendorId),
      params: { supplyOrderNumber: so.number, reason },
      link: `/vendor/orders/${so.id}`,
    });
    await recordAudit(tx, {
      actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.cancel", purchaseOrderId: so.purchaseOrderId,
      data: { from: so.status, to, number: so.number, reason, inspectionsCancelled: open.length, linesCancelled: emptied.length },
    });
    await closePurchaseOrderIfDone(tx, so.purchaseOrderId);
  });
}
