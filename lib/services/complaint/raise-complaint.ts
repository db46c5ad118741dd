import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { notFound, validationError } from "@/lib/errors";
import { text, uuid } from "@/lib/domain/catalogue/form-fields";
import { notify, notifyRole } from "@/lib/notify/outbox";
import { vendorUserIds } from "@/lib/services/recipients";

const schema = z.object({
  purchaseOrderId: uuid("errors.NOT_FOUND"),
  supplyOrderId: z.union([z.literal(""), z.uuid()]).optional(),
  subject: text(5, 150, "errors.complaint.subject"),
  body: text(10, 4000, "errors.complaint.body"),
});

/**
 * The buying office raises a complaint about a purchase order, or one of its supply orders: the
 * industries department's administrators and, when a supply order is named, its vendor are told.
 */
export async function raiseComplaint(actor: Actor | null, input: unknown): Promise<{ complaintId: string }> {
  assertCan(actor, "complaint.raise");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { purchaseOrderId, supplyOrderId, subject, body } = parsed.data;
  if (!actor.officeId) throw notFound();
  const po = await db.purchaseOrder.findFirst({
    where: { id: purchaseOrderId, officeId: actor.officeId },
    select: { id: true, number: true, supplyOrders: supplyOrderId ? { where: { id: supplyOrderId }, select: { id: true, vendorId: true } } : false },
  });
  if (!po) throw notFound();
  const so = supplyOrderId ? po.supplyOrders?.[0] : undefined;
  if (supplyOrderId && !so) throw notFound();

  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.create({
      data: { officeId: actor.officeId!, purchaseOrderId: po.id, supplyOrderId: so?.id ?? null, raisedById: actor.userId, subject, body },
    });
    const params = { purchaseOrderNumber: po.number, subject };
    await notifyRole(tx, "ADMIN", { event: "complaint.raised", entityId: complaint.id, params });
    if (so) await notify(tx, { event: "complaint.raised", entityId: complaint.id, userIds: await vendorUserIds(tx, so.vendorId), params, link: `/vendor/orders/${so.id}` });
    await recordAudit(tx, {
      actor, entityType: "Complaint", entityId: complaint.id, action: "complaint.raise", purchaseOrderId: po.id,
      data: { supplyOrderId: so?.id ?? null },
    });
    return { complaintId: complaint.id };
  });
}
