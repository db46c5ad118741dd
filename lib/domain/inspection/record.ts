/**
 * What an inspector records (DOMAIN.md workflow steps 6 and 8), checked against the supply order
 * it is about. Pure: the service passes the facts it loaded.
 *
 * Form field names are the error paths, so each message lands next to its field:
 *   checks.<supplyOrderLineId>:<specKey>.observed / .ok   one per specification parameter
 *   quantities.<supplyOrderLineId>.accepted / .rejected    POST only
 *   result (PRE only), remarks
 *
 * Rules, so that the outcome follows from what was observed rather than from a free choice:
 * - every specification parameter of every item is checked (observed value, meets it yes/no);
 * - PRE: the inspector says PASS or FAIL, but PASS is refused while any check failed, and FAIL
 *   needs remarks the vendor can act on;
 * - POST: accepted + rejected must equal what was received and not yet inspected, line by line;
 *   a line with a failed check must have something rejected; the inspection passes exactly when
 *   nothing is rejected, and any rejection needs remarks.
 */
import { z } from "zod";

export type SpecParameter = { key: string; labelEn: string; labelHi: string; requirement: string };

/** An item's `specs` JSON, read defensively: malformed entries are skipped, not trusted. */
export function readSpecs(json: unknown): SpecParameter[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry) => {
    const parsed = z
      .object({ key: z.string().min(1), labelEn: z.string(), labelHi: z.string(), requirement: z.string() })
      .safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export type InspectionFacts = {
  kind: "PRE" | "POST";
  lines: { id: string; itemId: string; specs: SpecParameter[]; pendingQty: number }[];
};

export type InspectionForm = {
  result?: string;
  remarks?: string;
  checks?: Record<string, { observed?: string; ok?: string } | undefined>;
  quantities?: Record<string, { accepted?: string; rejected?: string } | undefined>;
};

export type ChecklistEntry = { supplyOrderLineId: string; itemId: string; key: string; requirement: string; observed: string; ok: boolean };

export type InspectionOutcome = {
  passed: boolean;
  checklist: ChecklistEntry[];
  /** POST only: per line, quantities decided now. */
  quantities: { supplyOrderLineId: string; accepted: number; rejected: number }[];
  remarks: string;
};

export type Evaluation = { ok: true; outcome: InspectionOutcome } | { ok: false; fieldErrors: Record<string, string[]> };

const MAX_OBSERVED_LENGTH = 200;
const MAX_REMARKS_LENGTH = 2000;

/** The lines an inspection covers: all of them before dispatch, after receipt those with goods to inspect. */
export function linesToInspect(facts: InspectionFacts) {
  return facts.kind === "PRE" ? facts.lines : facts.lines.filter((line) => line.pendingQty > 0);
}

const checkField = (lineId: string, key: string) => `checks.${lineId}:${key}`;
const quantityField = (lineId: string) => `quantities.${lineId}`;

function wholeNumber(value: string | undefined): number | null {
  const text = (value ?? "").trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

export function evaluateInspection(facts: InspectionFacts, form: InspectionForm): Evaluation {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, key: string) => (errors[field] ??= []).push(key);
  const remarks = (form.remarks ?? "").trim();
  if (remarks.length > MAX_REMARKS_LENGTH) fail("remarks", "errors.inspection.remarksLength");

  const checklist: ChecklistEntry[] = [];
  const failedLines = new Set<string>();
  const lines = linesToInspect(facts);
  for (const line of lines) {
    for (const spec of line.specs) {
      const field = checkField(line.id, spec.key);
      const given = form.checks?.[`${line.id}:${spec.key}`];
      const observed = (given?.observed ?? "").trim();
      if (observed === "") fail(`${field}.observed`, "errors.required");
      else if (observed.length > MAX_OBSERVED_LENGTH) fail(`${field}.observed`, "errors.inspection.observedLength");
      // An unanswered question is reported as not answered, never as "not met" (issue 15).
      if (given?.ok !== "yes" && given?.ok !== "no") fail(`${field}.ok`, "errors.inspection.checkNotAnswered");
      const ok = given?.ok === "yes";
      if (given?.ok === "no") failedLines.add(line.id);
      checklist.push({ supplyOrderLineId: line.id, itemId: line.itemId, key: spec.key, requirement: spec.requirement, observed, ok });
    }
  }

  const quantities: InspectionOutcome["quantities"] = [];
  let passed: boolean;
  if (facts.kind === "PRE") {
    if (form.result !== "PASS" && form.result !== "FAIL") fail("result", "errors.inspection.resultRequired");
    passed = form.result === "PASS";
    if (passed && failedLines.size > 0) fail("result", "errors.inspection.passWithFailedCheck");
    if (form.result === "FAIL" && remarks === "") fail("remarks", "errors.inspection.remarksRequired");
  } else {
    if (lines.length === 0) fail("_form", "errors.inspection.nothingToInspect");
    for (const line of lines) {
      const field = quantityField(line.id);
      const given = form.quantities?.[line.id];
      const accepted = wholeNumber(given?.accepted);
      const rejected = wholeNumber(given?.rejected);
      if (accepted === null) fail(`${field}.accepted`, given?.accepted?.trim() ? "errors.inspection.quantity" : "errors.required");
      if (rejected === null) fail(`${field}.rejected`, given?.rejected?.trim() ? "errors.inspection.quantity" : "errors.required");
      if (accepted === null || rejected === null) continue;
      if (accepted + rejected !== line.pendingQty) fail(`${field}.accepted`, "errors.inspection.quantitiesMustAddUp");
      else if (failedLines.has(line.id) && rejected === 0) fail(`${field}.rejected`, "errors.inspection.failedCheckNeedsRejection");
      quantities.push({ supplyOrderLineId: line.id, accepted, rejected });
    }
    passed = quantities.every((q) => q.rejected === 0);
    if (!passed && remarks === "") fail("remarks", "errors.inspection.remarksRequired");
  }

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, outcome: { passed, checklist, quantities, remarks } };
}
