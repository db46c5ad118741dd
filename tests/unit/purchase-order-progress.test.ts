import { describe, expect, it } from "vitest";
import { closedInFull, lineProgress } from "@/lib/domain/purchase-order/progress";

const line = { id: "L1", quantity: 10, unfulfilledQty: 0 };

describe("lineProgress", () => {
  it.each([
    ["nothing yet", [], { ordered: 10, delivered: 0, accepted: 0, paid: 0, closedShort: 0 }],
    [
      "issue 15: 10 ordered, 9 delivered and accepted, paid, 1 closed short",
      [{ purchaseOrderLineId: "L1", receivedQty: 9, acceptedQty: 9, shortClosedQty: 1, paid: true }],
      { ordered: 10, delivered: 9, accepted: 9, paid: 9, closedShort: 1 },
    ],
    [
      "7 from the first vendor (paid), the rest 3 reallocated and accepted, not yet paid",
      [
        { purchaseOrderLineId: "L1", receivedQty: 7, acceptedQty: 7, shortClosedQty: 0, paid: true },
        { purchaseOrderLineId: "L1", receivedQty: 3, acceptedQty: 3, shortClosedQty: 0, paid: false },
        { purchaseOrderLineId: "L2", receivedQty: 50, acceptedQty: 50, shortClosedQty: 0, paid: true },
      ],
      { ordered: 10, delivered: 10, accepted: 10, paid: 7, closedShort: 0 },
    ],
  ] as const)("%s", (_case, supplyLines, expected) => {
    expect(lineProgress(line, supplyLines)).toMatchObject(expected);
  });

  it("a closed order is complete only when every line was accepted in full", () => {
    const full = { ordered: 10, delivered: 10, accepted: 10, paid: 10, closedShort: 0, unfulfilled: 0 };
    expect(closedInFull([full])).toBe(true);
    expect(closedInFull([full, { ...full, accepted: 9, paid: 9, closedShort: 1 }])).toBe(false);
    expect(closedInFull([{ ...full, delivered: 0, accepted: 0, paid: 0, unfulfilled: 10 }])).toBe(false);
  });
});
