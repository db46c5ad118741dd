// The first purchase policy (DOMAIN.md "Policy"): defaults drawn from the national marketplace's
// terms and Indian law. The admin publishes later versions; orders keep the version they used.

/** 1 April 2025, 00:00 in Asia/Kolkata: the start of the financial year in which it took effect. */
export const DEFAULT_POLICY_EFFECTIVE_FROM = new Date("2025-04-01T00:00:00+05:30");

export const DEFAULT_POLICY = {
  version: 1,
  effectiveFrom: DEFAULT_POLICY_EFFECTIVE_FROM,
  directPurchaseLimitPaise: 5_000_000n, // ₹50,000
  preferenceBandBp: 1500, // 15 %
  acceptanceSlaDays: 3,
  slaReminderHours: 24,
  preInspectionThresholdPaise: 10_000_000n, // ₹1,00,000
  maxReinspections: 2,
  postInspectionDays: 10,
  ldRateBpPerWeek: 50, // 0.5 % per week or part week
  ldCapBp: 1000, // 10 %
  paymentDueDays: 10, // the MSMED Act's ceiling is 45
  bankRateBp: 575, // 5.75 %; MSMED interest is three times this
  gstTdsThresholdPaise: 25_000_000n, // ₹2,50,000
  gstTdsRateBp: 200,
  targetMseBp: 2500,
  targetScStBp: 400,
  targetWomenBp: 300,
};
