/**
 * Public risk flags: what each one means, in data. The worker computes them set-based
 * (lib/services/risk/compute-risk-flags.ts) over the last LOOKBACK_DAYS, with thresholds from the
 * policy in force (PolicyVersion.risk*) and the minimum sample sizes below, so that a flag is about
 * a pattern and not about one order. A flag never says someone did wrong: it says where to look,
 * with the numbers, and an admin's review note sits beside it. Pure; no I/O.
 */
export const RISK_FLAG_KINDS = ["ORDER_SPLITTING", "PRICE_OUTLIER", "VENDOR_CONCENTRATION", "REPEATED_REJECTIONS", "LATE_PAYMENT"] as const;
export type RiskFlagKind = (typeof RISK_FLAG_KINDS)[number];

/** Every flag looks back this far (a rolling year): old history neither raises nor keeps up new flags. */
export const LOOKBACK_DAYS = 365;
/** Price outliers: awards of the item in the scope (state, or the consignee's district) needed for a median. */
export const MIN_PRICE_SAMPLES = 5;
/** Vendor concentration: accepted supply orders an office needs in the window before its shares mean anything. */
export const MIN_OFFICE_ORDERS = 5;
/** Late payment: bills an office needs in the window. */
export const MIN_OFFICE_BILLS = 4;

export type RiskThresholds = {
  directPurchaseLimitPaise: bigint;
  riskSplitWindowDays: number;
  riskPriceOutlierBp: number;
  riskConcentrationBp: number;
  riskRejectionCount: number;
  riskLatePaymentBp: number;
};

/** The facts each kind stores (amounts in paise as decimal strings, shares in basis points). */
export type RiskFacts = {
  ORDER_SPLITTING: { orders: number; totalPaise: string; limitPaise: string; windowDays: number; orderNumbers: string[]; itemCode: string };
  PRICE_OUTLIER: { supplyOrderNumber: string; itemCode: string; unitPaise: string; medianPaise: string; scope: "STATE" | "DISTRICT"; samples: number; aboveBp: number; thresholdBp: number };
  VENDOR_CONCENTRATION: { vendorPaise: string; officePaise: string; shareBp: number; thresholdBp: number; orders: number; windowDays: number };
  REPEATED_REJECTIONS: { rejections: number; preFailed: number; postRejected: number; inspections: number; threshold: number; windowDays: number };
  LATE_PAYMENT: { late: number; bills: number; shareBp: number; thresholdBp: number; avgDaysLate: number; unpaidOverdue: number; windowDays: number };
};

/** Basis points as a percentage for people: 5000 → "50", 1234 → "12.3". */
export function bpToPercent(bp: number): string {
  return (Math.round(bp / 10) / 10).toString();
}
