import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, validationError } from "@/lib/errors";
import { policyInputSchema } from "@/lib/domain/policy/input";
import { uniqueViolation } from "@/lib/services/unique-violation";

/**
 * The admin publishes a new version of the purchase policy with an effective date (today or later).
 * Versions are never edited: orders placed while a version was in force keep pointing at it, and
 * bills, inspections and interest on those orders follow it to the end (DOMAIN.md "Policy").
 * The version number is the next one; two admins publishing at once cannot share a number
 * (unique constraint → CONFLICT, "reload and try again").
 */
export async function createPolicyVersion(actor: Actor | null, input: unknown, now = new Date()) {
  assertCan(actor, "policy.manage");
  const parsed = policyInputSchema(now).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { effectiveFrom, ...settings } = parsed.data;

  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.policyVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
      const version = (latest?.version ?? 0) + 1;
      const created = await tx.policyVersion.create({ data: { ...settings, version, effectiveFrom, createdById: actor.userId } });
      await recordAudit(tx, {
        actor, entityType: "PolicyVersion", entityId: created.id, action: "policy.createVersion",
        data: { version, effectiveFrom: effectiveFrom.toISOString(), ...settings },
      });
      return created;
    }, { timeout: 30_000, maxWait: 15_000 });
  } catch (error) {
    if (uniqueViolation(error)?.fields.includes("version")) throw conflict("errors.policy.versionTaken");
    throw error;
  }
}
