"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "@/lib/actions/define-action";
import { many, text } from "@/lib/actions/form-input";
import { AppError } from "@/lib/errors";
import { createWebhookSubscription } from "@/lib/services/webhook/create-webhook-subscription";
import { deactivateWebhookSubscription } from "@/lib/services/webhook/deactivate-webhook-subscription";
import { retryWebhookDelivery } from "@/lib/services/webhook/retry-webhook-delivery";

/** Creates the subscription and hands its secret back to the form, which shows it this once. */
export const createWebhookSubscriptionAction = formAction({
  access: "webhook.manage",
  input: z.object({ departmentId: text(100), url: text(2000), events: many(50, 100), description: text(500) }),
  async run({ actor, input }) {
    const { subscriptionId, secret } = await createWebhookSubscription(actor, input);
    revalidatePath("/admin/webhooks");
    return { ok: true, secret, subscriptionId };
  },
});

const subscription = z.object({ subscriptionId: text(100) });

function backTo(subscriptionId: string, notice?: string): never {
  const page = `/admin/webhooks/${encodeURIComponent(subscriptionId)}`;
  revalidatePath(page);
  redirect(notice ? `${page}?notice=${notice}` : page);
}

/** Already switched off (a second click, another admin): the page simply shows it off. */
export const deactivateWebhookAction = plainAction({
  access: "webhook.manage",
  input: subscription,
  async run({ actor, input }) {
    try {
      await deactivateWebhookSubscription(actor, input);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    }
    backTo(input.subscriptionId);
  },
});

export const retryWebhookDeliveryAction = plainAction({
  access: "webhook.manage",
  input: subscription.extend({ deliveryId: text(100) }),
  async run({ actor, input }) {
    let notice = "retried";
    try {
      await retryWebhookDelivery(actor, { deliveryId: input.deliveryId });
    } catch (error) {
      if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND"))) throw error;
      notice = "notRetryable";
    }
    backTo(input.subscriptionId, notice);
  },
});
