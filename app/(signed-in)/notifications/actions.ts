"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { markNotificationsRead } from "@/lib/notify/services/mark-read";

/** Marks the notification read and opens the page it is about (its stored link, never the form's). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  let link: string | null = null;
  try {
    ({ link } = await markNotificationsRead(actor, { notificationId: String(formData.get("notificationId") ?? "") }));
  } catch (error) {
    // A tampered id is not worth an error page: nothing of anyone's changed.
    if (!(error instanceof AppError)) throw error;
  }
  revalidatePath("/", "layout"); // the bell's count is in the header on every page
  if (link?.startsWith("/") && !link.startsWith("//")) redirect(link);
}

export async function markAllReadAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  await markNotificationsRead(actor, {});
  revalidatePath("/", "layout");
}
