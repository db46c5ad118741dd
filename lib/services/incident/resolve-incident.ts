import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/prisma-client";
import type { IncidentOutcome } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, validationError } from "@/lib/errors";
import { appealRevokeReason, penaltyAllowed, penaltyReasonFrom, resolveSchema } from "@/lib/domain/incident/rules";
import { penaltyStatus } from "@/lib/domain/penalty/rules";
import { revokePenalty } from "@/lib/services/penalty/revoke-penalty";
import { imposePenalty } from "@/lib/services/penalty/impose-penalty";
import { assertTransition } from "@/lib/domain/incident/status";
import { loadIncidentForActor } from "./load";
import { notifyParties } from "./parties";

/**
 * The industries department decides an incident with an outcome (upheld, not upheld, settled)
 * and its reasons, which every party reads. The outcome (never the text) is public. A penalty
 * appeal upheld revokes the penalty appealed in the same transaction, if it is still in force
 * (one that expired or was revoked meanwhile stays as it is; the audit says so).
 */
export async function resolveIncident(actor: Actor | null, input: unknown, now = new Date()): Promise<void> {
  assertCan(actor, "incident.resolve");
  const parsed = resolveSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { incidentId, outcome, resolution, penalty, points, months, reason } = parsed.data;
  const incident = await loadIncidentForActor(db, actor, incidentId);
  const to = assertTransition(incident.status, "resolve", actor.role);
  if (penalty && !penaltyAllowed(incident, outcome)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { penalty: ["errors.incident.penaltyNeedsUpheld"] });
  }
  if (penalty && !reason.trim()) throw new AppError("VALIDATION", "errors.VALIDATION", { reason: ["errors.penalty.reasonRequired"] });
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id: incident.id, status: incident.status },
      data: { status: to, outcome, resolution, resolvedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.incident.invalidTransition");
    // The penalty is part of the decision: both commit, or neither (its own audit and notice).
    const imposed = penalty
      ? await imposePenalty(tx, {
          vendorId: incident.vendorId, kind: penalty, points, months, reason: penaltyReasonFrom(incident.number, reason), incidentId: incident.id,
        }, actor, now)
      : null;
    const appeal = incident.category === "PENALTY_APPEAL" && incident.penaltyId ? await decideAppeal(tx, incident.penaltyId, incident.number, outcome, resolution, actor, now) : null;
    await notifyParties(tx, incident, "incident.resolved", { incidentNumber: incident.number, category: incident.category, outcome }, { except: actor.userId });
    await recordAudit(tx, {
      actor, entityType: "Incident", entityId: incident.id, action: "incident.resolve",
      data: { number: incident.number, from: incident.status, to, outcome, ...(imposed ? { penaltyId: imposed.penaltyId, penalty } : {}), ...(appeal ?? {}) },
    });
  });
}

/** What an appeal's decision did to its penalty: revoked (upheld and still in force) or left as it was. */
async function decideAppeal(tx: Tx, penaltyId: string, number: string, outcome: IncidentOutcome, resolution: string, actor: Actor, now: Date) {
  const penalty = await tx.vendorPenalty.findUniqueOrThrow({ where: { id: penaltyId }, select: { endsAt: true, revokedAt: true } });
  const before = penaltyStatus(penalty, now);
  if (outcome !== "UPHELD" || before !== "ACTIVE") return { penaltyId, penaltyStatus: before, penaltyRevoked: false };
  await revokePenalty(tx, { penaltyId, reason: appealRevokeReason(number, resolution) }, actor, now);
  return { penaltyId, penaltyStatus: "REVOKED", penaltyRevoked: true };
}
