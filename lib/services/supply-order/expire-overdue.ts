/**
 * The scheduled sweep (DOMAIN.md step 5): supply orders not answered by their deadline expire and
 * their quantity is reallocated; vendors still to answer are reminded once, the policy's hours
 * before the deadline. No person is involved. The notification worker calls `runScheduledSweeps`
 * every minute; any number of workers may run it at once, because every change is a conditional
 * update (a second worker finds the row already moved and skips it).
 *
 * Takes the database client as an argument (the worker process has no Next.js server context).
 */
import type { Db } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { acceptanceExpired, reminderDue } from "@/lib/domain/supply-order/sla";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notify/outbox";
import { reallocate } from "@/lib/services/allocation/reallocate";
import { vendorUserIds } from "@/lib/services/recipients";
import { lockPurchaseOrder } from "./close-purchase-order-if-done";

/** Orders handled per sweep and kind; the next minute's sweep takes the rest. */
export const SWEEP_BATCH = 200;
const HOUR_MS = 3_600_000;

export type SweepResult = { expired: number; reminded: number; failed: number };

export async function runScheduledSweeps(
  db: Db,
  options: { now?: Date; onError?: (error: unknown) => void } = {},
): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const onError = options.onError ?? ((error) => console.error("[manak] supply-order sweep", error));
  const expired = await expireOverdueSupplyOrders(db, now, onError);
  const reminded = await sendSlaReminders(db, now, onError);
  return { expired: expired.done, reminded: reminded.done, failed: expired.failed + reminded.failed };
}

type Outcome = { done: number; failed: number };

/** One transaction per order, so one that fails (and is retried next minute) holds up no other. */
async function eachInOwnTransaction<T>(rows: T[], step: (row: T) => Promise<boolean>, onError: (e: unknown) => void): Promise<Outcome> {
  const outcome = { done: 0, failed: 0 };
  for (const row of rows) {
    try {
      if (await step(row)) outcome.done += 1;
    } catch (error) {
      outcome.failed += 1;
      onError(error);
    }
  }
  return outcome;
}

export async function expireOverdueSupplyOrders(db: Db, now: Date, onError: (e: unknown) => void): Promise<Outcome> {
  const due = await db.supplyOrder.findMany({
    where: { status: SupplyOrderStatus.AWAITING_ACCEPTANCE, acceptBy: { lte: now } },
    orderBy: [{ acceptBy: "asc" }, { id: "asc" }],
    take: SWEEP_BATCH,
    select: { id: true, number: true, status: true, acceptBy: true, vendorId: true, purchaseOrderId: true },
  });
  return eachInOwnTransaction(due, async (so) => {
    if (!acceptanceExpired(now, so.acceptBy)) return false;
    const to = assertTransition(so.status, "expire", "SYSTEM");
    return db.$transaction(async (tx) => {
      await lockPurchaseOrder(tx, so.purchaseOrderId);
      const { count } = await tx.supplyOrder.updateMany({
        where: { id: so.id, status: so.status, acceptBy: { lte: now } },
        data: { status: to, decidedAt: now },
      });
      // Accepted or rejected at the last moment, or another worker got here first.
      if (count === 0) return false;
      await notify(tx, {
        event: "supplyOrder.reallocatedAway",
        entityId: so.id,
        userIds: await vendorUserIds(tx, so.vendorId),
        params: { supplyOrderNumber: so.number },
        link: `/vendor/orders/${so.id}`,
      });
      await reallocate(tx, {
        supplyOrderId: so.id, actor: "SYSTEM", at: now,
        precedingAudit: [{
          actor: "SYSTEM", entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.expire", purchaseOrderId: so.purchaseOrderId,
          data: { from: so.status, to, number: so.number, acceptBy: so.acceptBy },
        }],
      });
      return true;
    }, { timeout: 30_000, maxWait: 15_000 });
  }, onError);
}

export async function sendSlaReminders(db: Db, now: Date, onError: (e: unknown) => void): Promise<Outcome> {
  const longest = await db.policyVersion.aggregate({ _max: { slaReminderHours: true } });
  const horizon = new Date(now.getTime() + (longest._max.slaReminderHours ?? 0) * HOUR_MS);
  const candidates = await db.supplyOrder.findMany({
    where: { status: SupplyOrderStatus.AWAITING_ACCEPTANCE, reminderSentAt: null, acceptBy: { gt: now, lte: horizon } },
    orderBy: [{ acceptBy: "asc" }, { id: "asc" }],
    take: SWEEP_BATCH,
    select: {
      id: true, number: true, acceptBy: true, reminderSentAt: true, vendorId: true, purchaseOrderId: true,
      policyVersion: { select: { slaReminderHours: true } },
    },
  });
  const due = candidates.filter((so) => reminderDue(now, so.acceptBy, so.policyVersion.slaReminderHours, so.reminderSentAt));
  return eachInOwnTransaction(due, (so) =>
    db.$transaction(async (tx) => {
      const { count } = await tx.supplyOrder.updateMany({
        where: { id: so.id, status: SupplyOrderStatus.AWAITING_ACCEPTANCE, reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (count === 0) return false;
      await notify(tx, {
        event: "supplyOrder.slaReminder",
        entityId: so.id,
        userIds: await vendorUserIds(tx, so.vendorId),
        params: { supplyOrderNumber: so.number, acceptBy: so.acceptBy },
        link: `/vendor/orders/${so.id}`,
      });
      await recordAudit(tx, {
        actor: "SYSTEM", entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.slaReminder", purchaseOrderId: so.purchaseOrderId,
        data: { number: so.number, acceptBy: so.acceptBy },
      });
      return true;
    }),
  onError);
}
