"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { eventsFor, SWITCHABLE_CHANNELS } from "@/lib/notify/events";
import { updateNotificationPreferences } from "@/lib/notify/services/update-preferences";

/** The form only sends ticked boxes, so every event of the role is read as on or off. */
export async function savePreferencesAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const choices = Object.fromEntries(
    eventsFor(actor.role).map((event) => [
      event,
      Object.fromEntries(SWITCHABLE_CHANNELS.map((channel) => [channel, formData.has(`${event}:${channel}`)])) as { EMAIL: boolean; SMS: boolean },
    ]),
  );
  await updateNotificationPreferences(actor, choices);
  redirect("/settings/notifications?saved=1");
}
