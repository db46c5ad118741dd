import { db } from "@/lib/db";
import { notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { parseSynonymGroup, parseSynonymGroupUpdate, synonymLookupTerms } from "@/lib/domain/catalogue/synonyms";

/** The admin adds a synonym group; the search uses it at once. */
export async function createSynonymGroup(actor: Actor | null, input: unknown): Promise<{ groupId: string }> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseSynonymGroup(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    const group = await tx.synonymGroup.create({
      data: { ...data, terms: { create: synonymLookupTerms(data).map((term) => ({ term })) } },
      select: { id: true },
    });
    await recordAudit(tx, { actor, entityType: "SynonymGroup", entityId: group.id, action: "synonyms.created", data });
    return { groupId: group.id };
  });
}

/** The admin changes a synonym group's terms (its lookup rows are rewritten with it). */
export async function updateSynonymGroup(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "catalogue.manage");
  const parsed = parseSynonymGroupUpdate(input);
  if (!parsed.success) throw validationError(parsed.issues);
  const { groupId, ...data } = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await tx.synonymGroup.findUnique({ where: { id: groupId }, select: { english: true, hindi: true, roman: true } });
    if (!before) throw notFound();
    await tx.synonymGroup.update({ where: { id: groupId }, data });
    await tx.synonymTerm.deleteMany({ where: { groupId } });
    await tx.synonymTerm.createMany({ data: synonymLookupTerms(data).map((term) => ({ term, groupId })) });
    await recordAudit(tx, { actor, entityType: "SynonymGroup", entityId: groupId, action: "synonyms.updated", data: { before, after: data } });
  });
}

/** The admin removes a synonym group. */
export async function deleteSynonymGroup(actor: Actor | null, input: { groupId?: unknown }): Promise<void> {
  assertCan(actor, "catalogue.manage");
  const groupId = typeof input.groupId === "string" && /^[0-9a-f-]{36}$/i.test(input.groupId) ? input.groupId : null;
  if (!groupId) throw notFound();
  await db.$transaction(async (tx) => {
    const before = await tx.synonymGroup.findUnique({ where: { id: groupId }, select: { english: true, hindi: true, roman: true } });
    if (!before) throw notFound();
    await tx.synonymGroup.delete({ where: { id: groupId } });
    await recordAudit(tx, { actor, entityType: "SynonymGroup", entityId: groupId, action: "synonyms.deleted", data: { before } });
  });
}
