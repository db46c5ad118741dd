import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound } from "@/lib/errors";
import { mayRequestReinspection } from "@/lib/domain/supply-order/rules";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { assignInspection } from "./assign-inspection";
import { lockPurchaseOrder } from "@/lib/services/supply-order/close-purchase-order-if-done";

/**
 * After a failed pre-dispatch inspection the vendor, having rectified the goods, asks for another
 * (DOMAIN.md step 6): the order goes back to AWAITING_PRE_INSPECTION, its re-inspection count goes
 * up, and a new inspection (next attempt) is assigned automatically. The count is part of the
 * conditional update, so two requests at once cannot both pass the policy's maximum.
 */
export async function requestReinspection(actor: Actor | null, input: { supplyOrderId: string }) {
  assertCan(actor, "inspection.request");
  const id = z.uuid().safeParse(input.supplyOrderId);
  if (!id.success || !actor.vendorId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, vendorId: actor.vendorId },
    select: { id: true, status: true, reinspections: true, purchaseOrderId: true, policyVersion: { select: { maxReinspections: true } } },
  });
  if (!so) throw notFound();
  const to = assertTransition(so.status, "requestReinspection", "VENDOR");
  if (!mayRequestReinspection(so.reinspections, so.policyVersion)) throw conflict("errors.inspection.noMoreReinspections");

  return db.$transaction(async (tx) => {
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const { count } = await tx.supplyOrder.updateMany({
      where: { id: so.id, status: so.status, reinspections: so.reinspections },
      data: { status: to, reinspections: { increment: 1 } },
    });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
    await recordAudit(tx, {
      actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.requestReinspection", purchaseOrderId: so.purchaseOrderId,
      data: { from: so.status, to, reinspections: so.reinspections + 1, maxReinspections: so.policyVersion.maxReinspections },
    });
    const inspection = await assignInspection(tx, { supplyOrderId: so.id, kind: "PRE", actor });
    return { supplyOrderId: so.id, status: to, inspectionId: inspection.id, scheduledOn: inspection.scheduledOn };
  }, { timeout: 30_000, maxWait: 15_000 });
}
