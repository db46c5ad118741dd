import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/options";
import type { Role } from "@/lib/generated/prisma/enums";

/** The one-time sign-in code's rules, shared by requesting and verifying. */
export const OTP_RULES = {
  digits: 6,
  validMinutes: 5,
  maxAttempts: 5,
  /** A new code may be asked for this long after the previous one. */
  resendAfterSeconds: 60,
  perMobilePerHour: 5,
  // Generous: many phones share one public address behind a mobile carrier's NAT.
  perIpPerHour: 30,
} as const;

/**
 * Who may sign in with a code to their phone alone. FINANCE releases payments and ADMIN approves
 * vendors and edits policy: a SIM swap must not be enough for those, so they use their password.
 */
export const OTP_ROLES: readonly Role[] = ["BUYER", "VENDOR", "INSPECTOR"];

export function newOtpCode(): string {
  return String(randomInt(0, 10 ** OTP_RULES.digits)).padStart(OTP_RULES.digits, "0");
}

/**
 * Codes are stored as HMAC-SHA256 under the server's secret: a leaked table alone does not let
 * anyone try the million possible codes offline. The mobile is mixed in so a hash is useless
 * for any other number.
 */
export function hashOtpCode(mobile: string, code: string): string {
  return createHmac("sha256", authSecret()).update(`otp:${mobile}:${code}`).digest("hex");
}

export function otpCodeMatches(mobile: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashOtpCode(mobile, code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
