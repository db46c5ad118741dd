"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { retryDeadNotification } from "@/lib/notify/services/retry-dead";

/** Re-queues one dead message, then returns to the log with the same filters and a notice. */
export async function retryDeadAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  let notice = "retried";
  try {
    await retryDeadNotification(actor, { notificationId: String(formData.get("notificationId") ?? "") });
  } catch (error) {
    // Someone else retried it first (or it is gone): say so rather than fail.
    if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND"))) throw error;
    notice = "notDead";
  }
  revalidatePath("/admin/notifications");
  const query = new URLSearchParams(String(formData.get("filters") ?? ""));
  query.delete("notice");
  query.set("notice", notice);
  redirect(`/admin/notifications?${query}`);
}
