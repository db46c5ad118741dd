import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound } from "@/lib/errors";
import { issueDocument } from "@/lib/documents/issue";
import { acceptanceExpired } from "@/lib/domain/supply-order/sla";
import { assertTransition } from "@/lib/domain/supply-order/status";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notify/outbox";
import { assignInspection } from "@/lib/services/inspection/assign-inspection";
import { officeUserIds } from "@/lib/services/recipients";

/**
 * The vendor accepts a supply order before its deadline (DOMAIN.md step 5). It then waits for
 * the pre-dispatch inspection (assigned automatically in the same transaction) or is ready to
 * dispatch. After the deadline the order can no longer be accepted: the sweep expires it.
 */
export async function acceptSupplyOrder(actor: Actor | null, input: { supplyOrderId: string }): Promise<{ status: SupplyOrderStatus }> {
  assertCan(actor, "supplyOrder.respond");
  const id = z.uuid().safeParse(input.supplyOrderId);
  if (!id.success || !actor.vendorId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, vendorId: actor.vendorId },
    select: {
      id: true, number: true, status: true, acceptBy: true, preInspectionRequired: true, purchaseOrderId: true,
      vendor: { select: { legalName: true } },
      purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
    },
  });
  if (!so) throw notFound();
  const to = assertTransition(so.status, "accept", "VENDOR", { preInspectionRequired: so.preInspectionRequired });
  const now = new Date();
  if (acceptanceExpired(now, so.acceptBy)) throw conflict("errors.supplyOrder.acceptDeadlinePassed");

  return db.$transaction(async (tx) => {
    // The deadline is part of the condition: an acceptance racing the expiry sweep loses cleanly.
    const { count } = await tx.supplyOrder.updateMany({
      where: { id: so.id, status: so.status, acceptBy: { gt: now } },
      data: { status: to, acceptedAt: now, decidedAt: now },
    });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
    await notify(tx, {
      event: "supplyOrder.accepted",
      entityId: so.id,
      userIds: await officeUserIds(tx, [so.purchaseOrder.officeId, so.purchaseOrder.consigneeOfficeId], "BUYER"),
      params: { supplyOrderNumber: so.number, vendorName: so.vendor.legalName },
      link: `/buyer/supply-orders/${so.id}`,
    });
    await recordAudit(tx, {
      actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.accept", purchaseOrderId: so.purchaseOrderId,
      data: { from: so.status, to, number: so.number },
    });
    await issueDocument(tx, "SUPPLY_ORDER", so.id, now);
    if (so.preInspectionRequired) await assignInspection(tx, { supplyOrderId: so.id, kind: "PRE", actor, at: now });
    return { status: to };
  });
}
