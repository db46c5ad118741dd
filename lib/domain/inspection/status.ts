/**
 * An inspection (PRE or POST) is assigned, then recorded as passed or failed by its inspector, or
 * cancelled by the system when its supply order is cancelled. A re-inspection is a new Inspection
 * row (`attempt` + 1), so a recorded one never changes again.
 */
import { InspectionStatus } from "@/lib/generated/prisma/enums";
import { defineStateMachine, type Transition } from "@/lib/domain/state-machine";

const S = InspectionStatus;

export const INSPECTION_EVENTS = ["pass", "fail", "cancel"] as const;
export type InspectionEvent = (typeof INSPECTION_EVENTS)[number];

export const INSPECTION_TRANSITIONS: readonly Transition<InspectionStatus, InspectionEvent>[] = [
  { from: S.ASSIGNED, event: "pass", to: S.PASSED, who: "INSPECTOR" },
  { from: S.ASSIGNED, event: "fail", to: S.FAILED, who: "INSPECTOR" },
  { from: S.ASSIGNED, event: "cancel", to: S.CANCELLED, who: "SYSTEM" },
];

export const inspectionMachine = defineStateMachine({
  statuses: Object.values(S),
  events: INSPECTION_EVENTS,
  transitions: INSPECTION_TRANSITIONS,
  invalidTransitionKey: "errors.inspection.invalidTransition",
});

export const { nextStatus, allowedEvents, assertTransition, isTerminal } = inspectionMachine;

/** Counts towards an inspector's open load (see allocation/inspector.ts). */
export function isOpen(status: InspectionStatus): boolean {
  return !isTerminal(status);
}
