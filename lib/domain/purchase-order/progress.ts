/**
 * How far each purchase-order line got — ordered, delivered, accepted, paid, and what was closed
 * short, handed to another vendor or found no vendor — from its supply orders' lines. Shown on the
 * buyer's, the vendor's and the public pages, so that a short delivery never reads as complete
 * (issue 15: ten almirahs ordered, nine delivered, "complete"). Pure.
 */
export interface SupplyLineProgress {
  purchaseOrderLineId: string;
  receivedQty: number;
  acceptedQty: number;
  shortClosedQty: number;
  /** The supply order's bill is paid. */
  paid: boolean;
}

export interface LineProgress {
  ordered: number;
  delivered: number;
  accepted: number;
  paid: number;
  closedShort: number;
  unfulfilled: number;
}

export function lineProgress(line: { id: string; quantity: number; unfulfilledQty: number }, supplyLines: readonly SupplyLineProgress[]): LineProgress {
  const mine = supplyLines.filter((l) => l.purchaseOrderLineId === line.id);
  const sum = (pick: (l: SupplyLineProgress) => number) => mine.reduce((n, l) => n + pick(l), 0);
  return {
    ordered: line.quantity,
    delivered: sum((l) => l.receivedQty),
    accepted: sum((l) => l.acceptedQty),
    paid: sum((l) => (l.paid ? l.acceptedQty : 0)),
    closedShort: sum((l) => l.shortClosedQty),
    unfulfilled: line.unfulfilledQty,
  };
}

/**
 * A settled purchase order (CLOSED) is "complete" only when every line was accepted in full;
 * otherwise it closed short. Anything else keeps its own status.
 */
export function closedInFull(lines: readonly LineProgress[]): boolean {
  return lines.every((l) => l.accepted >= l.ordered);
}
