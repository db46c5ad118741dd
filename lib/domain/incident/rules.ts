/**
 * Incident rules (issue 18; docs/adr/0016-incidents.md): who may raise what, who answers, the
 * deadlines from the policy, and where an overdue incident escalates. Pure: no I/O.
 */
import { z } from "zod";
import type {
  IncidentCategory, IncidentEscalation, IncidentOutcome, IncidentRaiserKind, IncidentRespondentKind, IncidentStatus,
} from "@/lib/generated/prisma/enums";
import { optionalText, text, uuid } from "@/lib/domain/catalogue/form-fields";
import { PENALTY_KINDS, REASON_MAX } from "@/lib/domain/penalty/rules";

const DAY_MS = 86_400_000;

/** What each kind of raiser may complain of (the lists, plus CONDUCT and OTHER for all). */
export const RAISER_CATEGORIES: Record<IncidentRaiserKind, readonly IncidentCategory[]> = {
  BUYER: ["QUALITY", "SHORT_DELIVERY", "LATE_DELIVERY", "CONDUCT", "OTHER"],
  VENDOR: ["DELAYED_PAYMENT", "WRONGFUL_REJECTION", "INSPECTION_NOT_DONE", "CONDUCT", "OTHER"],
  PUBLIC: ["QUALITY", "LATE_DELIVERY", "CONDUCT", "OTHER"],
};

/**
 * Who answers: a buyer's incident is about the supplying vendor; a vendor's is about the buying
 * office, except an inspection not done, which the inspection agency answers (the office when no
 * agency has been assigned yet); the public's is answered by the office that placed the order,
 * which answers for its suppliers to the public.
 */
export function respondentFor(raiser: IncidentRaiserKind, category: IncidentCategory, hasAgency: boolean): IncidentRespondentKind {
  if (raiser === "BUYER") return "VENDOR";
  if (raiser === "VENDOR" && category === "INSPECTION_NOT_DONE" && hasAgency) return "AGENCY";
  return "OFFICE";
}

export type IncidentPolicy = {
  incidentRespondDays: number;
  incidentResolveDays: number;
  incidentEscalatedDays: number;
  mseFacilitationCouncilEmail: string | null;
};

/** Both deadlines run from raising, so a slow answer leaves less time to the decision. */
export function deadlines(policy: IncidentPolicy, raisedAt: Date): { respondBy: Date; resolveBy: Date } {
  return {
    respondBy: new Date(raisedAt.getTime() + policy.incidentRespondDays * DAY_MS),
    resolveBy: new Date(raisedAt.getTime() + policy.incidentResolveDays * DAY_MS),
  };
}

/** Level 2 is the last: after it the incident waits with the department (still listed as overdue). */
export const MAX_ESCALATION_LEVEL = 2;

type EscalationFacts = {
  status: IncidentStatus;
  escalationLevel: number;
  respondBy: Date;
  resolveBy: Date;
};

/**
 * Whether the scheduler escalates now: not answered by respond-by, or not decided by resolve-by
 * (for an escalated incident, the resolve-by the escalation set), each level once.
 */
export function escalationDue(incident: EscalationFacts, now: Date): boolean {
  if (incident.escalationLevel >= MAX_ESCALATION_LEVEL) return false;
  if (incident.status === "OPEN") return incident.respondBy <= now || incident.resolveBy <= now;
  if (incident.status === "RESPONDED") return incident.resolveBy <= now;
  if (incident.status === "ESCALATED") return incident.resolveBy <= now;
  return false;
}

/**
 * Where it goes. Payment disputes go to the MSE Facilitation Council (MSMED Act s.18) when the
 * policy names its contact; otherwise the first escalation of an office's incident goes to the
 * head of that office (its drawing and disbursing officer), everything else — and every second
 * escalation — to the industries department's administrators.
 */
export function escalationTarget(
  incident: { category: IncidentCategory; respondentKind: IncidentRespondentKind; escalationLevel: number },
  policy: Pick<IncidentPolicy, "mseFacilitationCouncilEmail">,
): IncidentEscalation {
  if (incident.category === "DELAYED_PAYMENT" && policy.mseFacilitationCouncilEmail) return "MSE_FACILITATION_COUNCIL";
  if (incident.escalationLevel === 0 && incident.respondentKind === "OFFICE") return "OFFICE_HEAD";
  return "DEPARTMENT_ADMIN";
}

/** The new resolve-by after an escalation: never earlier than it was, at least the escalation's days. */
export function escalatedResolveBy(resolveBy: Date, now: Date, policy: Pick<IncidentPolicy, "incidentEscalatedDays">): Date {
  const fresh = new Date(now.getTime() + policy.incidentEscalatedDays * DAY_MS);
  return fresh > resolveBy ? fresh : resolveBy;
}

/** An outcome the department may decide (WITHDRAWN is the raiser's own). */
export const DECIDED_OUTCOMES = ["UPHELD", "NOT_UPHELD", "SETTLED"] as const satisfies readonly IncidentOutcome[];

export const INCIDENT_LIMITS = { subjectMax: 150, bodyMax: 4000, publicBodyMax: 2000, contactMax: 200 } as const;

const CATEGORIES = ["QUALITY", "SHORT_DELIVERY", "LATE_DELIVERY", "CONDUCT", "DELAYED_PAYMENT", "WRONGFUL_REJECTION", "INSPECTION_NOT_DONE", "OTHER"] as const;

export const categoryField = z.enum(CATEGORIES, { error: "errors.incident.category" });

export const raiseIncidentSchema = z.object({
  supplyOrderId: uuid("errors.incident.supplyOrder"),
  category: categoryField,
  subject: text(5, INCIDENT_LIMITS.subjectMax, "errors.incident.subject"),
  body: text(10, INCIDENT_LIMITS.bodyMax, "errors.incident.body"),
});

export const publicIncidentSchema = z.object({
  purchaseOrderNumber: text(1, 40, "errors.NOT_FOUND"),
  category: categoryField,
  subject: text(5, INCIDENT_LIMITS.subjectMax, "errors.incident.subject"),
  body: text(10, INCIDENT_LIMITS.publicBodyMax, "errors.incident.publicBody"),
  contact: optionalText(INCIDENT_LIMITS.contactMax, "errors.incident.contact"),
});

export const messageSchema = z.object({
  incidentId: uuid("errors.NOT_FOUND"),
  body: text(2, INCIDENT_LIMITS.bodyMax, "errors.incident.message"),
});

/**
 * The decision. An upheld incident against a vendor may carry a graded penalty decided in the
 * same step (`penalty` = its kind; `points`, `months` and the penalty's own `reason`, which the
 * vendor reads and a suspension's scorecard shows, as the penalty form takes them; the penalty
 * service checks them); empty `penalty` means none. The decision's reasons stay unpublished.
 */
export const resolveSchema = z.object({
  incidentId: uuid("errors.NOT_FOUND"),
  outcome: z.enum(DECIDED_OUTCOMES, { error: "errors.incident.outcome" }),
  resolution: text(10, INCIDENT_LIMITS.bodyMax, "errors.incident.resolution"),
  penalty: z.enum(["", ...PENALTY_KINDS], { error: "errors.penalty.kind" }).optional().default(""),
  points: z.string().max(20, { error: "errors.penalty.points" }).optional(),
  months: z.string().max(20, { error: "errors.penalty.months" }).optional(),
  reason: z.string().max(2000, { error: "errors.penalty.reasonRequired" }).optional().default(""),
});

/** A penalty goes with a decision only when the incident is upheld against a vendor. */
export function penaltyAllowed(incident: { respondentKind: IncidentRespondentKind; vendorId: string | null }, outcome: IncidentOutcome): boolean {
  return outcome === "UPHELD" && incident.respondentKind === "VENDOR" && incident.vendorId !== null;
}

/** The penalty's reason names the incident it came from (the penalty allows 1,000 characters). */
export function penaltyReasonFrom(number: string, reason: string): string {
  const full = `${number}: ${reason.trim()}`;
  return full.length <= 1000 ? full : `${full.slice(0, 999)}…`;
}

/** A vendor's appeal of one of its penalties in force: the department answers it. */
export const appealPenaltySchema = z.object({
  penaltyId: uuid("errors.NOT_FOUND"),
  subject: text(5, INCIDENT_LIMITS.subjectMax, "errors.incident.subject"),
  body: text(10, INCIDENT_LIMITS.bodyMax, "errors.incident.body"),
});

/**
 * The penalty's revoke reason when an appeal is upheld: the appeal's number and the decision's
 * reasons, clipped to what a penalty's reason may hold.
 */
export function appealRevokeReason(number: string, resolution: string): string {
  const full = `${number}: ${resolution.trim()}`;
  return full.length <= REASON_MAX ? full : `${full.slice(0, REASON_MAX - 1)}…`;
}

export const withdrawSchema = z.object({
  incidentId: uuid("errors.NOT_FOUND"),
  reason: text(5, 1000, "errors.incident.withdrawReason"),
});
