import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseCategory } from "@/lib/domain/catalogue/item";
import { uniqueViolation } from "@/lib/services/unique-violation";

export const CATEGORY_CODE_TAKEN = new AppError("VALIDATION", "errors.VALIDATION", { code: ["errors.catalogue.codeTaken"] });

/** The admin adds a catalogue category. */
export async function createCategory(actor: Actor | null, input: unknown): Promise<{ categoryId: string }> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseCategory(input);
  if (!parsed.success) throw validationError(parsed.issues);
  try {
    return await db.$transaction(async (tx) => {
      const category = await tx.category.create({ data: parsed.data, select: { id: true } });
      await recordAudit(tx, { actor, entityType: "Category", entityId: category.id, action: "category.created", data: parsed.data });
      return { categoryId: category.id };
    });
  } catch (error) {
    if (uniqueViolation(error)?.fields.includes("code")) throw CATEGORY_CODE_TAKEN;
    throw error;
  }
}
