import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { notFound, validationError } from "@/lib/errors";
import { createWebhookSubscriptionSchema } from "@/lib/webhooks/input";
import { newWebhookSecret } from "@/lib/webhooks/sign";

/**
 * The admin subscribes a department system's URL to workflow events (docs/webhooks.md). The
 * signing secret is returned here once, to be given to the department; it is never shown again.
 */
export async function createWebhookSubscription(actor: Actor | null, input: unknown): Promise<{ subscriptionId: string; secret: string }> {
  assertCan(actor, "webhook.manage");
  const parsed = createWebhookSubscriptionSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { departmentId, url, events, description } = parsed.data;
  if (!(await db.department.count({ where: { id: departmentId } }))) throw notFound();
  const secret = newWebhookSecret();
  const subscriptionId = await db.$transaction(async (tx) => {
    const created = await tx.webhookSubscription.create({
      data: { departmentId, url, events, description, secret, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor, entityType: "WebhookSubscription", entityId: created.id, action: "webhook.subscribe",
      data: { departmentId, url, events, description },
    });
    return created.id;
  });
  return { subscriptionId, secret };
}
