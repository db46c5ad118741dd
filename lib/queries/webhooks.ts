import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

const PAGE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listWebhookSubscriptions(actor: Actor) {
  assertCan(actor, "webhook.manage");
  return db.webhookSubscription.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, url: true, events: true, description: true, active: true, createdAt: true, department: { select: { nameEn: true, nameHi: true } } },
  });
}

export async function listDepartments(actor: Actor) {
  assertCan(actor, "webhook.manage");
  return db.department.findMany({ orderBy: { code: "asc" }, take: 500, select: { id: true, code: true, nameEn: true, nameHi: true } });
}

/** One subscription and its deliveries, newest first, keyset-paged by id (the subscription's (createdAt, id) index). */
export async function getWebhookSubscription(actor: Actor, id: string, { before }: { before?: string } = {}) {
  assertCan(actor, "webhook.manage");
  if (!UUID.test(id)) return null;
  const subscription = await db.webhookSubscription.findUnique({
    where: { id },
    select: { id: true, url: true, events: true, description: true, active: true, createdAt: true, deactivatedAt: true, department: { select: { nameEn: true, nameHi: true } } },
  });
  if (!subscription) return null;
  const deliveries = await db.notification.findMany({
    where: { webhookSubscriptionId: id, ...(before && /^\d{1,19}$/.test(before) ? { id: { lt: BigInt(before) } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: { id: true, subject: true, event: true, status: true, attempts: true, lastError: true, providerId: true, createdAt: true, sentAt: true, nextAttemptAt: true },
  });
  const more = deliveries.length > PAGE;
  const rows = deliveries.slice(0, PAGE);
  return { subscription, deliveries: rows, nextBefore: more ? String(rows[rows.length - 1].id) : null };
}
