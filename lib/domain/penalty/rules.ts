/**
 * Graded penalties (issue 18, docs/adr/0017-graded-penalties.md): a warning, penalty points, a
 * suspension for some months, a debarment for the policy's years. Every one is decided by a
 * person with a reason; each has a period, after which it is EXPIRED; an appeal or the admin can
 * REVOKE it (with a reason). A vendor with an ACTIVE suspension or debarment covering a moment is
 * barred then: it gets no new allocations (existing supply orders continue). Pure.
 */
import { z } from "zod";
import { uuid } from "@/lib/domain/catalogue/form-fields";
import { IST_OFFSET_MS } from "@/lib/domain/time/india";

export const PENALTY_KINDS = ["WARNING", "POINTS", "SUSPENSION", "DEBARMENT"] as const;
export type PenaltyKindName = (typeof PENALTY_KINDS)[number];
export type PenaltyStatus = "ACTIVE" | "REVOKED" | "EXPIRED";

/** The kinds that keep a vendor out of allocation while they are ACTIVE. */
export const BARRING_KINDS: readonly PenaltyKindName[] = ["SUSPENSION", "DEBARMENT"];

export const REASON_MAX = 1000;
export const MAX_POINTS = 100;
export const MAX_SUSPENSION_MONTHS = 60;

/** The policy settings penalties follow (PolicyVersion columns of the same names). */
export interface PenaltyPolicy {
  penaltyPointsExpiryMonths: number;
  penaltyPointsThreshold: number;
  suspensionDefaultMonths: number;
  debarmentYears: number;
}

export interface PenaltyPeriod {
  kind: PenaltyKindName;
  points: number;
  startsAt: Date;
  endsAt: Date;
  revokedAt: Date | null;
}

/** REVOKED once revoked (whenever); otherwise EXPIRED from endsAt on; otherwise ACTIVE. */
export function penaltyStatus(p: Pick<PenaltyPeriod, "endsAt" | "revokedAt">, at: Date): PenaltyStatus {
  if (p.revokedAt && p.revokedAt.getTime() <= at.getTime()) return "REVOKED";
  return p.endsAt.getTime() <= at.getTime() ? "EXPIRED" : "ACTIVE";
}

/** In force at `at`: started, not ended, not revoked by then. */
export function inForce(p: PenaltyPeriod, at: Date): boolean {
  return p.startsAt.getTime() <= at.getTime() && penaltyStatus(p, at) === "ACTIVE";
}

/** Points of the penalties in force at `at` (expired and revoked points no longer count). */
export function activePoints(penalties: readonly PenaltyPeriod[], at: Date): number {
  return penalties.filter((p) => p.kind === "POINTS" && inForce(p, at)).reduce((sum, p) => sum + p.points, 0);
}

/**
 * The suspension or debarment that bars the vendor at `at`, if any: a debarment before a
 * suspension, then the one that ends last (what the vendor and the public must be told).
 */
export function barringPenalty<P extends PenaltyPeriod>(penalties: readonly P[], at: Date): P | null {
  const barring = penalties.filter((p) => BARRING_KINDS.includes(p.kind) && inForce(p, at));
  barring.sort((a, b) => Number(b.kind === "DEBARMENT") - Number(a.kind === "DEBARMENT") || b.endsAt.getTime() - a.endsAt.getTime());
  return barring[0] ?? null;
}

export function isBarred(penalties: readonly PenaltyPeriod[], at: Date): boolean {
  return barringPenalty(penalties, at) !== null;
}

/** Whether the active points reach the policy's threshold: the admin's page then proposes a suspension (a person decides). */
export function suspensionProposed(points: number, policy: Pick<PenaltyPolicy, "penaltyPointsThreshold">): boolean {
  return policy.penaltyPointsThreshold > 0 && points >= policy.penaltyPointsThreshold;
}

/**
 * `months` calendar months after `from` on India's calendar, at the same time of day; a day the
 * target month lacks becomes its last day (31 January + 1 month = 28/29 February).
 */
export function addMonthsIst(from: Date, months: number): Date {
  const ist = new Date(from.getTime() + IST_OFFSET_MS);
  const y = ist.getUTCFullYear();
  const m = ist.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const target = Date.UTC(y, m, Math.min(ist.getUTCDate(), lastDay), ist.getUTCHours(), ist.getUTCMinutes(), ist.getUTCSeconds(), ist.getUTCMilliseconds());
  return new Date(target - IST_OFFSET_MS);
}

/**
 * When a penalty decided at `startsAt` ends: a suspension after the months the admin chose (the
 * policy's default when none); points — and a warning, which stays on record as long — after the
 * policy's points expiry; a debarment after the policy's years.
 */
export function penaltyEndsAt(kind: PenaltyKindName, startsAt: Date, policy: PenaltyPolicy, months?: number | null): Date {
  switch (kind) {
    case "SUSPENSION":
      return addMonthsIst(startsAt, months ?? policy.suspensionDefaultMonths);
    case "DEBARMENT":
      return addMonthsIst(startsAt, policy.debarmentYears * 12);
    default:
      return addMonthsIst(startsAt, policy.penaltyPointsExpiryMonths);
  }
}

// A whole number from a form (digits) or from another service (a number); "" or absent is null.
function optionalWhole(min: number, max: number, messageKey: string) {
  return z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
      const n = typeof value === "number" ? value : /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.issues.push({ code: "custom", message: messageKey, input: value });
        return z.NEVER;
      }
      return n;
    });
}

const reason = (messageKey: string) =>
  z
    .string({ error: messageKey })
    .trim()
    .min(1, { error: messageKey, abort: true })
    .max(REASON_MAX, { error: "errors.penalty.reasonLength" });

/**
 * The admin's decision (or another service's, e.g. an incident resolved with a penalty).
 * `seenPenalties` is how many penalties the vendor had when the admin looked: a different number
 * now means someone else decided meanwhile (CONFLICT). Points are required for POINTS only;
 * months only for SUSPENSION (empty = the policy's default).
 */
export const imposePenaltySchema = z
  .object({
    vendorId: uuid("errors.NOT_FOUND"),
    kind: z.enum(PENALTY_KINDS, { error: "errors.penalty.kind" }),
    points: optionalWhole(1, MAX_POINTS, "errors.penalty.points"),
    months: optionalWhole(1, MAX_SUSPENSION_MONTHS, "errors.penalty.months"),
    reason: reason("errors.penalty.reasonRequired"),
    incidentId: z.string().trim().max(100, { error: "errors.invalid" }).nullish().transform((v) => v || null),
    seenPenalties: optionalWhole(0, 1_000_000, "errors.malformedForm"),
  })
  .transform((input, ctx) => {
    if (input.kind === "POINTS" && input.points === null) {
      ctx.issues.push({ code: "custom", message: "errors.penalty.points", path: ["points"], input });
      return z.NEVER;
    }
    return {
      ...input,
      points: input.kind === "POINTS" ? (input.points ?? 0) : 0,
      months: input.kind === "SUSPENSION" ? input.months : null,
    };
  });

export type ImposePenaltyInput = z.input<typeof imposePenaltySchema>;

export const revokePenaltySchema = z.object({
  penaltyId: uuid("errors.NOT_FOUND"),
  reason: reason("errors.penalty.revokeReasonRequired"),
});

export type RevokePenaltyInput = z.input<typeof revokePenaltySchema>;
