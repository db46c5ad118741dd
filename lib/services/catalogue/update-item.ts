import { db } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseItemUpdate } from "@/lib/domain/catalogue/item";
import { uniqueViolation } from "@/lib/services/unique-violation";
import { ITEM_CODE_TAKEN, UNKNOWN_CATEGORY } from "./create-item";

/**
 * The admin edits an item: names, unit, HSN, specification, the reserved and pre-dispatch flags,
 * or takes it off the catalogue (inactive). Marking an item reserved hides out-of-state vendors'
 * offers for it from the catalogue at once (and allocation skips them); their offers stay on
 * record. The audit event keeps the values before and after.
 */
export async function updateItem(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseItemUpdate(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const { itemId, ...data } = parsed.data;
  const before = await db.item.findUnique({
    where: { id: itemId },
    select: {
      code: true, nameEn: true, nameHi: true, descriptionEn: true, descriptionHi: true, categoryId: true, unit: true, hsn: true,
      reserved: true, preDispatchInspection: true, active: true, specs: true,
    },
  });
  if (!before) throw notFound();
  if (!(await db.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))) throw UNKNOWN_CATEGORY;
  const changed = Object.fromEntries(
    Object.entries(data).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof typeof before])),
  );
  if (Object.keys(changed).length === 0) return;
  try {
    await db.$transaction(async (tx) => {
      await tx.item.update({ where: { id: itemId }, data });
      const was = Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof before]]));
      await recordAudit(tx, { actor, entityType: "Item", entityId: itemId, action: "item.updated", data: { before: was, after: changed } });
    });
  } catch (error) {
    if (uniqueViolation(error)?.fields.includes("code")) throw ITEM_CODE_TAKEN;
    throw error;
  }
}
