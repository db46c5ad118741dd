import { db } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseCategoryUpdate } from "@/lib/domain/catalogue/item";
import { uniqueViolation } from "@/lib/services/unique-violation";
import { CATEGORY_CODE_TAKEN } from "./create-category";

/** The admin renames or recodes a category (its items' search text follows, by trigger). */
export async function updateCategory(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseCategoryUpdate(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const { categoryId, ...data } = parsed.data;
  const before = await db.category.findUnique({ where: { id: categoryId }, select: { code: true, nameEn: true, nameHi: true } });
  if (!before) throw notFound();
  try {
    await db.$transaction(async (tx) => {
      await tx.category.update({ where: { id: categoryId }, data });
      await recordAudit(tx, { actor, entityType: "Category", entityId: categoryId, action: "category.updated", data: { before, after: data } });
    });
  } catch (error) {
    if (uniqueViolation(error)?.fields.includes("code")) throw CATEGORY_CODE_TAKEN;
    throw error;
  }
}
