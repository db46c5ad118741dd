import { describe, expect, it } from "vitest";
import { Role, SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Who } from "@/lib/domain/state-machine";
import {
  SUPPLY_ORDER_EVENTS,
  allowedEvents,
  assertTransition,
  isOpen,
  isTerminal,
  nextStatus,
  type SupplyOrderEvent,
} from "@/lib/domain/supply-order/status";
import { mayRequestReinspection } from "@/lib/domain/supply-order/rules";
import { acceptBy, acceptanceExpired, reminderDue } from "@/lib/domain/supply-order/sla";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";

type S = SupplyOrderStatus;
const STATUSES = Object.values(SupplyOrderStatus);
const WHO: Who[] = [...Object.values(Role), "SYSTEM"];

// The expected machine, written out independently of the implementation's table. A transition
// that depends on a fact lists its target for fact = false and fact = true.
type Target = S | { fact: "preInspectionRequired" | "anyRejected"; false: S; true: S };
const EXPECTED: Partial<Record<`${S}:${SupplyOrderEvent}`, { to: Target; who: Who }>> = {
  "AWAITING_ACCEPTANCE:accept": {
    to: { fact: "preInspectionRequired", false: "READY_TO_DISPATCH", true: "AWAITING_PRE_INSPECTION" },
    who: "VENDOR",
  },
  "AWAITING_ACCEPTANCE:reject": { to: "REJECTED", who: "VENDOR" },
  "AWAITING_ACCEPTANCE:expire": { to: "EXPIRED", who: "SYSTEM" },
  "AWAITING_ACCEPTANCE:cancel": { to: "CANCELLED", who: "BUYER" },
  "AWAITING_PRE_INSPECTION:preInspectionPass": { to: "READY_TO_DISPATCH", who: "INSPECTOR" },
  "AWAITING_PRE_INSPECTION:preInspectionFail": { to: "PRE_INSPECTION_FAILED", who: "INSPECTOR" },
  "AWAITING_PRE_INSPECTION:cancel": { to: "CANCELLED", who: "BUYER" },
  "PRE_INSPECTION_FAILED:requestReinspection": { to: "AWAITING_PRE_INSPECTION", who: "VENDOR" },
  "PRE_INSPECTION_FAILED:cancelAfterFailures": { to: "CANCELLED", who: "SYSTEM" },
  "PRE_INSPECTION_FAILED:cancel": { to: "CANCELLED", who: "BUYER" },
  "READY_TO_DISPATCH:dispatch": { to: "DISPATCHED", who: "VENDOR" },
  "READY_TO_DISPATCH:cancel": { to: "CANCELLED", who: "BUYER" },
  "DISPATCHED:receive": { to: "RECEIVED", who: "BUYER" },
  "RECEIVED:postInspectionAccept": {
    to: { fact: "anyRejected", false: "BILLED", true: "REPLACEMENT_DUE" },
    who: "INSPECTOR",
  },
  "REPLACEMENT_DUE:replacementDispatch": { to: "DISPATCHED", who: "VENDOR" },
  "REPLACEMENT_DUE:deductRejected": { to: "BILLED", who: "BUYER" },
  "REPLACEMENT_DUE:deliverRest": { to: "BILLED", who: "BUYER" },
  "RECEIVED:deemAccept": { to: { fact: "anyRejected", false: "BILLED", true: "REPLACEMENT_DUE" }, who: "SYSTEM" },
  "BILLED:pay": { to: "CLOSED", who: "FINANCE" },
};

// The one role that fires each event, whatever the state.
const EVENT_WHO = Object.fromEntries(
  Object.entries(EXPECTED).map(([key, row]) => [key.split(":")[1], row!.who]),
) as Record<SupplyOrderEvent, Who>;

const allPairs = STATUSES.flatMap((from) => SUPPLY_ORDER_EVENTS.map((event) => [from, event] as const));
const bothFacts = { preInspectionRequired: false, anyRejected: false };

describe("supply order transitions: every (status × event) pair", () => {
  it("the expected table names only real statuses and events, and every event has one actor", () => {
    expect(Object.keys(EVENT_WHO).sort()).toEqual([...SUPPLY_ORDER_EVENTS].sort());
  });

  it.each(allPairs)("%s + %s", (from, event) => {
    const expected = EXPECTED[`${from}:${event}`];
    for (const value of [false, true]) {
      const facts = { preInspectionRequired: value, anyRejected: value };
      const to = expected === undefined ? null : typeof expected.to === "string" ? expected.to : expected.to[`${value}`];
      expect(nextStatus(from, event, facts)).toBe(to);

      for (const who of WHO) {
        const attempt = () => assertTransition(from, event, who, facts);
        if (who !== EVENT_WHO[event]) {
          expect(attempt).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
        } else if (to === null) {
          expect(attempt).toThrowError(
            expect.objectContaining({
              code: "CONFLICT",
              messageKey: "errors.supplyOrder.invalidTransition",
              params: { status: from, event },
            }),
          );
        } else {
          expect(attempt()).toBe(to);
        }
      }
    }
  });

  it("a fact-dependent transition without its fact is a programming error, not a conflict", () => {
    expect(() => nextStatus("AWAITING_ACCEPTANCE", "accept")).toThrow(TypeError);
    expect(() => nextStatus("RECEIVED", "postInspectionAccept", { preInspectionRequired: true })).toThrow(
      /anyRejected/,
    );
    // …but facts are not needed where the event is impossible anyway.
    expect(nextStatus("CLOSED", "accept")).toBeNull();
  });

  it("the thrown errors are AppErrors the action layer can translate", () => {
    expect(() => assertTransition("CLOSED", "pay", "FINANCE")).toThrow(AppError);
  });
});

describe("allowedEvents: the buttons each role sees", () => {
  it.each(STATUSES.flatMap((from) => WHO.map((who) => [from, who] as const)))("%s for %s", (from, who) => {
    const expected = SUPPLY_ORDER_EVENTS.filter(
      (event) => EXPECTED[`${from}:${event}`] !== undefined && EVENT_WHO[event] === who,
    );
    expect(allowedEvents(from, who).sort()).toEqual([...expected].sort());
  });

  it("a fact-dependent event appears once", () => {
    expect(allowedEvents("AWAITING_ACCEPTANCE", "VENDOR")).toEqual(["accept", "reject"]);
  });
});

describe("terminal and open statuses", () => {
  const TERMINAL: S[] = ["REJECTED", "EXPIRED", "CLOSED", "CANCELLED"];
  it.each(STATUSES)("%s", (status) => {
    expect(isTerminal(status)).toBe(TERMINAL.includes(status));
    expect(isOpen(status)).toBe(!TERMINAL.includes(status));
    // Terminal ⇔ no event leads anywhere from it.
    const anyWay = SUPPLY_ORDER_EVENTS.some((event) => nextStatus(status, event, bothFacts) !== null);
    expect(anyWay).toBe(!TERMINAL.includes(status));
  });
});

describe("mayRequestReinspection", () => {
  it.each([
    [0, 2, true],
    [1, 2, true],
    [2, 2, false],
    [3, 2, false],
    [0, 0, false],
  ])("after %i re-inspections with a maximum of %i → %s", (soFar, max, allowed) => {
    expect(mayRequestReinspection(soFar, { maxReinspections: max })).toBe(allowed);
  });
});

describe("acceptance SLA", () => {
  const created = new Date("2026-03-10T10:30:00Z"); // 16:00 IST
  const deadline = new Date("2026-03-13T10:30:00Z");

  it("is whole days from creation", () => {
    expect(acceptBy(created, DEFAULT_POLICY)).toEqual(deadline);
    expect(acceptBy(created, { acceptanceSlaDays: 1 })).toEqual(new Date("2026-03-11T10:30:00Z"));
  });

  it.each([
    ["two days before", "2026-03-11T10:30:00Z", null, false],
    ["a second before the window", "2026-03-12T10:29:59Z", null, false],
    ["24 h before", "2026-03-12T10:30:00Z", null, true],
    ["an hour before", "2026-03-13T09:30:00Z", null, true],
    ["already sent", "2026-03-13T09:30:00Z", new Date("2026-03-12T10:31:00Z"), false],
    ["at the deadline (expires instead)", "2026-03-13T10:30:00Z", null, false],
    ["after the deadline", "2026-03-14T00:00:00Z", null, false],
  ])("reminder %s", (_case, now, sentAt, due) => {
    expect(reminderDue(new Date(now), deadline, 24, sentAt)).toBe(due);
  });

  it.each([
    ["2026-03-13T10:29:59Z", false],
    ["2026-03-13T10:30:00Z", true],
    ["2026-03-20T00:00:00Z", true],
  ])("expired at %s → %s", (now, expired) => {
    expect(acceptanceExpired(new Date(now), deadline)).toBe(expired);
  });
});
