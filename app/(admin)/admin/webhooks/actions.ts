"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { createWebhookSubscription } from "@/lib/services/webhook/create-webhook-subscription";
import { deactivateWebhookSubscription } from "@/lib/services/webhook/deactivate-webhook-subscription";
import { retryWebhookDelivery } from "@/lib/services/webhook/retry-webhook-delivery";

export type SubscribeState = FormState & { secret?: string; subscriptionId?: string };

/** Creates the subscription and hands its secret back to the form, which shows it this once. */
export async function createWebhookSubscriptionAction(_prev: SubscribeState, formData: FormData): Promise<SubscribeState> {
  try {
    const { subscriptionId, secret } = await createWebhookSubscription(await getActor(), {
      departmentId: String(formData.get("departmentId") ?? ""),
      url: String(formData.get("url") ?? ""),
      events: formData.getAll("events").map(String),
      description: String(formData.get("description") ?? ""),
    });
    revalidatePath("/admin/webhooks");
    return { ok: true, secret, subscriptionId };
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
}

export async function deactivateWebhookAction(formData: FormData): Promise<void> {
  const id = String(formData.get("subscriptionId") ?? "");
  try {
    await deactivateWebhookSubscription(await getActor(), { subscriptionId: id });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
  }
  revalidatePath(`/admin/webhooks/${id}`);
  redirect(`/admin/webhooks/${id}`);
}

export async function retryWebhookDeliveryAction(formData: FormData): Promise<void> {
  const id = String(formData.get("subscriptionId") ?? "");
  let notice = "retried";
  try {
    await retryWebhookDelivery(await getActor(), { deliveryId: String(formData.get("deliveryId") ?? "") });
  } catch (error) {
    if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND"))) throw error;
    notice = "notRetryable";
  }
  revalidatePath(`/admin/webhooks/${id}`);
  redirect(`/admin/webhooks/${id}?notice=${notice}`);
}
