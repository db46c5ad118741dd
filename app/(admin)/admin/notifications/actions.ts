"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { plainAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { AppError } from "@/lib/errors";
import { retryDeadNotification } from "@/lib/notify/services/retry-dead";

/** Re-queues one dead message, then returns to the log with the same filters and a notice. */
export const retryDeadAction = plainAction({
  access: "notification.admin",
  input: z.object({ notificationId: text(100), filters: text(2000) }),
  async run({ actor, input }) {
    let notice = "retried";
    try {
      await retryDeadNotification(actor, { notificationId: input.notificationId });
    } catch (error) {
      // Someone else retried it first (or it is gone): say so rather than fail.
      if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND"))) throw error;
      notice = "notDead";
    }
    revalidatePath("/admin/notifications");
    const query = new URLSearchParams(input.filters);
    query.delete("notice");
    query.set("notice", notice);
    redirect(`/admin/notifications?${query}`);
  },
});
