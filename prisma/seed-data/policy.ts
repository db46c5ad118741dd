// The first purchase policy (DOMAIN.md "Policy"): the defaults live with the domain rules
// (lib/domain/policy/policy.ts); here they get their version number and start date. The admin
// publishes later versions; orders keep the version they used.
import { DEFAULT_POLICY as DEFAULTS } from "../../lib/domain/policy/policy";

/** 1 April 2025, 00:00 in Asia/Kolkata: the start of the financial year in which it took effect. */
export const DEFAULT_POLICY_EFFECTIVE_FROM = new Date("2025-04-01T00:00:00+05:30");

export const DEFAULT_POLICY = { version: 1, effectiveFrom: DEFAULT_POLICY_EFFECTIVE_FROM, ...DEFAULTS };

/**
 * Where the demo's delayed-payment disputes escalate (docs/adr/0016-incidents.md): a demo address,
 * caught by the local mail sink. Production has none until the admin enters the council's own.
 */
export const DEMO_MSE_FACILITATION_COUNCIL_EMAIL = "msefc@demo.manak.in";

/**
 * The bank rate MSMED Act s.16 interest is three times of (DOMAIN.md: demo seed 5.75 %), in force
 * from the same day as the first policy. The admin adds the Reserve Bank's later notifications.
 */
export const DEFAULT_BANK_RATE = {
  effectiveFrom: new Date("2025-04-01T00:00:00Z"),
  rateBp: DEFAULTS.bankRateBp,
  reason: "Bank rate in force when Manak started (seed)",
};
