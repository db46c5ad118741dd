import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";

const schema = z.object({ deliveryId: z.string().regex(/^\d{1,19}$/) });

/**
 * Sends a webhook delivery again now: a DEAD one with a fresh set of attempts, a FAILED one without
 * waiting for its backoff. Conditional on that state, so a second click is a CONFLICT, not a second send.
 */
export async function retryWebhookDelivery(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "webhook.manage");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const id = BigInt(parsed.data.deliveryId);
  await db.$transaction(async (tx) => {
    const delivery = await tx.notification.findFirst({ where: { id, channel: "WEBHOOK" }, select: { status: true, webhookSubscription: { select: { active: true } } } });
    if (!delivery) throw notFound();
    if (!delivery.webhookSubscription?.active) throw conflict("errors.webhook.inactive");
    const { count } = await tx.notification.updateMany({
      where: { id, channel: "WEBHOOK", status: { in: ["DEAD", "FAILED"] } },
      data: { status: "QUEUED", nextAttemptAt: new Date(), lockedUntil: null, ...(delivery.status === "DEAD" ? { attempts: 0 } : {}) },
    });
    if (count === 0) throw conflict("errors.webhook.notRetryable");
    await recordAudit(tx, { actor, entityType: "Notification", entityId: String(id), action: "webhook.retry", data: { from: delivery.status } });
  });
}
