import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { incidentScope } from "@/lib/domain/incident/scope";

/**
 * An attachment, if the actor may see it: the inspector of the inspection (or, for receipt photos,
 * any inspector assigned to that supply order), the supplying vendor, buyers and finance of the
 * buying or consignee office, and admins; for an incident's message, whoever sees the incident
 * (lib/services/incident/scope.ts). Anyone else gets null ("not found", never "forbidden").
 */
export async function getAttachmentForActor(actor: Actor, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return null;
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      storageKey: true, fileName: true, mimeType: true, sizeBytes: true,
      inspection: { select: { inspectorId: true, supplyOrder: { select: supplyOrderScope } } },
      receipt: { select: { supplyOrder: { select: supplyOrderScope } } },
      incidentMessageId: true,
    },
  });
  if (!attachment) return null;
  if (attachment.incidentMessageId) {
    const scope = incidentScope(actor);
    const visible = scope && (await db.incidentMessage.count({ where: { id: attachment.incidentMessageId, incident: scope } })) > 0;
    if (!visible) return null;
    const { storageKey, fileName, mimeType, sizeBytes } = attachment;
    return { storageKey, fileName, mimeType, sizeBytes };
  }
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
