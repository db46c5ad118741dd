/**
 * The purchase order's status follows from its lines and supply orders (DOMAIN.md workflow step
 * 11); nobody sets it by hand. After any supply-order change the service calls
 * `derivePurchaseOrderStatus`; when the result differs from the stored status it fires the
 * matching SYSTEM event (`close` → CLOSED, `cancel` → CANCELLED) through `assertTransition`.
 */
import {
  PurchaseOrderLineStatus,
  PurchaseOrderStatus,
  SupplyOrderStatus,
} from "@/lib/generated/prisma/enums";
import { defineStateMachine, type Transition } from "@/lib/domain/state-machine";
import { isOpen as isSupplyOrderOpen } from "@/lib/domain/supply-order/status";

const S = PurchaseOrderStatus;

export const PURCHASE_ORDER_EVENTS = ["close", "cancel"] as const;
export type PurchaseOrderEvent = (typeof PURCHASE_ORDER_EVENTS)[number];

export const PURCHASE_ORDER_TRANSITIONS: readonly Transition<PurchaseOrderStatus, PurchaseOrderEvent>[] = [
  { from: S.OPEN, event: "close", to: S.CLOSED, who: "SYSTEM" },
  { from: S.OPEN, event: "cancel", to: S.CANCELLED, who: "SYSTEM" },
];

export const purchaseOrderMachine = defineStateMachine({
  statuses: Object.values(S),
  events: PURCHASE_ORDER_EVENTS,
  transitions: PURCHASE_ORDER_TRANSITIONS,
  invalidTransitionKey: "errors.purchaseOrder.invalidTransition",
});

export const { nextStatus, allowedEvents, assertTransition, isTerminal } = purchaseOrderMachine;

export interface PurchaseOrderLineState {
  id: string;
  status: PurchaseOrderLineStatus;
}

export interface SupplyOrderState {
  status: SupplyOrderStatus;
  /** The purchase order lines this supply order has quantity of. */
  purchaseOrderLineIds: readonly string[];
}

/**
 * OPEN while anything is still to happen: a supply order is open, or a line that still expects
 * goods (ALLOCATED / PARTLY_UNFULFILLED) has no supply order yet (allocation not done). Otherwise
 * the order is settled: CLOSED if at least one supply order was delivered and paid (CLOSED);
 * CANCELLED if nothing was — every supply order cancelled, rejected or expired and every line
 * unfulfilled or cancelled.
 */
export function derivePurchaseOrderStatus(
  lines: readonly PurchaseOrderLineState[],
  supplyOrders: readonly SupplyOrderState[],
): PurchaseOrderStatus {
  if (lines.length === 0) throw new RangeError("a purchase order has at least one line");
  if (supplyOrders.some((so) => isSupplyOrderOpen(so.status))) return S.OPEN;

  const covered = new Set(supplyOrders.flatMap((so) => so.purchaseOrderLineIds));
  const awaitingAllocation = lines.some(
    (line) =>
      (line.status === PurchaseOrderLineStatus.ALLOCATED ||
        line.status === PurchaseOrderLineStatus.PARTLY_UNFULFILLED) &&
      !covered.has(line.id),
  );
  if (awaitingAllocation) return S.OPEN;

  return supplyOrders.some((so) => so.status === SupplyOrderStatus.CLOSED) ? S.CLOSED : S.CANCELLED;
}

/**
 * A line's status from how much of it nobody could take (allocation, or reallocation after a
 * rejection finding no one): the service keeps `unfulfilledQty` and stores this.
 */
export function lineStatusFor(quantity: number, unfulfilledQty: number): PurchaseOrderLineStatus {
  if (!Number.isSafeInteger(unfulfilledQty) || unfulfilledQty < 0 || unfulfilledQty > quantity) {
    throw new RangeError(`unfulfilled quantity ${unfulfilledQty} is not within 0..${quantity}`);
  }
  if (unfulfilledQty === 0) return PurchaseOrderLineStatus.ALLOCATED;
  return unfulfilledQty === quantity
    ? PurchaseOrderLineStatus.UNFULFILLED
    : PurchaseOrderLineStatus.PARTLY_UNFULFILLED;
}
