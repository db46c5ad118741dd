/**
 * The admin's "new policy version" form: what a person types (rupees, percentages, whole days)
 * parsed into a Policy in paise and basis points. Errors are message keys under `errors.policy.*`
 * (or `errors.required`), reported on the field that holds the problem. Pure.
 */
import { z } from "zod";
import { istDayNumber, MSE_MAX_PAYMENT_DAYS } from "@/lib/domain/bill/rules";
import { paiseToRupeesString, rupeesToPaise } from "@/lib/domain/money";
import type { Policy } from "@/lib/domain/policy/policy";

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;

// Up to two decimals, as a percentage is printed; an optional trailing "%" is what people type.
const PERCENT_PATTERN = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "0.5" → 50, "15" → 1500, "5.75 %" → 575; null for anything else or above 100 %. */
export function percentToBp(input: string): number | null {
  const match = PERCENT_PATTERN.exec(input.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bp <= 10_000 ? bp : null;
}

/** 50 → "0.5", 1500 → "15", 575 → "5.75": the shortest text percentToBp reads back. */
export function bpToPercentString(bp: number): string {
  const fraction = String(bp % 100).padStart(2, "0").replace(/0+$/, "");
  return fraction ? `${Math.floor(bp / 100)}.${fraction}` : String(Math.floor(bp / 100));
}

function wholeNumberIn(min: number, max: number) {
  return (input: string): number | null => {
    if (!/^\d{1,6}$/.test(input)) return null;
    const value = Number(input);
    return value >= min && value <= max ? value : null;
  };
}

/** The IST calendar day (days since 1970-01-01) of an HTML date input's "YYYY-MM-DD"; null if not a real date. */
function parseDay(input: string): number | null {
  const match = DATE_PATTERN.exec(input);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return time / DAY_MS;
}

// A text field parsed by `parse`; empty is "required", unparsable is `messageKey`.
function field<T>(parse: (value: string) => T | null, messageKey: string) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .transform((value, ctx) => {
      const result = value === "" ? null : parse(value);
      if (result === null) {
        ctx.issues.push({ code: "custom", message: value === "" ? "errors.required" : messageKey, input: value });
        return z.NEVER;
      }
      return result;
    });
}

const amount = () => field(rupeesToPaise, "errors.policy.amount");
const percent = () => field(percentToBp, "errors.policy.percent");

/** The form's field names; every value is the text the admin typed. */
export interface PolicyFormValues {
  directPurchaseLimit: string;
  preferenceBand: string;
  acceptanceSlaDays: string;
  slaReminderHours: string;
  preInspectionThreshold: string;
  maxReinspections: string;
  postInspectionDays: string;
  ldRatePerWeek: string;
  ldCap: string;
  paymentDueDays: string;
  bankRate: string;
  gstTdsThreshold: string;
  gstTdsRate: string;
  targetMse: string;
  targetScSt: string;
  targetWomen: string;
  riskSplitWindowDays: string;
  riskPriceOutlier: string;
  riskConcentration: string;
  riskRejectionCount: string;
  riskLatePayment: string;
  penaltyPointsExpiryMonths: string;
  penaltyPointsThreshold: string;
  suspensionDefaultMonths: string;
  debarmentYears: string;
  incidentRespondDays: string;
  incidentResolveDays: string;
  incidentEscalatedDays: string;
  /** Optional: empty means payment disputes escalate to the department. */
  mseFacilitationCouncilEmail: string;
  /** "YYYY-MM-DD", an India calendar day. */
  effectiveFrom: string;
}

export type PolicyInput = Policy & { effectiveFrom: Date };

/**
 * The schema for the form, given the current time (the effective date may not be in the past).
 *
 * `effectiveFrom` becomes the start of that day in India (00:00 IST), or `now` itself when the
 * admin picks today, so a new version never claims to have governed anything already done.
 * Cross-field check: the SLA reminder must fall inside the acceptance window (hours < days × 24).
 */
export function policyInputSchema(now: Date) {
  const today = istDayNumber(now);
  return z
    .object({
      directPurchaseLimit: amount(),
      preferenceBand: percent(),
      acceptanceSlaDays: field(wholeNumberIn(1, 30), "errors.policy.acceptanceSlaDays"),
      slaReminderHours: field(wholeNumberIn(1, 720), "errors.policy.slaReminderHours"),
      preInspectionThreshold: amount(),
      maxReinspections: field(wholeNumberIn(0, 10), "errors.policy.maxReinspections"),
      postInspectionDays: field(wholeNumberIn(1, 30), "errors.policy.postInspectionDays"),
      ldRatePerWeek: percent(),
      ldCap: percent(),
      paymentDueDays: field(wholeNumberIn(1, MSE_MAX_PAYMENT_DAYS), "errors.policy.paymentDueDays"),
      bankRate: percent(),
      gstTdsThreshold: amount(),
      gstTdsRate: percent(),
      targetMse: percent(),
      targetScSt: percent(),
      targetWomen: percent(),
      riskSplitWindowDays: field(wholeNumberIn(1, 365), "errors.policy.riskSplitWindowDays"),
      riskPriceOutlier: percent(),
      riskConcentration: percent(),
      riskRejectionCount: field(wholeNumberIn(1, 100), "errors.policy.riskRejectionCount"),
      riskLatePayment: percent(),
      penaltyPointsExpiryMonths: field(wholeNumberIn(1, 120), "errors.policy.penaltyMonths"),
      penaltyPointsThreshold: field(wholeNumberIn(1, 1000), "errors.policy.penaltyPointsThreshold"),
      suspensionDefaultMonths: field(wholeNumberIn(1, 60), "errors.policy.suspensionDefaultMonths"),
      debarmentYears: field(wholeNumberIn(1, 10), "errors.policy.debarmentYears"),
      incidentRespondDays: field(wholeNumberIn(1, 90), "errors.policy.incidentDays"),
      incidentResolveDays: field(wholeNumberIn(1, 365), "errors.policy.incidentDays"),
      incidentEscalatedDays: field(wholeNumberIn(1, 365), "errors.policy.incidentDays"),
      mseFacilitationCouncilEmail: z.string().trim().max(200, { error: "errors.policy.mseFacilitationCouncilEmail" })
        .refine((v) => v === "" || z.email().safeParse(v).success, { error: "errors.policy.mseFacilitationCouncilEmail" })
        .optional().default(""),
      effectiveFrom: field(parseDay, "errors.policy.effectiveFromFormat").refine((day) => day >= today, {
        error: "errors.policy.effectiveFromPast",
      }),
    })
    .transform((form, ctx): PolicyInput => {
      // Cross-field, so it runs only once every field has parsed.
      if (form.slaReminderHours >= form.acceptanceSlaDays * 24) {
        ctx.issues.push({ code: "custom", message: "errors.policy.slaReminderHours", path: ["slaReminderHours"], input: form });
        return z.NEVER;
      }
      if (form.incidentRespondDays > form.incidentResolveDays) {
        ctx.issues.push({ code: "custom", message: "errors.policy.incidentRespondAfterResolve", path: ["incidentRespondDays"], input: form });
        return z.NEVER;
      }
      return {
        directPurchaseLimitPaise: form.directPurchaseLimit,
        preferenceBandBp: form.preferenceBand,
        acceptanceSlaDays: form.acceptanceSlaDays,
        slaReminderHours: form.slaReminderHours,
        preInspectionThresholdPaise: form.preInspectionThreshold,
        maxReinspections: form.maxReinspections,
        postInspectionDays: form.postInspectionDays,
        ldRateBpPerWeek: form.ldRatePerWeek,
        ldCapBp: form.ldCap,
        paymentDueDays: form.paymentDueDays,
        bankRateBp: form.bankRate,
        gstTdsThresholdPaise: form.gstTdsThreshold,
        gstTdsRateBp: form.gstTdsRate,
        targetMseBp: form.targetMse,
        targetScStBp: form.targetScSt,
        targetWomenBp: form.targetWomen,
        riskSplitWindowDays: form.riskSplitWindowDays,
        riskPriceOutlierBp: form.riskPriceOutlier,
        riskConcentrationBp: form.riskConcentration,
        riskRejectionCount: form.riskRejectionCount,
        riskLatePaymentBp: form.riskLatePayment,
        penaltyPointsExpiryMonths: form.penaltyPointsExpiryMonths,
        penaltyPointsThreshold: form.penaltyPointsThreshold,
        suspensionDefaultMonths: form.suspensionDefaultMonths,
        debarmentYears: form.debarmentYears,
        incidentRespondDays: form.incidentRespondDays,
        incidentResolveDays: form.incidentResolveDays,
        incidentEscalatedDays: form.incidentEscalatedDays,
        mseFacilitationCouncilEmail: form.mseFacilitationCouncilEmail || null,
        effectiveFrom:
          form.effectiveFrom === today ? now : new Date(form.effectiveFrom * DAY_MS - IST_OFFSET_MS),
      };
    });
}

/**
 * The form prefilled from a version (normally the one in force): the admin edits what changes.
 * Every value reads back through the schema to the same setting. The date is left for the admin.
 */
export function policyToFormValues(policy: Policy): Omit<PolicyFormValues, "effectiveFrom"> {
  return {
    directPurchaseLimit: paiseToRupeesString(policy.directPurchaseLimitPaise),
    preferenceBand: bpToPercentString(policy.preferenceBandBp),
    acceptanceSlaDays: String(policy.acceptanceSlaDays),
    slaReminderHours: String(policy.slaReminderHours),
    preInspectionThreshold: paiseToRupeesString(policy.preInspectionThresholdPaise),
    maxReinspections: String(policy.maxReinspections),
    postInspectionDays: String(policy.postInspectionDays),
    ldRatePerWeek: bpToPercentString(policy.ldRateBpPerWeek),
    ldCap: bpToPercentString(policy.ldCapBp),
    paymentDueDays: String(policy.paymentDueDays),
    bankRate: bpToPercentString(policy.bankRateBp),
    gstTdsThreshold: paiseToRupeesString(policy.gstTdsThresholdPaise),
    gstTdsRate: bpToPercentString(policy.gstTdsRateBp),
    targetMse: bpToPercentString(policy.targetMseBp),
    targetScSt: bpToPercentString(policy.targetScStBp),
    targetWomen: bpToPercentString(policy.targetWomenBp),
    riskSplitWindowDays: String(policy.riskSplitWindowDays),
    riskPriceOutlier: bpToPercentString(policy.riskPriceOutlierBp),
    riskConcentration: bpToPercentString(policy.riskConcentrationBp),
    riskRejectionCount: String(policy.riskRejectionCount),
    riskLatePayment: bpToPercentString(policy.riskLatePaymentBp),
    penaltyPointsExpiryMonths: String(policy.penaltyPointsExpiryMonths),
    penaltyPointsThreshold: String(policy.penaltyPointsThreshold),
    suspensionDefaultMonths: String(policy.suspensionDefaultMonths),
    debarmentYears: String(policy.debarmentYears),
    incidentRespondDays: String(policy.incidentRespondDays),
    incidentResolveDays: String(policy.incidentResolveDays),
    incidentEscalatedDays: String(policy.incidentEscalatedDays),
    mseFacilitationCouncilEmail: policy.mseFacilitationCouncilEmail ?? "",
  };
}
