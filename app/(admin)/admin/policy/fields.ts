import type { PolicyFormValues } from "@/lib/domain/policy/input";

/** The policy form's fields in the groups an administrator thinks in, each with its unit. */
export const POLICY_GROUPS: { key: string; fields: { name: Exclude<keyof PolicyFormValues, "effectiveFrom">; unit: "rupees" | "percent" | "days" | "hours" | "months" | "years" | "count" | "email" }[] }[] = [
  { key: "purchase", fields: [{ name: "directPurchaseLimit", unit: "rupees" }, { name: "preferenceBand", unit: "percent" }] },
  { key: "acceptance", fields: [{ name: "acceptanceSlaDays", unit: "days" }, { name: "slaReminderHours", unit: "hours" }] },
  {
    key: "inspection",
    fields: [{ name: "preInspectionThreshold", unit: "rupees" }, { name: "maxReinspections", unit: "count" }, { name: "postInspectionDays", unit: "days" }],
  },
  {
    key: "bills",
    fields: [
      { name: "ldRatePerWeek", unit: "percent" }, { name: "ldCap", unit: "percent" }, { name: "paymentDueDays", unit: "days" },
      { name: "bankRate", unit: "percent" }, { name: "gstTdsThreshold", unit: "rupees" }, { name: "gstTdsRate", unit: "percent" },
    ],
  },
  { key: "targets", fields: [{ name: "targetMse", unit: "percent" }, { name: "targetScSt", unit: "percent" }, { name: "targetWomen", unit: "percent" }] },
  {
    key: "risk",
    fields: [
      { name: "riskSplitWindowDays", unit: "days" }, { name: "riskPriceOutlier", unit: "percent" }, { name: "riskConcentration", unit: "percent" },
      { name: "riskRejectionCount", unit: "count" }, { name: "riskLatePayment", unit: "percent" },
    ],
  },
  {
    key: "penalties",
    fields: [
      { name: "penaltyPointsExpiryMonths", unit: "months" }, { name: "penaltyPointsThreshold", unit: "count" },
      { name: "suspensionDefaultMonths", unit: "months" }, { name: "debarmentYears", unit: "years" },
    ],
  },
  {
    key: "incidents",
    fields: [
      { name: "incidentRespondDays", unit: "days" }, { name: "incidentResolveDays", unit: "days" }, { name: "incidentEscalatedDays", unit: "days" },
      { name: "mseFacilitationCouncilEmail", unit: "email" },
    ],
  },
];
