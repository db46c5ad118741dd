import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { revokePenalty } from "./revoke-penalty";

/** The admin's revoke form: revokePenalty in a transaction of its own. */
export async function revokeVendorPenalty(actor: Actor | null, input: unknown, now = new Date()): Promise<{ penaltyId: string }> {
  assertCan(actor, "penalty.manage");
  return db.$transaction((tx) => revokePenalty(tx, input, actor, now), { timeout: 30_000, maxWait: 15_000 });
}
