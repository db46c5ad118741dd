import { describe, expect, it } from "vitest";
import { InspectionStatus, Role } from "@/lib/generated/prisma/enums";
import type { Who } from "@/lib/domain/state-machine";
import {
  INSPECTION_EVENTS,
  allowedEvents,
  assertTransition,
  isOpen,
  isTerminal,
  nextStatus,
  type InspectionEvent,
} from "@/lib/domain/inspection/status";

const STATUSES = Object.values(InspectionStatus);
const WHO: Who[] = [...Object.values(Role), "SYSTEM"];
const EXPECTED: Record<string, InspectionStatus> = {
  "ASSIGNED:pass": "PASSED",
  "ASSIGNED:fail": "FAILED",
  "ASSIGNED:cancel": "CANCELLED",
};
const EVENT_WHO: Record<InspectionEvent, Who> = { pass: "INSPECTOR", fail: "INSPECTOR", cancel: "SYSTEM" };

describe("inspection transitions: every (status × event × actor)", () => {
  it.each(STATUSES.flatMap((from) => INSPECTION_EVENTS.map((event) => [from, event] as const)))(
    "%s + %s",
    (from, event) => {
      const to = EXPECTED[`${from}:${event}`] ?? null;
      expect(nextStatus(from, event)).toBe(to);
      for (const who of WHO) {
        const attempt = () => assertTransition(from, event, who);
        if (who !== EVENT_WHO[event]) expect(attempt).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
        else if (to === null) {
          expect(attempt).toThrowError(
            expect.objectContaining({ code: "CONFLICT", messageKey: "errors.inspection.invalidTransition" }),
          );
        } else expect(attempt()).toBe(to);
      }
    },
  );

  it.each(STATUSES.flatMap((from) => WHO.map((who) => [from, who] as const)))("buttons in %s for %s", (from, who) => {
    const expected = INSPECTION_EVENTS.filter((e) => EXPECTED[`${from}:${e}`] && EVENT_WHO[e] === who);
    expect(allowedEvents(from, who)).toEqual(expected);
  });

  it.each(STATUSES)("%s is open only while assigned", (status) => {
    expect(isOpen(status)).toBe(status === "ASSIGNED");
    expect(isTerminal(status)).toBe(status !== "ASSIGNED");
  });
});
