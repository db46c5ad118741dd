/**
 * An incident's life (issue 18; docs/adr/0016-incidents.md) as a table of allowed transitions.
 *
 * - The respondent answers (`respond`: the vendor, the office's buyer, the inspection agency's
 *   inspector, or — for what the department itself answers, a penalty appeal — an administrator,
 *   whichever the incident names): OPEN → RESPONDED. Later messages change nothing.
 * - The scheduler escalates (`escalate`) when a deadline passes: OPEN past its respond-by,
 *   RESPONDED past its resolve-by, and once more ESCALATED past the escalation's own resolve-by
 *   (level 1 → 2, rules.ts says when; ESCALATED → ESCALATED keeps the table the one place).
 * - The industries department decides (`resolve`, with an outcome) from any open status.
 * - The raiser (a buyer or a vendor; the public cannot sign back in) may `withdraw` until then.
 * RESOLVED and WITHDRAWN are final.
 */
import { IncidentStatus } from "@/lib/generated/prisma/enums";
import { defineStateMachine, type Transition } from "@/lib/domain/state-machine";

const S = IncidentStatus;

export const INCIDENT_EVENTS = ["respond", "escalate", "resolve", "withdraw"] as const;
export type IncidentEvent = (typeof INCIDENT_EVENTS)[number];

const OPEN_STATUSES = [S.OPEN, S.RESPONDED, S.ESCALATED] as const;

export const INCIDENT_TRANSITIONS: readonly Transition<IncidentStatus, IncidentEvent>[] = [
  { from: S.OPEN, event: "respond", to: S.RESPONDED, who: "VENDOR" },
  { from: S.OPEN, event: "respond", to: S.RESPONDED, who: "BUYER" },
  { from: S.OPEN, event: "respond", to: S.RESPONDED, who: "INSPECTOR" },
  { from: S.OPEN, event: "respond", to: S.RESPONDED, who: "ADMIN" },
  { from: S.OPEN, event: "escalate", to: S.ESCALATED, who: "SYSTEM" },
  { from: S.RESPONDED, event: "escalate", to: S.ESCALATED, who: "SYSTEM" },
  { from: S.ESCALATED, event: "escalate", to: S.ESCALATED, who: "SYSTEM" },
  ...OPEN_STATUSES.map((from) => ({ from, event: "resolve" as const, to: S.RESOLVED, who: "ADMIN" as const })),
  ...OPEN_STATUSES.flatMap((from) => (["BUYER", "VENDOR"] as const).map((who) => ({ from, event: "withdraw" as const, to: S.WITHDRAWN, who }))),
];

export const incidentMachine = defineStateMachine({
  statuses: Object.values(S),
  events: INCIDENT_EVENTS,
  transitions: INCIDENT_TRANSITIONS,
  invalidTransitionKey: "errors.incident.invalidTransition",
});

export const { nextStatus, allowedEvents, assertTransition, isTerminal } = incidentMachine;

/** Still being dealt with: messages may be added, deadlines run. */
export function isOpen(status: IncidentStatus): boolean {
  return !isTerminal(status);
}
