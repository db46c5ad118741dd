"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { plainAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { AppError } from "@/lib/errors";
import { markNotificationsRead } from "@/lib/notify/services/mark-read";

/** Marks the notification read and opens the page it is about (its stored link, never the form's). */
export const openNotificationAction = plainAction({
  access: "notification.read",
  input: z.object({ notificationId: text(40) }),
  async run({ actor, input }) {
    let link: string | null = null;
    try {
      ({ link } = await markNotificationsRead(actor, { notificationId: input.notificationId }));
    } catch (error) {
      // A tampered id is not worth an error page: nothing of anyone's changed.
      if (!(error instanceof AppError)) throw error;
    }
    revalidatePath("/", "layout"); // the bell's count is in the header on every page
    if (link?.startsWith("/") && !link.startsWith("//")) redirect(link);
  },
});

export const markAllReadAction = plainAction({
  access: "notification.read",
  input: z.object({}),
  async run({ actor }) {
    await markNotificationsRead(actor, {});
    revalidatePath("/", "layout");
  },
});
