import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PolicyVersion } from "@/lib/generated/prisma/client";
import { computeBill } from "@/lib/domain/bill/rules";
import { DEFAULT_POLICY, billPolicy, policyInForce, type Policy } from "@/lib/domain/policy/policy";
import {
  bpToPercentString,
  percentToBp,
  policyInputSchema,
  policyToFormValues,
  type PolicyFormValues,
} from "@/lib/domain/policy/input";

// A PolicyVersion row is a Policy: services pass the row straight to the domain functions.
const row = { ...DEFAULT_POLICY, id: "v1", version: 1, effectiveFrom: new Date(0), createdById: null, createdAt: new Date(0) };
const asPolicy: Policy = row satisfies PolicyVersion;

describe("DEFAULT_POLICY (DOMAIN.md seed defaults)", () => {
  it("holds the documented values in paise and basis points", () => {
    expect(asPolicy).toMatchObject({
      directPurchaseLimitPaise: 5_000_000n,
      preferenceBandBp: 1500,
      acceptanceSlaDays: 3,
      slaReminderHours: 24,
      preInspectionThresholdPaise: 10_000_000n,
      maxReinspections: 2,
      postInspectionDays: 10,
      ldRateBpPerWeek: 50,
      ldCapBp: 1000,
      paymentDueDays: 10,
      bankRateBp: 575,
      gstTdsThresholdPaise: 25_000_000n,
      gstTdsRateBp: 200,
      targetMseBp: 2500,
      targetScStBp: 400,
      targetWomenBp: 300,
      penaltyPointsExpiryMonths: 12,
      penaltyPointsThreshold: 10,
      suspensionDefaultMonths: 6,
      debarmentYears: 3,
    });
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });

  it("feeds computeBill through billPolicy", () => {
    expect(billPolicy(DEFAULT_POLICY)).toEqual({
      ldRateBpPerWeek: 50,
      ldCapBp: 1000,
      tdsThresholdPaise: 25_000_000n,
      tdsRateBp: 200,
      paymentDueDays: 10,
    });
    const bill = computeBill({
      lines: [{ acceptedQuantity: 300, unitPricePaise: 100_000n, gstRateBp: 1800 }], // ₹3,00,000 taxable: above the TDS threshold
      intraState: true,
      contractTaxableValuePaise: 30_000_000n,
      policy: billPolicy(DEFAULT_POLICY),
    });
    expect(bill.tdsCgst + bill.tdsSgst).toBe(600_000n);
  });
});

describe("policyInForce", () => {
  const v = (version: number, effectiveFrom: string) => ({ version, effectiveFrom: new Date(effectiveFrom) });
  const versions = [v(3, "2026-06-01T00:00:00Z"), v(1, "2026-01-01T00:00:00Z"), v(2, "2026-04-01T00:00:00Z")];

  it.each([
    ["before any version", "2025-12-31T23:59:59Z", null],
    ["the instant v1 starts", "2026-01-01T00:00:00Z", 1],
    ["between v1 and v2", "2026-03-31T23:59:59Z", 1],
    ["the instant v2 starts", "2026-04-01T00:00:00Z", 2],
    ["after v3 starts", "2027-01-01T00:00:00Z", 3],
  ])("%s → v%s", (_case, at, expected) => {
    expect(policyInForce(versions, new Date(at))?.version ?? null).toBe(expected);
  });

  it("prefers the higher version when two start at the same moment", () => {
    expect(policyInForce([v(5, "2026-01-01T00:00:00Z"), v(4, "2026-01-01T00:00:00Z")], new Date("2026-02-01"))?.version).toBe(5);
  });

  it("returns the caller's own object (the row, with its id)", () => {
    const rows = [{ id: "a", ...v(1, "2026-01-01T00:00:00Z") }];
    expect(policyInForce(rows, new Date("2026-02-01"))).toBe(rows[0]);
    expect(policyInForce([], new Date())).toBeNull();
  });

  it("does not depend on the order of the versions", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(versions, { minLength: 0 }), fc.date({ min: new Date("2025-06-01"), max: new Date("2027-06-01"), noInvalidDate: true }), (subset, at) => {
        const reversed = [...subset].reverse();
        expect(policyInForce(subset, at)).toBe(policyInForce(reversed, at));
      }),
    );
  });
});

describe("percent text ↔ basis points", () => {
  it.each([
    ["0", 0],
    ["0.5", 50],
    ["15", 1500],
    ["5.75", 575],
    ["5.75 %", 575],
    ["2%", 200],
    ["100", 10_000],
    ["100.00", 10_000],
    [" 12.3 ", 1230],
  ])("%j → %i bp", (text, bp) => {
    expect(percentToBp(text)).toBe(bp);
  });

  it.each(["", "-1", "100.01", "101", "0.125", ".5", "5.", "1e2", "abc", "1,5", "1000"])("%j is refused", (text) => {
    expect(percentToBp(text)).toBeNull();
  });

  it.each([
    [0, "0"],
    [50, "0.5"],
    [1500, "15"],
    [575, "5.75"],
    [1205, "12.05"],
    [10_000, "100"],
  ])("%i bp → %j", (bp, text) => {
    expect(bpToPercentString(bp)).toBe(text);
  });

  it("round-trips every rate from 0 to 100 %", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => percentToBp(bpToPercentString(bp)) === bp));
  });
});

describe("policyInputSchema", () => {
  const now = new Date("2026-03-10T06:00:00Z"); // 11:30 IST, 10 March
  const schema = policyInputSchema(now);
  const valid: PolicyFormValues = { ...policyToFormValues(DEFAULT_POLICY), effectiveFrom: "2026-04-01" };

  const errorsOf = (input: Record<string, unknown>) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(new Set(paths).size).toBe(paths.length); // one message per field
    return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("reads the prefilled form back to the same policy", () => {
    const parsed = schema.parse(valid);
    expect(parsed).toEqual({ ...DEFAULT_POLICY, effectiveFrom: new Date("2026-03-31T18:30:00Z") });
  });

  it("converts rupees to paise and percentages to basis points", () => {
    const parsed = schema.parse({
      ...valid,
      directPurchaseLimit: "₹ 75,000.50",
      preInspectionThreshold: "200000",
      gstTdsThreshold: "2,50,000",
      preferenceBand: "20",
      ldRatePerWeek: "0.5",
      ldCap: "10 %",
      bankRate: "6.5",
    });
    expect(parsed).toMatchObject({
      directPurchaseLimitPaise: 7_500_050n,
      preInspectionThresholdPaise: 20_000_000n,
      gstTdsThresholdPaise: 25_000_000n,
      preferenceBandBp: 2000,
      ldRateBpPerWeek: 50,
      ldCapBp: 1000,
      bankRateBp: 650,
    });
  });

  it.each([
    ["today (IST) takes effect now", "2026-03-10", now],
    ["tomorrow starts at 00:00 IST", "2026-03-11", new Date("2026-03-10T18:30:00Z")],
  ])("effective date: %s", (_case, effectiveFrom, expected) => {
    expect(schema.parse({ ...valid, effectiveFrom }).effectiveFrom).toEqual(expected);
  });

  it("judges 'the past' by India's calendar, not UTC", () => {
    // 23:00 IST on 10 March is still 10 March in UTC terms only until 18:30 UTC.
    const lateEvening = policyInputSchema(new Date("2026-03-10T17:30:00Z"));
    expect(lateEvening.safeParse({ ...valid, effectiveFrom: "2026-03-10" }).success).toBe(true);
    const pastMidnightIst = policyInputSchema(new Date("2026-03-10T18:30:00Z")); // 00:00 IST 11 March
    expect(pastMidnightIst.safeParse({ ...valid, effectiveFrom: "2026-03-10" }).success).toBe(false);
  });

  it.each([
    ["effectiveFrom", "2026-03-09", "errors.policy.effectiveFromPast"],
    ["effectiveFrom", "2026-02-30", "errors.policy.effectiveFromFormat"],
    ["effectiveFrom", "10/03/2026", "errors.policy.effectiveFromFormat"],
    ["effectiveFrom", "", "errors.required"],
    ["directPurchaseLimit", "fifty thousand", "errors.policy.amount"],
    ["directPurchaseLimit", "-5", "errors.policy.amount"],
    ["directPurchaseLimit", "   ", "errors.required"],
    ["preInspectionThreshold", "1,000,000", "errors.policy.amount"],
    ["gstTdsThreshold", "2.505", "errors.policy.amount"],
    ["preferenceBand", "101", "errors.policy.percent"],
    ["ldRatePerWeek", "0.125", "errors.policy.percent"],
    ["bankRate", "-1", "errors.policy.percent"],
    ["targetWomen", "x", "errors.policy.percent"],
    ["paymentDueDays", "0", "errors.policy.paymentDueDays"],
    ["paymentDueDays", "46", "errors.policy.paymentDueDays"],
    ["paymentDueDays", "10.5", "errors.policy.paymentDueDays"],
    ["acceptanceSlaDays", "0", "errors.policy.acceptanceSlaDays"],
    ["acceptanceSlaDays", "31", "errors.policy.acceptanceSlaDays"],
    ["slaReminderHours", "0", "errors.policy.slaReminderHours"],
    ["slaReminderHours", "72", "errors.policy.slaReminderHours"], // not inside a 3-day window
    ["maxReinspections", "11", "errors.policy.maxReinspections"],
    ["postInspectionDays", "0", "errors.policy.postInspectionDays"],
  ])("%s = %j → %s", (fieldName, value, messageKey) => {
    expect(errorsOf({ ...valid, [fieldName]: value })).toEqual({ [fieldName]: messageKey });
  });

  it.each([
    ["paymentDueDays", "45", { paymentDueDays: 45 }],
    ["paymentDueDays", "1", { paymentDueDays: 1 }],
    ["slaReminderHours", "71", { slaReminderHours: 71 }],
    ["maxReinspections", "0", { maxReinspections: 0 }],
    ["directPurchaseLimit", "0", { directPurchaseLimitPaise: 0n }],
  ])("boundary %s = %j is accepted", (fieldName, value, expected) => {
    expect(schema.parse({ ...valid, [fieldName]: value })).toMatchObject(expected);
  });

  it("reports every missing field as required, on its own name (the council's e-mail is optional)", () => {
    const errors = errorsOf({});
    expect(Object.keys(errors).sort()).toEqual(Object.keys(valid).filter((k) => k !== "mseFacilitationCouncilEmail").sort());
    expect(new Set(Object.values(errors))).toEqual(new Set(["errors.required"]));
  });

  it("reports every field's problem at once; the cross-field check waits until the fields parse", () => {
    const errors = errorsOf({
      ...valid,
      ldCap: "200",
      paymentDueDays: "90",
      effectiveFrom: "2020-01-01",
      slaReminderHours: "500",
    });
    expect(errors).toEqual({
      ldCap: "errors.policy.percent",
      paymentDueDays: "errors.policy.paymentDueDays",
      effectiveFrom: "errors.policy.effectiveFromPast",
    });
  });
});

describe("incident settings", () => {
  it("reads the days and the optional MSE Facilitation Council e-mail; respond may not exceed decide", () => {
    const base = { ...policyToFormValues(DEFAULT_POLICY), effectiveFrom: "2099-01-01" };
    const parsed = policyInputSchema(new Date("2026-12-01T00:00:00Z")).safeParse({ ...base, mseFacilitationCouncilEmail: "" });
    expect(parsed.success && parsed.data).toMatchObject({ incidentRespondDays: 7, incidentResolveDays: 30, incidentEscalatedDays: 15, mseFacilitationCouncilEmail: null });
    const bad = policyInputSchema(new Date("2026-12-01T00:00:00Z")).safeParse({ ...base, mseFacilitationCouncilEmail: "not an address", incidentRespondDays: "0" });
    expect(bad.success).toBe(false);
    const late = policyInputSchema(new Date("2026-12-01T00:00:00Z")).safeParse({ ...base, incidentRespondDays: "40", incidentResolveDays: "30" });
    expect(late.success ? null : late.error.issues.map((i) => i.message)).toEqual(["errors.policy.incidentRespondAfterResolve"]);
  });
});
