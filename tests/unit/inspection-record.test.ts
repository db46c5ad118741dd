import { describe, expect, it } from "vitest";
import { evaluateInspection, readSpecs, type InspectionFacts } from "@/lib/domain/inspection/record";

const specs = [
  { key: "thickness_mm", labelEn: "Thickness (mm)", labelHi: "मोटाई (मिमी)", requirement: "0.8" },
  { key: "finish", labelEn: "Finish", labelHi: "फ़िनिश", requirement: "Powder coated" },
];
const pre: InspectionFacts = { kind: "PRE", lines: [{ id: "L1", itemId: "I1", specs, pendingQty: 0 }] };
const post = (pendingQty: number, pending2 = 0): InspectionFacts => ({
  kind: "POST",
  lines: [
    { id: "L1", itemId: "I1", specs, pendingQty },
    { id: "L2", itemId: "I2", specs: [], pendingQty: pending2 },
  ],
});
const checks = (thickness: "yes" | "no", finish: "yes" | "no" = "yes") => ({
  "L1:thickness_mm": { observed: thickness === "yes" ? "0.8" : "0.6", ok: thickness },
  "L1:finish": { observed: "Powder coated", ok: finish },
});

describe("evaluateInspection: pre-dispatch", () => {
  it("passes when every check is met and the inspector says PASS", () => {
    const result = evaluateInspection(pre, { result: "PASS", checks: checks("yes") });
    expect(result).toEqual({
      ok: true,
      outcome: {
        passed: true, remarks: "", quantities: [],
        checklist: [
          { supplyOrderLineId: "L1", itemId: "I1", key: "thickness_mm", requirement: "0.8", observed: "0.8", ok: true },
          { supplyOrderLineId: "L1", itemId: "I1", key: "finish", requirement: "Powder coated", observed: "Powder coated", ok: true },
        ],
      },
    });
  });

  it.each([
    ["no result", { checks: checks("yes") }, { result: ["errors.inspection.resultRequired"] }],
    ["PASS with a failed check", { result: "PASS", checks: checks("no") }, { result: ["errors.inspection.passWithFailedCheck"] }],
    ["FAIL without remarks", { result: "FAIL", checks: checks("no") }, { remarks: ["errors.inspection.remarksRequired"] }],
    [
      "a check left blank",
      { result: "PASS", checks: { "L1:thickness_mm": { observed: " ", ok: "maybe" } } },
      {
        // Unanswered is "not answered", not "marked as not met" (issue 15).
        "checks.L1:thickness_mm.observed": ["errors.required"], "checks.L1:thickness_mm.ok": ["errors.inspection.checkNotAnswered"],
        "checks.L1:finish.observed": ["errors.required"], "checks.L1:finish.ok": ["errors.inspection.checkNotAnswered"],
      },
    ],
  ])("refuses %s", (_name, form, fieldErrors) => {
    expect(evaluateInspection(pre, form)).toEqual({ ok: false, fieldErrors });
  });

  it("FAIL with remarks is a failure even if every check was met (e.g. goods not ready)", () => {
    const result = evaluateInspection(pre, { result: "FAIL", remarks: "Goods not ready for inspection", checks: checks("yes") });
    expect(result.ok && result.outcome.passed).toBe(false);
  });
});

describe("evaluateInspection: post-dispatch", () => {
  const qty = (accepted: string, rejected: string) => ({ L1: { accepted, rejected } });

  it("inspects only lines with goods waiting, and passes exactly when nothing is rejected", () => {
    const all = evaluateInspection(post(10), { checks: checks("yes"), quantities: qty("10", "0") });
    expect(all.ok && all.outcome).toMatchObject({ passed: true, quantities: [{ supplyOrderLineId: "L1", accepted: 10, rejected: 0 }] });
    const some = evaluateInspection(post(10), { checks: checks("no"), quantities: qty("7", "3"), remarks: "3 dented" });
    expect(some.ok && some.outcome).toMatchObject({ passed: false, quantities: [{ accepted: 7, rejected: 3 }] });
  });

  it.each([
    ["quantities that do not add up", post(10), { checks: checks("yes"), quantities: qty("9", "0") }, { "quantities.L1.accepted": ["errors.inspection.quantitiesMustAddUp"] }],
    ["a failed check with nothing rejected", post(10), { checks: checks("yes", "no"), quantities: qty("10", "0") }, { "quantities.L1.rejected": ["errors.inspection.failedCheckNeedsRejection"] }],
    ["a rejection without remarks", post(10), { checks: checks("no"), quantities: qty("8", "2") }, { remarks: ["errors.inspection.remarksRequired"] }],
    ["non-numbers", post(10), { checks: checks("yes"), quantities: qty("ten", "-1") }, { "quantities.L1.accepted": ["errors.inspection.quantity"], "quantities.L1.rejected": ["errors.inspection.quantity"] }],
    ["missing quantities", post(0, 5), {}, { "quantities.L2.accepted": ["errors.required"], "quantities.L2.rejected": ["errors.required"] }],
    ["nothing waiting", post(0), {}, { _form: ["errors.inspection.nothingToInspect"] }],
  ])("refuses %s", (_name, facts, form, fieldErrors) => {
    expect(evaluateInspection(facts, form)).toEqual({ ok: false, fieldErrors });
  });
});

describe("readSpecs", () => {
  it("keeps well-formed parameters and skips the rest", () => {
    expect(readSpecs([specs[0], { key: "" }, "x", null, { ...specs[1], extra: 1 }])).toEqual([specs[0], specs[1]]);
    expect(readSpecs({})).toEqual([]);
  });
});
