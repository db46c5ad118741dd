import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { appealPenaltySchema, deadlines } from "@/lib/domain/incident/rules";
import { penaltyStatus } from "@/lib/domain/penalty/rules";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { isUniqueViolation } from "@/lib/services/unique-violation";
import { discardUploads, storeUploads, type UploadInput } from "@/lib/storage/upload";
import { notifyParties } from "./parties";

/**
 * A vendor appeals one of its own penalties still in force (docs/adr/0017-graded-penalties.md):
 * an incident of category PENALTY_APPEAL that the industries department answers and decides.
 * Upheld, it revokes the penalty (resolve-incident.ts). One open appeal per penalty: the partial
 * unique index decides between two submitted at once. Another vendor's penalty is not found.
 */
export async function appealPenalty(actor: Actor | null, input: unknown, files: readonly UploadInput[] = [], now = new Date()): Promise<{ incidentId: string; number: string }> {
  assertCan(actor, "penalty.appeal");
  const parsed = appealPenaltySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { penaltyId, subject, body } = parsed.data;
  if (!actor.vendorId) throw notFound();
  const penalty = await db.vendorPenalty.findFirst({
    where: { id: penaltyId, vendorId: actor.vendorId },
    select: { id: true, kind: true, endsAt: true, revokedAt: true, appeals: { where: { status: { in: ["OPEN", "RESPONDED", "ESCALATED"] } }, select: { number: true }, take: 1 } },
  });
  if (!penalty) throw notFound();
  const status = penaltyStatus(penalty, now);
  if (status === "REVOKED") throw conflict("errors.penalty.appealRevoked");
  if (status === "EXPIRED") throw conflict("errors.penalty.appealExpired");
  if (penalty.appeals.length > 0) throw conflict("errors.penalty.appealOpen");

  const stored = await storeUploads(files, "attachments");
  try {
    return await db.$transaction(async (tx) => {
      const policy = await policyVersionInForce(tx, now);
      const [number] = await nextDocumentNumbers(tx, "INC", now);
      const incident = await tx.incident.create({
        data: {
          number, category: "PENALTY_APPEAL", raisedByKind: "VENDOR", raisedById: actor.userId, respondentKind: "DEPARTMENT",
          vendorId: actor.vendorId, penaltyId: penalty.id, subject, ...deadlines(policy, now), createdAt: now,
        },
      });
      const message = await tx.incidentMessage.create({ data: { incidentId: incident.id, authorId: actor.userId, authorRole: actor.role, body, createdAt: now } });
      if (stored.length > 0) {
        await tx.attachment.createMany({ data: stored.map((file) => ({ ...file, uploadedById: actor.userId, incidentMessageId: message.id })) });
      }
      await notifyParties(tx, incident, "incident.raised", { incidentNumber: number, category: "PENALTY_APPEAL" }, { except: actor.userId, admins: true });
      await recordAudit(tx, {
        actor, entityType: "Incident", entityId: incident.id, action: "incident.raise",
        data: { number, category: "PENALTY_APPEAL", raisedByKind: "VENDOR", respondentKind: "DEPARTMENT", penaltyId: penalty.id, penaltyKind: penalty.kind },
      });
      return { incidentId: incident.id, number };
    });
  } catch (error) {
    await discardUploads(stored);
    // Another appeal of the same penalty was opened between the check and the insert.
    if (isUniqueViolation(error)) throw conflict("errors.penalty.appealOpen");
    throw error;
  }
}
