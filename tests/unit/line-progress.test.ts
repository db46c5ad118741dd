import { describe, expect, it } from "vitest";
import { lineProgress } from "@/lib/domain/purchase-order/line-progress";

describe("lineProgress: a purchase order line's status column (issue 15: a completed line said 'allocated')", () => {
  it.each([
    ["ALLOCATED", [], "ALLOCATED"],
    ["ALLOCATED", ["AWAITING_ACCEPTANCE"], "ALLOCATED"],
    ["ALLOCATED", ["READY_TO_DISPATCH"], "IN_SUPPLY"],
    ["ALLOCATED", ["CLOSED", "DISPATCHED"], "IN_SUPPLY"],
    ["ALLOCATED", ["CLOSED"], "COMPLETED"],
    ["ALLOCATED", ["CLOSED", "CLOSED"], "COMPLETED"],
    ["ALLOCATED", ["REJECTED", "CLOSED"], "COMPLETED"],
    ["ALLOCATED", ["CANCELLED"], "ALLOCATED"],
    ["PARTLY_UNFULFILLED", ["CLOSED"], "PARTLY_UNFULFILLED"],
    ["UNFULFILLED", [], "UNFULFILLED"],
    ["CANCELLED", ["CANCELLED"], "CANCELLED"],
  ] as const)("%s with supply orders %j → %s", (status, supplyOrders, expected) => {
    expect(lineProgress(status, supplyOrders)).toBe(expected);
  });
});
