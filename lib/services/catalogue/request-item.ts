import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { notFound, validationError } from "@/lib/errors";
import { MAX_QUANTITY } from "@/lib/domain/purchase-order/input";

const schema = z.object({
  itemId: z.uuid(),
  quantity: z.union([z.literal(""), z.coerce.number().int().min(1).max(MAX_QUANTITY)]).optional(),
});

/**
 * A buyer asks for a catalogue item nobody serves in the office's district yet. Recorded once per
 * office and item (asking again updates the quantity); the industries department sees the demand
 * by district on its home page and can bring local vendors on. Audited, like every change.
 */
export async function requestItem(actor: Actor | null, input: unknown): Promise<{ created: boolean }> {
  assertCan(actor, "purchaseOrder.place");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  if (!actor.officeId) throw notFound();
  const [office, item] = await Promise.all([
    db.office.findUnique({ where: { id: actor.officeId }, select: { id: true, districtId: true } }),
    db.item.findFirst({ where: { id: parsed.data.itemId, active: true }, select: { id: true, code: true } }),
  ]);
  if (!office || !item) throw notFound();
  const quantity = typeof parsed.data.quantity === "number" ? parsed.data.quantity : null;
  return db.$transaction(async (tx) => {
    const existing = await tx.itemDemand.findUnique({ where: { itemId_officeId: { itemId: item.id, officeId: office.id } }, select: { id: true } });
    const demand = existing
      ? await tx.itemDemand.update({ where: { id: existing.id }, data: { quantity, requestedById: actor.userId }, select: { id: true } })
      : await tx.itemDemand.create({ data: { itemId: item.id, officeId: office.id, districtId: office.districtId, requestedById: actor.userId, quantity }, select: { id: true } });
    await recordAudit(tx, {
      actor, entityType: "ItemDemand", entityId: demand.id, action: existing ? "itemDemand.update" : "itemDemand.raise",
      data: { itemCode: item.code, districtId: office.districtId, quantity },
    });
    return { created: !existing };
  });
}
