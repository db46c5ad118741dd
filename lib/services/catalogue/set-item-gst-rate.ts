import { db } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseGstRate } from "@/lib/domain/catalogue/item";

/**
 * The admin sets an item's GST rate from a date on (today or later, India time). Earlier rates
 * stay as history; a rate already set for the same date (not yet used, or used only today) is
 * replaced. Orders keep the rate they were placed at on their own lines.
 */
export async function setItemGstRate(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseGstRate(input, now);
  if (!parsed.success) throw validationError(parsed.issues);
  const { itemId, gst } = parsed.data;
  if (!(await db.item.findUnique({ where: { id: itemId }, select: { id: true } }))) throw notFound();
  await db.$transaction(async (tx) => {
    const key = { itemId_effectiveFrom: { itemId, effectiveFrom: gst.effectiveFrom } };
    const previous = await tx.itemGstRate.findUnique({ where: key, select: { rateBp: true } });
    await tx.itemGstRate.upsert({ where: key, create: { itemId, rateBp: gst.gstRateBp, effectiveFrom: gst.effectiveFrom }, update: { rateBp: gst.gstRateBp } });
    await recordAudit(tx, {
      actor, entityType: "Item", entityId: itemId, action: "item.gstRateSet",
      data: { rateBp: gst.gstRateBp, effectiveFrom: gst.effectiveFrom.toISOString().slice(0, 10), replacedRateBp: previous?.rateBp ?? null },
    });
  });
}
