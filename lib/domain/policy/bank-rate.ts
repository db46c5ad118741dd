/**
 * The admin's entry of a bank rate notified by the Reserve Bank (MSMED Act s.16: interest is three
 * times "the bank rate notified by the Reserve Bank"). Pure; the service passes the clock.
 */
import { z } from "zod";
import { parseDateInput } from "@/lib/domain/dispatch/input";
import { percentToBp } from "@/lib/domain/policy/input";
import { istDayNumber } from "@/lib/domain/time/india";

/** A rate may be entered for up to a year ahead (an announced change). */
export const BANK_RATE_MAX_DAYS_AHEAD = 366;
/** Reserve Bank rates above this are a typo (the rate has never passed 12 %). */
export const BANK_RATE_MAX_BP = 3000;

export function bankRateSchema(now: Date) {
  const today = istDayNumber(now);
  return z.object({
    rate: z
      .string({ error: "errors.required" })
      .trim()
      .min(1, { error: "errors.required", abort: true })
      .transform((value, ctx) => {
        const bp = percentToBp(value);
        if (bp === null || bp <= 0 || bp > BANK_RATE_MAX_BP) {
          ctx.issues.push({ code: "custom", message: "errors.bankRate.rate", input: value });
          return z.NEVER;
        }
        return bp;
      }),
    effectiveFrom: z
      .string({ error: "errors.required" })
      .trim()
      .min(1, { error: "errors.required", abort: true })
      .transform((value, ctx) => {
        const date = parseDateInput(value);
        if (!date || date.getUTCFullYear() < 2000 || istDayNumber(date) > today + BANK_RATE_MAX_DAYS_AHEAD) {
          ctx.issues.push({ code: "custom", message: "errors.bankRate.effectiveFrom", input: value });
          return z.NEVER;
        }
        return date;
      }),
    reason: z.string({ error: "errors.required" }).trim().min(5, { error: "errors.bankRate.reason" }).max(500, { error: "errors.bankRate.reason" }),
  });
}
