import type { PurchaseOrderLineStatus, SupplyOrderStatus } from "@/lib/generated/prisma/enums";

/** What a purchase order line's status column says: the allocation, then how its supply went. */
export type LineProgress = PurchaseOrderLineStatus | "IN_SUPPLY" | "COMPLETED" | "CLOSED_SHORT";

const ENDED_WITHOUT_SUPPLY: readonly SupplyOrderStatus[] = ["CANCELLED", "REJECTED", "EXPIRED"];

/**
 * "Allocated" is only true until a vendor starts supplying: a line whose supply orders are all
 * closed (supplied, accepted and paid) is complete, one with a supply order under way is being
 * supplied (issue 15: a completed order's line still said "allocated"). A line whose buyer closed
 * part of it short (`closedShortQty`, from progress.ts) is never "complete": it closed short.
 * Unfulfilled, partly unfulfilled and cancelled lines say so whatever their supply orders did. Pure.
 */
export function lineProgress(status: PurchaseOrderLineStatus, supplyOrderStatuses: readonly SupplyOrderStatus[], closedShortQty = 0): LineProgress {
  if (status !== "ALLOCATED") return status;
  const live = supplyOrderStatuses.filter((s) => !ENDED_WITHOUT_SUPPLY.includes(s));
  if (live.length === 0) return status;
  if (live.every((s) => s === "CLOSED")) return closedShortQty > 0 ? "CLOSED_SHORT" : "COMPLETED";
  if (live.some((s) => s !== "AWAITING_ACCEPTANCE")) return "IN_SUPPLY";
  return status;
}
