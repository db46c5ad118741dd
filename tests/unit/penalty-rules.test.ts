import { describe, expect, it } from "vitest";
import {
  activePoints, addMonthsIst, barringPenalty, imposePenaltySchema, inForce, isBarred, penaltyEndsAt, penaltyStatus, revokePenaltySchema,
  suspensionProposed, type PenaltyPeriod,
} from "@/lib/domain/penalty/rules";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";

const at = (iso: string) => new Date(iso);
const p = (kind: PenaltyPeriod["kind"], startsAt: string, endsAt: string, extra: Partial<PenaltyPeriod> = {}): PenaltyPeriod => ({
  kind, points: kind === "POINTS" ? 3 : 0, startsAt: at(startsAt), endsAt: at(endsAt), revokedAt: null, ...extra,
});
const VENDOR = "0190a3c2-0000-7000-8000-000000000001";

describe("penalty status", () => {
  const penalty = p("SUSPENSION", "2027-01-01T00:00:00Z", "2027-07-01T00:00:00Z");
  it.each([
    ["2027-03-01T00:00:00Z", "ACTIVE"],
    ["2027-06-30T23:59:59Z", "ACTIVE"],
    ["2027-07-01T00:00:00Z", "EXPIRED"],
    ["2028-01-01T00:00:00Z", "EXPIRED"],
  ] as const)("at %s it is %s", (when, status) => {
    expect(penaltyStatus(penalty, at(when))).toBe(status);
  });

  it("is REVOKED from the moment of revocation, even after its end date", () => {
    const revoked = { ...penalty, revokedAt: at("2027-02-01T00:00:00Z") };
    expect(penaltyStatus(revoked, at("2027-01-15T00:00:00Z"))).toBe("ACTIVE");
    expect(penaltyStatus(revoked, at("2027-02-01T00:00:00Z"))).toBe("REVOKED");
    expect(penaltyStatus(revoked, at("2028-01-01T00:00:00Z"))).toBe("REVOKED");
  });

  it("is not in force before it starts", () => {
    expect(inForce(penalty, at("2026-12-31T23:59:59Z"))).toBe(false);
    expect(inForce(penalty, at("2027-01-01T00:00:00Z"))).toBe(true);
  });
});

describe("points in force", () => {
  const history = [
    p("POINTS", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", { points: 4 }),
    p("POINTS", "2026-06-01T00:00:00Z", "2027-06-01T00:00:00Z", { points: 5 }),
    p("POINTS", "2026-07-01T00:00:00Z", "2027-07-01T00:00:00Z", { points: 2, revokedAt: at("2026-08-01T00:00:00Z") }),
    p("WARNING", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"),
    p("SUSPENSION", "2026-02-01T00:00:00Z", "2026-08-01T00:00:00Z"),
  ];
  it.each([
    ["2025-12-31T00:00:00Z", 0],
    ["2026-06-15T00:00:00Z", 9],
    ["2026-07-15T00:00:00Z", 11], // the later-revoked 2 still counted before revocation
    ["2026-09-01T00:00:00Z", 9],
    ["2027-01-01T00:00:00Z", 5], // the first 4 expired
    ["2027-06-01T00:00:00Z", 0],
  ] as const)("at %s: %i", (when, points) => {
    expect(activePoints(history, at(when))).toBe(points);
  });

  it("proposes a suspension at the policy's threshold, never below", () => {
    expect(suspensionProposed(9, { penaltyPointsThreshold: 10 })).toBe(false);
    expect(suspensionProposed(10, { penaltyPointsThreshold: 10 })).toBe(true);
    expect(suspensionProposed(25, { penaltyPointsThreshold: 10 })).toBe(true);
  });
});

describe("barred from new allocations", () => {
  const suspension = p("SUSPENSION", "2027-01-01T00:00:00Z", "2027-04-01T00:00:00Z");
  const debarment = p("DEBARMENT", "2027-02-01T00:00:00Z", "2030-02-01T00:00:00Z");
  it.each([
    [[suspension], "2026-12-31T00:00:00Z", null],
    [[suspension], "2027-02-01T00:00:00Z", "SUSPENSION"],
    [[suspension], "2027-04-01T00:00:00Z", null],
    [[suspension, debarment], "2027-03-01T00:00:00Z", "DEBARMENT"],
    [[suspension, debarment], "2029-01-01T00:00:00Z", "DEBARMENT"],
    [[{ ...suspension, revokedAt: at("2027-01-10T00:00:00Z") }], "2027-02-01T00:00:00Z", null],
    [[p("POINTS", "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z", { points: 50 }), p("WARNING", "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z")], "2027-02-01T00:00:00Z", null],
  ] as const)("%#: at %s barred by %s", (history, when, kind) => {
    expect(barringPenalty(history, at(when))?.kind ?? null).toBe(kind);
    expect(isBarred(history, at(when))).toBe(kind !== null);
  });

  it("of two suspensions names the one ending last", () => {
    const longer = p("SUSPENSION", "2027-01-15T00:00:00Z", "2027-09-01T00:00:00Z");
    expect(barringPenalty([suspension, longer], at("2027-02-01T00:00:00Z"))).toBe(longer);
  });
});

describe("periods from the policy", () => {
  const decided = at("2027-01-31T06:30:00Z"); // 12:00 IST, 31 January
  it("adds calendar months on India's calendar, clamping to the month's last day", () => {
    expect(addMonthsIst(decided, 1).toISOString()).toBe("2027-02-28T06:30:00.000Z");
    expect(addMonthsIst(at("2028-01-31T06:30:00Z"), 1).toISOString()).toBe("2028-02-29T06:30:00.000Z");
    expect(addMonthsIst(decided, 12).toISOString()).toBe("2028-01-31T06:30:00.000Z");
    // 23:00 IST on 31 March is still 31 March in India: one month later is 30 April, 23:00 IST.
    expect(addMonthsIst(at("2027-03-31T17:30:00Z"), 1).toISOString()).toBe("2027-04-30T17:30:00.000Z");
  });

  it.each([
    ["WARNING", null, "2028-01-31T06:30:00.000Z"],
    ["POINTS", null, "2028-01-31T06:30:00.000Z"],
    ["SUSPENSION", null, "2027-07-31T06:30:00.000Z"],
    ["SUSPENSION", 3, "2027-04-30T06:30:00.000Z"],
    ["DEBARMENT", null, "2030-01-31T06:30:00.000Z"],
  ] as const)("%s (%s months) ends %s under the default policy", (kind, months, endsAt) => {
    expect(penaltyEndsAt(kind, decided, DEFAULT_POLICY, months).toISOString()).toBe(endsAt);
  });
});

describe("the admin's decision", () => {
  const base = { vendorId: VENDOR, reason: "Forged inspection certificate on SO/2026-27/0001" };
  it("reads a form: points for POINTS only, months for SUSPENSION only, the count the admin saw", () => {
    expect(imposePenaltySchema.parse({ ...base, kind: "POINTS", points: "5", months: "4", seenPenalties: "2" })).toMatchObject({ kind: "POINTS", points: 5, months: null, seenPenalties: 2 });
    expect(imposePenaltySchema.parse({ ...base, kind: "SUSPENSION", points: "5", months: "" })).toMatchObject({ points: 0, months: null, seenPenalties: null, incidentId: null });
    expect(imposePenaltySchema.parse({ ...base, kind: "SUSPENSION", months: 3, incidentId: "INC-7" })).toMatchObject({ months: 3, incidentId: "INC-7" });
  });

  it.each([
    [{ kind: "POINTS", points: "" }, "points", "errors.penalty.points"],
    [{ kind: "POINTS", points: "0" }, "points", "errors.penalty.points"],
    [{ kind: "POINTS", points: "101" }, "points", "errors.penalty.points"],
    [{ kind: "SUSPENSION", months: "61" }, "months", "errors.penalty.months"],
    [{ kind: "SUSPENSION", months: "-1" }, "months", "errors.penalty.months"],
    [{ kind: "FINE" }, "kind", "errors.penalty.kind"],
    [{ kind: "WARNING", reason: "   " }, "reason", "errors.penalty.reasonRequired"],
    [{ kind: "WARNING", reason: "x".repeat(1001) }, "reason", "errors.penalty.reasonLength"],
  ] as const)("refuses %o on %s", (change, path, message) => {
    const result = imposePenaltySchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toContainEqual(expect.objectContaining({ path: [path], message }));
  });

  it("needs the reason to revoke", () => {
    expect(revokePenaltySchema.safeParse({ penaltyId: VENDOR, reason: "" }).error!.issues[0].message).toBe("errors.penalty.revokeReasonRequired");
    expect(revokePenaltySchema.parse({ penaltyId: VENDOR, reason: " Appeal upheld " }).reason).toBe("Appeal upheld");
  });
});
