/**
 * The supply order's life (DOMAIN.md workflow steps 5–11) as a table of allowed transitions.
 *
 * Decisions the table encodes:
 * - `accept` is one vendor action; where it leads depends on the order's `preInspectionRequired`
 *   (pass it as a fact): to AWAITING_PRE_INSPECTION, or straight to READY_TO_DISPATCH.
 * - `postInspectionAccept` is the inspector recording the post-dispatch inspection (accepted and
 *   rejected quantities). With nothing rejected the goods are accepted and the bill is generated
 *   in the same transaction: RECEIVED → BILLED. With any quantity rejected (fact `anyRejected`)
 *   the order waits for the vendor's replacement: RECEIVED → REPLACEMENT_DUE. From there the
 *   vendor dispatches the replacement (→ DISPATCHED, received and post-inspected again), or the
 *   buyer chooses to have the rejected quantity deducted instead (`deductRejected` → BILLED, the
 *   bill generated for the accepted quantity only).
 * - "Rejected" (fact `anyRejected`) means anything of the order not accepted: goods the inspection
 *   rejected, and goods never delivered (a short receipt or a short dispatch). So a short delivery
 *   is never billed and closed silently: the order waits in REPLACEMENT_DUE for the vendor's
 *   replacement or the buyer's decision — `deductRejected` closes it short (with a reason), and
 *   `deliverRest` hands the missing quantity to the normal allocation; either bills what was accepted.
 * - `deemAccept` is the scheduler's deemed acceptance (MSMED Act s.2(b)): no post-dispatch
 *   inspection 15 days after delivery, so what arrived is accepted as it stands.
 * - After a failed pre-dispatch inspection the vendor may `requestReinspection` while
 *   `mayRequestReinspection` (rules.ts) allows; once it does not, the system fires
 *   `cancelAfterFailures` in the same transaction as the failure and reallocates the quantity.
 * - The buyer may cancel until dispatch; REJECTED, EXPIRED, CLOSED and CANCELLED are final.
 */
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { defineStateMachine, type Transition } from "@/lib/domain/state-machine";

const S = SupplyOrderStatus;

export const SUPPLY_ORDER_EVENTS = [
  "accept",
  "reject",
  "expire",
  "preInspectionPass",
  "preInspectionFail",
  "requestReinspection",
  "cancelAfterFailures",
  "dispatch",
  "receive",
  "postInspectionAccept",
  "replacementDispatch",
  "deductRejected",
  "deliverRest",
  "deemAccept",
  "pay",
  "cancel",
] as const;

export type SupplyOrderEvent = (typeof SUPPLY_ORDER_EVENTS)[number];

/** Facts some transitions depend on; the service passes them from the order and the inspection. */
export type SupplyOrderFact = "preInspectionRequired" | "anyRejected";

export const SUPPLY_ORDER_TRANSITIONS: readonly Transition<SupplyOrderStatus, SupplyOrderEvent, SupplyOrderFact>[] = [
  { from: S.AWAITING_ACCEPTANCE, event: "accept", to: S.AWAITING_PRE_INSPECTION, who: "VENDOR", when: { fact: "preInspectionRequired", is: true } },
  { from: S.AWAITING_ACCEPTANCE, event: "accept", to: S.READY_TO_DISPATCH, who: "VENDOR", when: { fact: "preInspectionRequired", is: false } },
  { from: S.AWAITING_ACCEPTANCE, event: "reject", to: S.REJECTED, who: "VENDOR" },
  { from: S.AWAITING_ACCEPTANCE, event: "expire", to: S.EXPIRED, who: "SYSTEM" },
  { from: S.AWAITING_PRE_INSPECTION, event: "preInspectionPass", to: S.READY_TO_DISPATCH, who: "INSPECTOR" },
  { from: S.AWAITING_PRE_INSPECTION, event: "preInspectionFail", to: S.PRE_INSPECTION_FAILED, who: "INSPECTOR" },
  { from: S.PRE_INSPECTION_FAILED, event: "requestReinspection", to: S.AWAITING_PRE_INSPECTION, who: "VENDOR" },
  { from: S.PRE_INSPECTION_FAILED, event: "cancelAfterFailures", to: S.CANCELLED, who: "SYSTEM" },
  { from: S.READY_TO_DISPATCH, event: "dispatch", to: S.DISPATCHED, who: "VENDOR" },
  { from: S.DISPATCHED, event: "receive", to: S.RECEIVED, who: "BUYER" },
  { from: S.RECEIVED, event: "postInspectionAccept", to: S.BILLED, who: "INSPECTOR", when: { fact: "anyRejected", is: false } },
  { from: S.RECEIVED, event: "postInspectionAccept", to: S.REPLACEMENT_DUE, who: "INSPECTOR", when: { fact: "anyRejected", is: true } },
  { from: S.REPLACEMENT_DUE, event: "replacementDispatch", to: S.DISPATCHED, who: "VENDOR" },
  { from: S.REPLACEMENT_DUE, event: "deductRejected", to: S.BILLED, who: "BUYER" },
  { from: S.REPLACEMENT_DUE, event: "deliverRest", to: S.BILLED, who: "BUYER" },
  { from: S.RECEIVED, event: "deemAccept", to: S.BILLED, who: "SYSTEM", when: { fact: "anyRejected", is: false } },
  { from: S.RECEIVED, event: "deemAccept", to: S.REPLACEMENT_DUE, who: "SYSTEM", when: { fact: "anyRejected", is: true } },
  { from: S.BILLED, event: "pay", to: S.CLOSED, who: "FINANCE" },
  { from: S.AWAITING_ACCEPTANCE, event: "cancel", to: S.CANCELLED, who: "BUYER" },
  { from: S.AWAITING_PRE_INSPECTION, event: "cancel", to: S.CANCELLED, who: "BUYER" },
  { from: S.PRE_INSPECTION_FAILED, event: "cancel", to: S.CANCELLED, who: "BUYER" },
  { from: S.READY_TO_DISPATCH, event: "cancel", to: S.CANCELLED, who: "BUYER" },
];

export const supplyOrderMachine = defineStateMachine({
  statuses: Object.values(S),
  events: SUPPLY_ORDER_EVENTS,
  transitions: SUPPLY_ORDER_TRANSITIONS,
  invalidTransitionKey: "errors.supplyOrder.invalidTransition",
});

export const { nextStatus, allowedEvents, assertTransition, isTerminal } = supplyOrderMachine;

/** Still in progress: the purchase order cannot close while any of its supply orders is open. */
export function isOpen(status: SupplyOrderStatus): boolean {
  return !isTerminal(status);
}
