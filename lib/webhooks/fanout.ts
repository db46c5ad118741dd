/**
 * Turns audited workflow events into webhook deliveries (docs/webhooks.md). The worker runs this
 * every few seconds: it reads the audit chain after its cursor, and for each event a department
 * subscribed to, writes one outbox row per subscription (channel WEBHOOK) — in one transaction
 * with the cursor's advance, so an event is published once however many workers run it (the
 * cursor row is locked; dedupe keys make a repeat a no-op anyway).
 *
 * Reading the chain rather than hooking every service: an event exists exactly when its state
 * change committed, and audit sequence numbers become visible in order (they are taken under the
 * chain's lock, held until commit), so a cursor on `seq` never skips one.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { WEBHOOK_ACTIONS, webhookEventId, webhookEventOf } from "./events";

const CURSOR = "audit";

type Row = {
  seq: bigint; occurredAt: Date; action: string; entityType: string; entityId: string; data: unknown;
  purchaseOrderNumber: string; departmentId: string;
};

export async function runWebhookFanout(db: Db, { limit = 1000, now = new Date() }: { limit?: number; now?: Date } = {}): Promise<{ events: number; deliveries: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "WebhookCursor" (name, "lastSeq") VALUES (${CURSOR}, 0) ON CONFLICT (name) DO NOTHING`;
    const [{ lastSeq }] = await tx.$queryRaw<{ lastSeq: bigint }[]>`SELECT "lastSeq" FROM "WebhookCursor" WHERE name = ${CURSOR} FOR UPDATE`;
    const [{ head }] = await tx.$queryRaw<{ head: bigint | null }[]>`SELECT max(seq) AS head FROM "AuditEvent"`;
    if (head === null || head <= lastSeq) return { events: 0, deliveries: 0 };
    const rows = await tx.$queryRaw<Row[]>`
      SELECT e.seq, e."occurredAt", e.action, e."entityType", e."entityId", e.data, po.number AS "purchaseOrderNumber", o."departmentId"
        FROM "AuditEvent" e
        JOIN "PurchaseOrder" po ON po.id = e."purchaseOrderId"
        JOIN "Office" o ON o.id = po."officeId"
       WHERE e.seq > ${lastSeq} AND e.seq <= ${head} AND e.action = ANY(${WEBHOOK_ACTIONS}::text[])
       ORDER BY e.seq
       LIMIT ${limit}`;
    const reached = rows.length === limit ? rows[rows.length - 1].seq : head;

    let deliveries = 0;
    if (rows.length > 0) {
      const subscriptions = await tx.webhookSubscription.findMany({
        where: { active: true, departmentId: { in: [...new Set(rows.map((r) => r.departmentId))] } },
        select: { id: true, departmentId: true, url: true, events: true },
      });
      const outbox: Prisma.NotificationCreateManyInput[] = [];
      for (const row of rows) {
        const event = webhookEventOf(row.action)!;
        const id = webhookEventId(row.seq);
        const body = JSON.stringify({
          id, type: event, occurredAt: row.occurredAt.toISOString(),
          purchaseOrder: { number: row.purchaseOrderNumber },
          subject: { type: row.entityType, id: row.entityId, action: row.action },
          data: row.data,
        });
        for (const s of subscriptions) {
          if (s.departmentId !== row.departmentId || !(s.events.includes(event) || s.events.includes("*"))) continue;
          outbox.push({
            dedupeKey: `webhook:${id}:${s.id}`, channel: "WEBHOOK", event, locale: "en", toAddress: s.url,
            subject: id, body, webhookSubscriptionId: s.id, nextAttemptAt: now,
          });
        }
      }
      if (outbox.length > 0) deliveries = (await tx.notification.createMany({ data: outbox, skipDuplicates: true })).count;
    }
    await tx.webhookCursor.update({ where: { name: CURSOR }, data: { lastSeq: reached } });
    return { events: rows.length, deliveries };
  }, { timeout: 60_000 });
}
