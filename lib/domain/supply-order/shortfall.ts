/**
 * The buyer's decision on what a supply order did not deliver (or delivered and had rejected):
 * DOMAIN.md step 10, "a partial delivery: the undelivered quantity is reallocated or short-closed
 * by the buyer, never left open". Pure: the service passes the clock.
 *
 * - CLOSE_SHORT: the order is closed at the quantity accepted; a reason is required (public record).
 * - REALLOCATE: the missing quantity goes through the normal allocation to the next eligible
 *   vendors (the one that fell short is left out), to be delivered by a new date.
 */
import { z } from "zod";
import { parseDateInput } from "@/lib/domain/dispatch/input";
import { istDayNumber } from "@/lib/domain/time/india";

export const SHORTFALL_DECISIONS = ["CLOSE_SHORT", "REALLOCATE"] as const;
export type ShortfallDecision = (typeof SHORTFALL_DECISIONS)[number];

/** The latest a reallocated rest may be asked for, in days from today. */
export const MAX_REST_DELIVERY_DAYS = 180;

export function shortfallSchema(now: Date) {
  const today = istDayNumber(now);
  return z
    .object({
      supplyOrderId: z.uuid({ error: "errors.NOT_FOUND" }),
      decision: z.enum(SHORTFALL_DECISIONS, { error: "errors.shortfall.decision" }),
      reason: z.string().trim().max(500, { error: "errors.shortfall.reason" }).default(""),
      deliverBy: z.string().trim().default(""),
    })
    .transform((form, ctx) => {
      if (form.decision === "CLOSE_SHORT" && form.reason.length < 5) {
        ctx.issues.push({ code: "custom", path: ["reason"], message: "errors.shortfall.reason", input: form.reason });
        return z.NEVER;
      }
      if (form.decision === "CLOSE_SHORT") return { supplyOrderId: form.supplyOrderId, decision: form.decision, reason: form.reason, deliverBy: null };
      const deliverBy = parseDateInput(form.deliverBy);
      if (!deliverBy || istDayNumber(deliverBy) <= today || istDayNumber(deliverBy) > today + MAX_REST_DELIVERY_DAYS) {
        ctx.issues.push({ code: "custom", path: ["deliverBy"], message: "errors.shortfall.deliverBy", input: form.deliverBy });
        return z.NEVER;
      }
      return { supplyOrderId: form.supplyOrderId, decision: form.decision, reason: form.reason, deliverBy };
    });
}

export type ShortfallInput = z.output<ReturnType<typeof shortfallSchema>>;
