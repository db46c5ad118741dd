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

/** What a flag's explanation needs besides its facts: the names of what it is about, in the reader's language. */
export type FlagSubject = { officeName?: string | null; vendorName?: string | null; orderNumber?: string | null };

/**
 * The parameters of a flag's plain-language explanation (messages riskFlags.explain.<kind>):
 * its stored numbers, amounts formatted as rupees and shares as percentages by `money`.
 */
export function explanationParams(kind: RiskFlagKind, facts: unknown, subject: FlagSubject, money: (paise: bigint) => string): Record<string, string | number> {
  const names = { office: subject.officeName ?? "", vendor: subject.vendorName ?? "", order: subject.orderNumber ?? "" };
  switch (kind) {
    case "ORDER_SPLITTING": {
      const f = facts as RiskFacts["ORDER_SPLITTING"];
      return { ...names, orders: f.orders, item: f.itemCode, days: f.windowDays, limit: money(BigInt(f.limitPaise)), total: money(BigInt(f.totalPaise)), numbers: f.orderNumbers.join(", ") };
    }
    case "PRICE_OUTLIER": {
      const f = facts as RiskFacts["PRICE_OUTLIER"];
      return { ...names, supplyOrder: f.supplyOrderNumber, item: f.itemCode, unit: money(BigInt(f.unitPaise)), median: money(BigInt(f.medianPaise)), above: bpToPercent(f.aboveBp), scope: f.scope, samples: f.samples, threshold: bpToPercent(f.thresholdBp) };
    }
    case "VENDOR_CONCENTRATION": {
      const f = facts as RiskFacts["VENDOR_CONCENTRATION"];
      return { ...names, share: bpToPercent(f.shareBp), vendorValue: money(BigInt(f.vendorPaise)), officeValue: money(BigInt(f.officePaise)), orders: f.orders, days: f.windowDays, threshold: bpToPercent(f.thresholdBp) };
    }
    case "REPEATED_REJECTIONS": {
      const f = facts as RiskFacts["REPEATED_REJECTIONS"];
      return { ...names, rejections: f.rejections, preFailed: f.preFailed, postRejected: f.postRejected, inspections: f.inspections, days: f.windowDays, threshold: f.threshold };
    }
    case "LATE_PAYMENT": {
      const f = facts as RiskFacts["LATE_PAYMENT"];
      return { ...names, late: f.late, bills: f.bills, share: bpToPercent(f.shareBp), unpaid: f.unpaidOverdue, avgDays: f.avgDaysLate, days: f.windowDays, threshold: bpToPercent(f.thresholdBp) };
    }
  }
}

/** The message key (under riskFlags.explain) of a flag's explanation: a price outlier's depends on where its median was taken. */
export function explanationKey(kind: RiskFlagKind, facts: unknown): string {
  return kind === "PRICE_OUTLIER" ? `PRICE_OUTLIER_${(facts as RiskFacts["PRICE_OUTLIER"]).scope}` : kind;
}
