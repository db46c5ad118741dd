/**
 * The purchase policy (DOMAIN.md "Policy"): admin-editable settings, kept as numbered versions
 * with an effective date. An order stores the version it was placed under and keeps it. Pure.
 *
 * Amounts are paise (bigint); rates and shares are basis points (1 % = 100 bp).
 */
import type { BillPolicy } from "@/lib/domain/bill/rules";

/** The settings of one PolicyVersion row (same field names, so a row can be passed as is). */
export interface Policy {
  /** The buyer may pick the offer only when the whole purchase order is strictly below this. */
  directPurchaseLimitPaise: bigint;
  /** A local MSE within L1 + this band that agrees to match L1 is served first. */
  preferenceBandBp: number;
  /** Days the vendor has to accept or reject a supply order. */
  acceptanceSlaDays: number;
  /** Hours before the acceptance deadline that the vendor is reminded. */
  slaReminderHours: number;
  /** Pre-dispatch inspection when the supply order value (ex-GST) is strictly above this. */
  preInspectionThresholdPaise: bigint;
  /** Re-inspections a vendor may request after a failed pre-dispatch inspection. */
  maxReinspections: number;
  /** Days after receipt within which the post-dispatch inspection / acceptance is due. */
  postInspectionDays: number;
  /** Liquidated damages per week or part week of delay. */
  ldRateBpPerWeek: number;
  /** Liquidated damages never exceed this share of the late value. */
  ldCapBp: number;
  /** Days after acceptance that the bill falls due (MSMED Act: at most 45). */
  paymentDueDays: number;
  /** Bank rate; MSMED interest is three times it, compounded monthly. */
  bankRateBp: number;
  /** GST-TDS is deducted when the contract value (ex-GST) is strictly above this. */
  gstTdsThresholdPaise: bigint;
  gstTdsRateBp: number;
  /** Dashboard targets: shares of spend going to MSEs, SC/ST-owned and women-owned vendors. */
  targetMseBp: number;
  targetScStBp: number;
  targetWomenBp: number;
  /** Public risk flags (lib/domain/risk/rules.ts): orders of one item by one office within these days are weighed together for splitting. */
  riskSplitWindowDays: number;
  /** A unit price this far above the item's median award is a price outlier. */
  riskPriceOutlierBp: number;
  /** One vendor's share of an office's spend above this is concentration. */
  riskConcentrationBp: number;
  /** Inspections rejecting a vendor's goods within a year that make repeated rejections. */
  riskRejectionCount: number;
  /** An office that paid at least this share of its due bills late is a late payer. */
  riskLatePaymentBp: number;
  /** Graded penalties (lib/domain/penalty/rules.ts): months penalty points (and warnings) stay in force. */
  penaltyPointsExpiryMonths: number;
  /** Active points at or above this make the admin's page propose a suspension (a person decides). */
  penaltyPointsThreshold: number;
  /** The suspension length the admin's form offers when none is typed. */
  suspensionDefaultMonths: number;
  /** How long a debarment lasts. */
  debarmentYears: number;
  /** Incidents (docs/adr/0016-incidents.md): days to answer and to decide, from raising. */
  incidentRespondDays: number;
  incidentResolveDays: number;
  /** Days the escalation authority gets to decide after each escalation. */
  incidentEscalatedDays: number;
  /** The MSE Facilitation Council's e-mail, where delayed-payment disputes escalate; null: to the department. */
  mseFacilitationCouncilEmail: string | null;
}

/** The seed's first version: the national marketplace's terms and Indian law (DOMAIN.md). */
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  directPurchaseLimitPaise: 5_000_000n, // ₹50,000
  preferenceBandBp: 1500, // 15 %
  acceptanceSlaDays: 3,
  slaReminderHours: 24,
  preInspectionThresholdPaise: 10_000_000n, // ₹1,00,000
  maxReinspections: 2,
  postInspectionDays: 10,
  ldRateBpPerWeek: 50, // 0.5 %
  ldCapBp: 1000, // 10 %
  paymentDueDays: 10,
  bankRateBp: 575, // 5.75 %
  gstTdsThresholdPaise: 25_000_000n, // ₹2,50,000
  gstTdsRateBp: 200, // 2 %
  targetMseBp: 2500,
  targetScStBp: 400,
  targetWomenBp: 300,
  riskSplitWindowDays: 30,
  riskPriceOutlierBp: 5000, // 50 % above the median
  riskConcentrationBp: 5000, // half an office's spend
  riskRejectionCount: 3,
  riskLatePaymentBp: 2500, // a quarter of its bills
  penaltyPointsExpiryMonths: 12,
  penaltyPointsThreshold: 10,
  suspensionDefaultMonths: 6,
  debarmentYears: 3,
  incidentRespondDays: 7,
  incidentResolveDays: 30,
  incidentEscalatedDays: 15,
  mseFacilitationCouncilEmail: null, // the admin enters the council's address; the demo seed sets a demo one
});

export interface DatedVersion {
  version: number;
  effectiveFrom: Date;
}

/**
 * The version in force at `at`: the latest `effectiveFrom` not after `at` (the higher version
 * number if two share a date). Null when none has started yet. `versions` may be in any order.
 */
export function policyInForce<V extends DatedVersion>(versions: readonly V[], at: Date): V | null {
  let best: V | null = null;
  for (const candidate of versions) {
    if (candidate.effectiveFrom.getTime() > at.getTime()) continue;
    if (
      best === null ||
      candidate.effectiveFrom.getTime() > best.effectiveFrom.getTime() ||
      (candidate.effectiveFrom.getTime() === best.effectiveFrom.getTime() && candidate.version > best.version)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The part of the policy `computeBill` needs, under its names. */
export function billPolicy(policy: Policy): BillPolicy {
  return {
    ldRateBpPerWeek: policy.ldRateBpPerWeek,
    ldCapBp: policy.ldCapBp,
    tdsThresholdPaise: policy.gstTdsThresholdPaise,
    tdsRateBp: policy.gstTdsRateBp,
    paymentDueDays: policy.paymentDueDays,
  };
}
