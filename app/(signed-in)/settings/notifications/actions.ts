"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { plainAction } from "@/lib/actions/define-action";
import { eventsFor, SWITCHABLE_CHANNELS } from "@/lib/notify/events";
import { updateNotificationPreferences } from "@/lib/notify/services/update-preferences";

/** The form only sends ticked boxes, so every event of the role is read as on or off. */
export const savePreferencesAction = plainAction({
  access: "profile.update",
  input: z.object({}),
  async run({ actor, form }) {
    const choices = Object.fromEntries(
      eventsFor(actor.role).map((event) => [
        event,
        Object.fromEntries(SWITCHABLE_CHANNELS.map((channel) => [channel, form.has(`${event}:${channel}`)])) as { EMAIL: boolean; SMS: boolean },
      ]),
    );
    await updateNotificationPreferences(actor, choices);
    redirect("/settings/notifications?saved=1");
  },
});
