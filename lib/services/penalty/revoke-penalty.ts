import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { notify } from "@/lib/notify/outbox";
import { penaltyStatus, revokePenaltySchema, type RevokePenaltyInput } from "@/lib/domain/penalty/rules";

/**
 * Revokes an ACTIVE penalty with a reason (an appeal upheld, or the admin's own correction),
 * inside the caller's transaction. The row is kept: revokedAt/By and the reason are set by a
 * conditional update on "still active", so of two admins revoking at once one wins and the other
 * gets a CONFLICT. An expired or already revoked penalty is a CONFLICT with its own message.
 */
export async function revokePenalty(tx: Tx, input: RevokePenaltyInput | unknown, actor: Actor | null, now = new Date()): Promise<{ penaltyId: string }> {
  assertCan(actor, "penalty.manage");
  const parsed = revokePenaltySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { penaltyId, reason } = parsed.data;

  const penalty = await tx.vendorPenalty.findUnique({
    where: { id: penaltyId },
    select: { id: true, kind: true, endsAt: true, revokedAt: true, vendorId: true, vendor: { select: { legalName: true } } },
  });
  if (!penalty) throw notFound();
  const status = penaltyStatus(penalty, now);
  if (status === "REVOKED") throw conflict("errors.penalty.alreadyRevoked");
  if (status === "EXPIRED") throw conflict("errors.penalty.expired");

  const { count } = await tx.vendorPenalty.updateMany({
    where: { id: penalty.id, revokedAt: null, endsAt: { gt: now } },
    data: { revokedAt: now, revokedById: actor.userId, revokeReason: reason },
  });
  if (count === 0) throw conflict("errors.penalty.alreadyRevoked");

  await recordAudit(tx, {
    actor, entityType: "VendorPenalty", entityId: penalty.id, action: "penalty.revoke",
    data: { vendorId: penalty.vendorId, kind: penalty.kind, reason, revokedAt: now.toISOString() },
  });
  const users = await tx.user.findMany({ where: { vendorId: penalty.vendorId, role: "VENDOR" }, select: { id: true } });
  await notify(tx, {
    event: "penalty.revoked",
    entityId: penalty.id,
    userIds: users.map((u) => u.id),
    params: { vendorName: penalty.vendor.legalName, kind: penalty.kind, reason },
    link: "/vendor/penalties",
  });
  return { penaltyId: penalty.id };
}
