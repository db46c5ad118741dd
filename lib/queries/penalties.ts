import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import { activePoints, barringPenalty, penaltyStatus, suspensionProposed, type PenaltyKindName, type PenaltyStatus } from "@/lib/domain/penalty/rules";

// A firm's whole history is short (a handful of decisions); the cap only guards the page.
const HISTORY_LIMIT = 200;

export type PenaltyRow = {
  id: string;
  kind: PenaltyKindName;
  points: number;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  status: PenaltyStatus;
  incidentId: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
};

async function history(vendorId: string, now: Date) {
  const rows = await db.vendorPenalty.findMany({
    where: { vendorId },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: {
      id: true, kind: true, points: true, startsAt: true, endsAt: true, reason: true, incidentId: true, revokedAt: true, revokeReason: true,
      decidedBy: { select: { name: true } }, revokedBy: { select: { name: true } },
    },
  });
  const penalties = rows.map((r) => ({ ...r, status: penaltyStatus(r, now) }));
  return {
    penalties,
    activePoints: activePoints(penalties, now),
    barring: barringPenalty(penalties, now),
    inForce: penalties.filter((p) => p.status === "ACTIVE").length,
  };
}

/**
 * The admin's penalty page for one vendor: the history (who decided, why), the points in force,
 * any suspension or debarment now, and what the form needs — the count the admin saw (for the
 * conflict check), the policy's default suspension and whether the points propose one.
 */
export async function vendorPenaltiesForAdmin(actor: Actor, vendorId: string, now = new Date()) {
  assertCan(actor, "penalty.manage");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(vendorId)) throw notFound();
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: { id: true, legalName: true, status: true } });
  if (!vendor) throw notFound();
  const [h, policy, total] = await Promise.all([history(vendorId, now), policyVersionInForce(db, now), db.vendorPenalty.count({ where: { vendorId } })]);
  return {
    vendor,
    ...h,
    seenPenalties: total,
    policy: {
      penaltyPointsThreshold: policy.penaltyPointsThreshold,
      suspensionDefaultMonths: policy.suspensionDefaultMonths,
      penaltyPointsExpiryMonths: policy.penaltyPointsExpiryMonths,
      debarmentYears: policy.debarmentYears,
    },
    suspensionProposed: !h.barring && suspensionProposed(h.activePoints, policy),
  };
}

const OPEN_APPEAL = { category: "PENALTY_APPEAL", status: { in: ["OPEN", "RESPONDED", "ESCALATED"] } } satisfies Prisma.IncidentWhereInput;

/**
 * The vendor's own penalties: every decision with its reason, dates and status; who decided is
 * the department's. `openAppeals` maps a penalty to its appeal still being decided.
 */
export async function ownPenalties(actor: Actor, now = new Date()) {
  assertCan(actor, "penalty.viewOwn");
  if (!actor.vendorId) throw notFound();
  const [h, appeals] = await Promise.all([
    history(actor.vendorId, now),
    db.incident.findMany({ where: { vendorId: actor.vendorId, ...OPEN_APPEAL }, select: { id: true, number: true, penaltyId: true } }),
  ]);
  const strip = ({ decidedBy: _d, revokedBy: _r, ...p }: (typeof h.penalties)[number]): PenaltyRow => p;
  const openAppeals: Record<string, { id: string; number: string }> = {};
  for (const a of appeals) if (a.penaltyId) openAppeals[a.penaltyId] = { id: a.id, number: a.number };
  return { penalties: h.penalties.map(strip), activePoints: h.activePoints, barring: h.barring ? strip(h.barring) : null, inForce: h.inForce, openAppeals };
}

/**
 * One of the vendor's own penalties for its appeal page, with its status now and any appeal
 * still open; null when it is not the vendor's (or no such penalty).
 */
export async function ownPenaltyForAppeal(actor: Actor, penaltyId: string, now = new Date()) {
  assertCan(actor, "penalty.appeal");
  if (!actor.vendorId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(penaltyId)) return null;
  const penalty = await db.vendorPenalty.findFirst({
    where: { id: penaltyId, vendorId: actor.vendorId },
    select: {
      id: true, kind: true, points: true, startsAt: true, endsAt: true, reason: true, revokedAt: true,
      appeals: { where: { status: OPEN_APPEAL.status }, select: { id: true, number: true }, take: 1 },
    },
  });
  if (!penalty) return null;
  const { appeals, ...rest } = penalty;
  return { ...rest, status: penaltyStatus(penalty, now), openAppeal: appeals[0] ?? null };
}
