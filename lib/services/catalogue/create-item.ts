import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseNewItem } from "@/lib/domain/catalogue/item";
import { uniqueViolation } from "@/lib/services/unique-violation";

export const ITEM_CODE_TAKEN = new AppError("VALIDATION", "errors.VALIDATION", { code: ["errors.catalogue.codeTaken"] });
export const UNKNOWN_CATEGORY = new AppError("VALIDATION", "errors.VALIDATION", { categoryId: ["errors.catalogue.category"] });

/** The admin adds an item to the catalogue with its first GST rate. */
export async function createItem(actor: Actor | null, input: unknown, now = new Date()): Promise<{ itemId: string }> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseNewItem(input, now);
  if (!parsed.success) throw validationError(parsed.issues);
  const { gst, ...item } = parsed.data;
  if (!(await db.category.findUnique({ where: { id: item.categoryId }, select: { id: true } }))) throw UNKNOWN_CATEGORY;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.item.create({
        data: { ...item, gstRates: { create: { rateBp: gst.gstRateBp, effectiveFrom: gst.effectiveFrom } } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor, entityType: "Item", entityId: created.id, action: "item.created",
        data: { ...item, gstRateBp: gst.gstRateBp, gstEffectiveFrom: gst.effectiveFrom.toISOString().slice(0, 10) },
      });
      return { itemId: created.id };
    });
  } catch (error) {
    if (uniqueViolation(error)?.fields.includes("code")) throw ITEM_CODE_TAKEN;
    throw error;
  }
}
