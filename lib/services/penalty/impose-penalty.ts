import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, conflict, notFound, validationError } from "@/lib/errors";
import { notify } from "@/lib/notify/outbox";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import {
  activePoints, barringPenalty, imposePenaltySchema, penaltyEndsAt, suspensionProposed, type ImposePenaltyInput,
} from "@/lib/domain/penalty/rules";

export type ImposedPenalty = {
  penaltyId: string;
  endsAt: Date;
  /** The vendor's penalty points in force after this decision. */
  activePoints: number;
  /** The points reach the policy's threshold: the admin's page proposes a suspension. */
  suspensionProposed: boolean;
};

/**
 * An admin imposes a graded penalty on a vendor, inside the caller's transaction — the admin's
 * own form (imposeVendorPenalty) or another use case deciding in its own transaction (an
 * incident resolved with a penalty passes its `incidentId`). The decision is a person's: the
 * actor must be an admin.
 *
 * The vendor's row is locked for the rest of the transaction, so two decisions on one firm run one
 * after the other. When the caller says how many penalties it saw (`seenPenalties`), a different
 * count now means another admin decided meanwhile: CONFLICT, nothing written. A second suspension
 * while one is running, or a debarment on a debarred firm, is refused (CONFLICT): revoke or let
 * the first end. The period comes from the policy in force at the decision (ADR 0017).
 */
export async function imposePenalty(tx: Tx, input: ImposePenaltyInput | unknown, actor: Actor | null, now = new Date()): Promise<ImposedPenalty> {
  assertCan(actor, "penalty.manage");
  const parsed = imposePenaltySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { vendorId, kind, points, months, reason, incidentId, seenPenalties } = parsed.data;

  const [vendor] = await tx.$queryRaw<{ id: string; legalName: string; status: string }[]>`
    SELECT id, "legalName", status::text AS status FROM "Vendor" WHERE id = ${vendorId}::uuid FOR UPDATE`;
  if (!vendor) throw notFound();
  // A penalty is for a firm that is (or was) an approved supplier.
  if (vendor.status !== "ACTIVE" && vendor.status !== "SUSPENDED") throw new AppError("CONFLICT", "errors.penalty.vendorNotApproved");

  const history = await tx.vendorPenalty.findMany({
    where: { vendorId },
    select: { kind: true, points: true, startsAt: true, endsAt: true, revokedAt: true },
  });
  if (seenPenalties !== null && history.length !== seenPenalties) throw conflict("errors.penalty.changed");
  const barring = barringPenalty(history, now);
  if (barring && (kind === "SUSPENSION" || (kind === "DEBARMENT" && barring.kind === "DEBARMENT"))) {
    throw conflict(barring.kind === "DEBARMENT" ? "errors.penalty.alreadyDebarred" : "errors.penalty.alreadySuspended");
  }

  const policy = await policyVersionInForce(tx, now);
  const endsAt = penaltyEndsAt(kind, now, policy, months);
  const penalty = await tx.vendorPenalty.create({
    data: { vendorId, kind, points, startsAt: now, endsAt, reason, decidedById: actor.userId, incidentId },
    select: { id: true },
  });
  const pointsNow = activePoints([...history, { kind, points, startsAt: now, endsAt, revokedAt: null }], now);

  await recordAudit(tx, {
    actor,
    entityType: "VendorPenalty",
    entityId: penalty.id,
    action: "penalty.impose",
    data: {
      vendorId, kind, points, startsAt: now.toISOString(), endsAt: endsAt.toISOString(), reason, incidentId, policyVersion: policy.version,
      activePoints: pointsNow,
    },
  });
  const users = await tx.user.findMany({ where: { vendorId, role: "VENDOR" }, select: { id: true } });
  await notify(tx, {
    event: "penalty.imposed",
    entityId: penalty.id,
    userIds: users.map((u) => u.id),
    params: { vendorName: vendor.legalName, kind, points, startsAt: now, endsAt, reason },
    link: "/vendor/penalties",
  });
  return { penaltyId: penalty.id, endsAt, activePoints: pointsNow, suspensionProposed: suspensionProposed(pointsNow, policy) };
}
