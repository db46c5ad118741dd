import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { imposePenalty, type ImposedPenalty } from "./impose-penalty";

/** The admin's penalty form: imposePenalty in a transaction of its own. */
export async function imposeVendorPenalty(actor: Actor | null, input: unknown, now = new Date()): Promise<ImposedPenalty> {
  assertCan(actor, "penalty.manage");
  return db.$transaction((tx) => imposePenalty(tx, input, actor, now), { timeout: 30_000, maxWait: 15_000 });
}
