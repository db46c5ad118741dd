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

  // Issue 15: ten almirahs ordered, nine accepted and paid, the tenth closed short: never "complete".
  it.each([
    [["CLOSED"], 1, "CLOSED_SHORT"],
    [["CLOSED", "CLOSED"], 1, "CLOSED_SHORT"],
    [["CLOSED", "DISPATCHED"], 1, "IN_SUPPLY"],
    [["BILLED"], 1, "IN_SUPPLY"],
    [["CLOSED"], 0, "COMPLETED"],
  ] as const)("ALLOCATED with supply orders %j and %i closed short → %s", (supplyOrders, closedShort, expected) => {
    expect(lineProgress("ALLOCATED", supplyOrders, closedShort)).toBe(expected);
  });
});
