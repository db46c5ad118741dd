import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/**
 * An attachment, if the actor may see it: the inspector of the inspection (or, for receipt photos,
 * any inspector assigned to that supply order), the supplying vendor, buyers and finance of the
 * buying or consignee office, and admins. Anyone else gets null ("not found", never "forbidden").
 */
export async function getAttachmentForActor(actor: Actor, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return null;
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      storageKey: true, fileName: true, mimeType: true, sizeBytes: true,
      inspection: { select: { inspectorId: true, supplyOrder: { select: supplyOrderScope } } },
      receipt: { select: { supplyOrder: { select: supplyOrderScope } } },
    },
  });
  if (!attachment) return null;
  const so = attachment.inspection?.supplyOrder ?? attachment.receipt?.supplyOrder;
  if (!so) return null;
  const offices = [so.purchaseOrder.officeId, so.purchaseOrder.consigneeOfficeId];
  const allowed =
    actor.role === "ADMIN" ||
    (actor.role === "VENDOR" && actor.vendorId === so.vendorId) ||
    ((actor.role === "BUYER" || actor.role === "FINANCE") && actor.officeId !== null && offices.includes(actor.officeId)) ||
    (actor.role === "INSPECTOR" && actor.inspectorId !== null &&
      (attachment.inspection?.inspectorId === actor.inspectorId || so.inspections.some((i) => i.inspectorId === actor.inspectorId)));
  if (!allowed) return null;
  const { storageKey, fileName, mimeType, sizeBytes } = attachment;
  return { storageKey, fileName, mimeType, sizeBytes };
}

const supplyOrderScope = {
  vendorId: true,
  purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
  inspections: { select: { inspectorId: true } },
} as const;
