import { describe, expect, it } from "vitest";
import { IncidentStatus, Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Who } from "@/lib/domain/state-machine";
import { INCIDENT_EVENTS, allowedEvents, assertTransition, isOpen, isTerminal, nextStatus, type IncidentEvent } from "@/lib/domain/incident/status";
import {
  DECIDED_OUTCOMES, RAISER_CATEGORIES, deadlines, escalatedResolveBy, escalationDue, escalationTarget, respondentFor,
} from "@/lib/domain/incident/rules";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";

type S = IncidentStatus;
const STATUSES = Object.values(IncidentStatus);
const WHO: Who[] = [...Object.values(Role), "SYSTEM"];
const DAY = 86_400_000;

// The expected machine, written out by hand: status:event → target and who may fire it.
const EXPECTED: Partial<Record<`${S}:${IncidentEvent}`, { to: S; who: Who[] }>> = {
  "OPEN:respond": { to: "RESPONDED", who: ["BUYER", "VENDOR", "INSPECTOR", "ADMIN"] },
  "OPEN:escalate": { to: "ESCALATED", who: ["SYSTEM"] },
  "RESPONDED:escalate": { to: "ESCALATED", who: ["SYSTEM"] },
  "ESCALATED:escalate": { to: "ESCALATED", who: ["SYSTEM"] },
  "OPEN:resolve": { to: "RESOLVED", who: ["ADMIN"] },
  "RESPONDED:resolve": { to: "RESOLVED", who: ["ADMIN"] },
  "ESCALATED:resolve": { to: "RESOLVED", who: ["ADMIN"] },
  "OPEN:withdraw": { to: "WITHDRAWN", who: ["BUYER", "VENDOR"] },
  "RESPONDED:withdraw": { to: "WITHDRAWN", who: ["BUYER", "VENDOR"] },
  "ESCALATED:withdraw": { to: "WITHDRAWN", who: ["BUYER", "VENDOR"] },
};

describe("incident transition table", () => {
  for (const from of STATUSES) {
    for (const event of INCIDENT_EVENTS) {
      const expected = EXPECTED[`${from}:${event}`];
      it(`${from} --${event}--> ${expected?.to ?? "(none)"}`, () => {
        expect(nextStatus(from, event)).toBe(expected?.to ?? null);
        for (const who of WHO) {
          const firesEver = Object.entries(EXPECTED).some(([key, row]) => key.endsWith(`:${event}`) && row!.who.includes(who));
          if (expected && expected.who.includes(who)) expect(assertTransition(from, event, who)).toBe(expected.to);
          else if (!firesEver) expect(() => assertTransition(from, event, who)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
          else {
            const error = (() => { try { assertTransition(from, event, who); } catch (e) { return e; } })();
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).code).toBe(expected ? "FORBIDDEN" : "CONFLICT");
          }
        }
      });
    }
  }

  it("shows each role its buttons", () => {
    expect(allowedEvents("OPEN", "VENDOR")).toEqual(["respond", "withdraw"]);
    expect(allowedEvents("ESCALATED", "ADMIN")).toEqual(["resolve"]);
    // The department answers what is addressed to it (a penalty appeal) before deciding it.
    expect(allowedEvents("OPEN", "ADMIN")).toEqual(["respond", "resolve"]);
    expect(allowedEvents("RESOLVED", "ADMIN")).toEqual([]);
  });

  it("ends in RESOLVED and WITHDRAWN", () => {
    expect(STATUSES.filter(isTerminal).sort()).toEqual(["RESOLVED", "WITHDRAWN"]);
    expect(isOpen("ESCALATED")).toBe(true);
  });
});

describe("incident rules", () => {
  it("lets each raiser complain of its own matters and names who answers", () => {
    expect(RAISER_CATEGORIES.BUYER).not.toContain("DELAYED_PAYMENT");
    expect(RAISER_CATEGORIES.VENDOR).toEqual(expect.arrayContaining(["DELAYED_PAYMENT", "WRONGFUL_REJECTION", "INSPECTION_NOT_DONE"]));
    expect(respondentFor("BUYER", "QUALITY", true)).toBe("VENDOR");
    expect(respondentFor("VENDOR", "DELAYED_PAYMENT", true)).toBe("OFFICE");
    expect(respondentFor("VENDOR", "INSPECTION_NOT_DONE", true)).toBe("AGENCY");
    expect(respondentFor("VENDOR", "INSPECTION_NOT_DONE", false)).toBe("OFFICE");
    expect(respondentFor("PUBLIC", "QUALITY", false)).toBe("OFFICE");
    expect(DECIDED_OUTCOMES).not.toContain("WITHDRAWN");
  });

  it("takes the deadlines from the policy, both from raising", () => {
    const at = new Date("2026-12-01T00:00:00Z");
    expect(deadlines(DEFAULT_POLICY, at)).toEqual({ respondBy: new Date(at.getTime() + 7 * DAY), resolveBy: new Date(at.getTime() + 30 * DAY) });
  });

  it("escalates when a deadline passes, each level once, up to level 2", () => {
    const at = new Date("2026-12-01T00:00:00Z");
    const base = { respondBy: new Date(at.getTime() + 7 * DAY), resolveBy: new Date(at.getTime() + 30 * DAY) };
    const day = (n: number) => new Date(at.getTime() + n * DAY);
    expect(escalationDue({ ...base, status: "OPEN", escalationLevel: 0 }, day(6))).toBe(false);
    expect(escalationDue({ ...base, status: "OPEN", escalationLevel: 0 }, day(7))).toBe(true);
    expect(escalationDue({ ...base, status: "RESPONDED", escalationLevel: 0 }, day(8))).toBe(false);
    expect(escalationDue({ ...base, status: "RESPONDED", escalationLevel: 0 }, day(30))).toBe(true);
    expect(escalationDue({ ...base, status: "ESCALATED", escalationLevel: 1 }, day(29))).toBe(false);
    expect(escalationDue({ ...base, status: "ESCALATED", escalationLevel: 1 }, day(30))).toBe(true);
    expect(escalationDue({ ...base, status: "ESCALATED", escalationLevel: 2 }, day(300))).toBe(false);
    expect(escalationDue({ ...base, status: "RESOLVED", escalationLevel: 0 }, day(300))).toBe(false);
    expect(escalatedResolveBy(base.resolveBy, day(8), DEFAULT_POLICY)).toEqual(base.resolveBy);
    expect(escalatedResolveBy(base.resolveBy, day(30), DEFAULT_POLICY)).toEqual(day(45));
  });

  it("sends payment disputes to the MSE Facilitation Council, an office's first escalation to its head, the rest to the department", () => {
    const council = { mseFacilitationCouncilEmail: "msefc@example.gov.in" };
    expect(escalationTarget({ category: "DELAYED_PAYMENT", respondentKind: "OFFICE", escalationLevel: 0 }, council)).toBe("MSE_FACILITATION_COUNCIL");
    expect(escalationTarget({ category: "DELAYED_PAYMENT", respondentKind: "OFFICE", escalationLevel: 0 }, { mseFacilitationCouncilEmail: null })).toBe("OFFICE_HEAD");
    expect(escalationTarget({ category: "WRONGFUL_REJECTION", respondentKind: "OFFICE", escalationLevel: 1 }, council)).toBe("DEPARTMENT_ADMIN");
    expect(escalationTarget({ category: "QUALITY", respondentKind: "VENDOR", escalationLevel: 0 }, council)).toBe("DEPARTMENT_ADMIN");
  });
});
