import { describe, expect, it } from "vitest";
import { PurchaseOrderStatus, Role, type PurchaseOrderLineStatus, type SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import type { Who } from "@/lib/domain/state-machine";
import {
  PURCHASE_ORDER_EVENTS,
  allowedEvents,
  assertTransition,
  derivePurchaseOrderStatus,
  isTerminal,
  lineStatusFor,
  nextStatus,
} from "@/lib/domain/purchase-order/status";

const STATUSES = Object.values(PurchaseOrderStatus);
const WHO: Who[] = [...Object.values(Role), "SYSTEM"];
const EXPECTED: Record<string, PurchaseOrderStatus> = { "OPEN:close": "CLOSED", "OPEN:cancel": "CANCELLED" };

describe("purchase order transitions: every (status × event × actor)", () => {
  it.each(STATUSES.flatMap((from) => PURCHASE_ORDER_EVENTS.map((event) => [from, event] as const)))(
    "%s + %s",
    (from, event) => {
      const to = EXPECTED[`${from}:${event}`] ?? null;
      expect(nextStatus(from, event)).toBe(to);
      for (const who of WHO) {
        const attempt = () => assertTransition(from, event, who);
        if (who !== "SYSTEM") expect(attempt).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
        else if (to === null) {
          expect(attempt).toThrowError(
            expect.objectContaining({ code: "CONFLICT", messageKey: "errors.purchaseOrder.invalidTransition" }),
          );
        } else expect(attempt()).toBe(to);
        expect(allowedEvents(from, who)).toEqual(who === "SYSTEM" && from === "OPEN" ? ["close", "cancel"] : []);
      }
    },
  );

  it.each([
    ["OPEN", false],
    ["CLOSED", true],
    ["CANCELLED", true],
  ] as const)("%s terminal: %s", (status, terminal) => {
    expect(isTerminal(status)).toBe(terminal);
  });
});

const line = (id: string, status: PurchaseOrderLineStatus = "ALLOCATED") => ({ id, status });
const so = (status: SupplyOrderStatus, ...purchaseOrderLineIds: string[]) => ({ status, purchaseOrderLineIds });

describe("derivePurchaseOrderStatus", () => {
  it.each([
    ["just placed, not yet allocated", [line("a")], [], "OPEN"],
    ["awaiting acceptance", [line("a")], [so("AWAITING_ACCEPTANCE", "a")], "OPEN"],
    ["billed, not paid", [line("a")], [so("BILLED", "a")], "OPEN"],
    ["replacement due", [line("a")], [so("REPLACEMENT_DUE", "a")], "OPEN"],
    ["paid", [line("a")], [so("CLOSED", "a")], "CLOSED"],
    ["one paid, one still open", [line("a")], [so("CLOSED", "a"), so("DISPATCHED", "a")], "OPEN"],
    ["rejected and reallocated, new one paid", [line("a")], [so("REJECTED", "a"), so("CLOSED", "a")], "CLOSED"],
    ["one paid, one cancelled", [line("a")], [so("CLOSED", "a"), so("CANCELLED", "a")], "CLOSED"],
    [
      "line b paid, line a unfulfilled",
      [line("a", "UNFULFILLED"), line("b")],
      [so("CLOSED", "b")],
      "CLOSED",
    ],
    [
      "partly unfulfilled, the rest paid",
      [line("a", "PARTLY_UNFULFILLED")],
      [so("CLOSED", "a"), so("EXPIRED", "a")],
      "CLOSED",
    ],
    ["line b still awaiting allocation", [line("a"), line("b")], [so("CLOSED", "a")], "OPEN"],
    [
      "a partly unfulfilled line with no supply order yet",
      [line("a"), line("b", "PARTLY_UNFULFILLED")],
      [so("CLOSED", "a")],
      "OPEN",
    ],
    ["everything unfulfilled at allocation", [line("a", "UNFULFILLED"), line("b", "UNFULFILLED")], [], "CANCELLED"],
    ["the only supply order cancelled by the buyer", [line("a")], [so("CANCELLED", "a")], "CANCELLED"],
    [
      "rejected, then nothing eligible left",
      [line("a", "UNFULFILLED")],
      [so("REJECTED", "a")],
      "CANCELLED",
    ],
    ["all lines cancelled", [line("a", "CANCELLED")], [so("CANCELLED", "a")], "CANCELLED"],
    ["a supply order spanning two lines, paid", [line("a"), line("b")], [so("CLOSED", "a", "b")], "CLOSED"],
  ] as const)("%s → %s", (_case, lines, supplyOrders, expected) => {
    expect(derivePurchaseOrderStatus(lines, supplyOrders)).toBe(expected);
  });

  it("refuses a purchase order without lines", () => {
    expect(() => derivePurchaseOrderStatus([], [])).toThrow(RangeError);
  });
});

describe("lineStatusFor", () => {
  it.each([
    [10, 0, "ALLOCATED"],
    [10, 1, "PARTLY_UNFULFILLED"],
    [10, 9, "PARTLY_UNFULFILLED"],
    [10, 10, "UNFULFILLED"],
    [1, 1, "UNFULFILLED"],
  ] as const)("%i ordered, %i unfulfilled → %s", (quantity, unfulfilled, status) => {
    expect(lineStatusFor(quantity, unfulfilled)).toBe(status);
  });

  it.each([
    [10, -1],
    [10, 11],
    [10, 0.5],
  ])("%i ordered, %d unfulfilled is impossible", (quantity, unfulfilled) => {
    expect(() => lineStatusFor(quantity, unfulfilled)).toThrow(RangeError);
  });
});
