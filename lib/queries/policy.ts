import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { PAGE_SIZE } from "./fulfilment-cursor";

/**
 * The purchase policy's versions for the admin: the one in force now, any published for later,
 * and the history newest first (paged by version number).
 */
export async function getPolicyOverview(actor: Actor, { before, now = new Date() }: { before?: number; now?: Date } = {}) {
  assertCan(actor, "policy.manage");
  const [inForce, scheduled, history] = await Promise.all([
    db.policyVersion.findFirst({ where: { effectiveFrom: { lte: now } }, orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }] }),
    db.policyVersion.findMany({ where: { effectiveFrom: { gt: now } }, orderBy: [{ effectiveFrom: "asc" }, { version: "asc" }], take: PAGE_SIZE }),
    db.policyVersion.findMany({
      where: before ? { version: { lt: before } } : {},
      orderBy: { version: "desc" },
      take: PAGE_SIZE + 1,
      include: { createdBy: { select: { name: true } }, _count: { select: { supplyOrders: true } } },
    }),
  ]);
  const more = history.length > PAGE_SIZE;
  const rows = more ? history.slice(0, PAGE_SIZE) : history;
  return { inForce, scheduled, history: rows, nextBefore: more ? rows[rows.length - 1].version : null };
}
