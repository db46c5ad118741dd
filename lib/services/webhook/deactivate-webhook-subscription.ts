import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";

const schema = z.object({ subscriptionId: z.uuid() });

/** Stops a subscription: nothing new is queued for it, and deliveries still queued go DEAD unsent. */
export async function deactivateWebhookSubscription(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "webhook.manage");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { subscriptionId } = parsed.data;
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookSubscription.updateMany({ where: { id: subscriptionId, active: true }, data: { active: false, deactivatedAt: new Date() } });
    if (count === 0) throw (await tx.webhookSubscription.count({ where: { id: subscriptionId } })) ? conflict("errors.webhook.inactive") : notFound();
    await recordAudit(tx, { actor, entityType: "WebhookSubscription", entityId: subscriptionId, action: "webhook.deactivate" });
  });
}
