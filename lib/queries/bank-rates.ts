import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bankRateOn } from "@/lib/domain/bill/rules";
import { istDayNumber } from "@/lib/domain/time/india";

/** The admin's bank-rate table: the rate in force today and the rows, newest first (a few a year). */
export async function getBankRates(actor: Actor, now = new Date()) {
  assertCan(actor, "policy.manage");
  const rows = await db.bankRate.findMany({
    orderBy: { effectiveFrom: "desc" },
    take: 200,
    select: { id: true, effectiveFrom: true, rateBp: true, reason: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  const past = rows.filter((r) => istDayNumber(r.effectiveFrom) <= istDayNumber(now));
  return { rows, inForceBp: past.length ? bankRateOn(past, istDayNumber(now)) : null };
}
