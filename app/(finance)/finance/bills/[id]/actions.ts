"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { releasePayment } from "@/lib/services/payment/release-payment";

/** A repeat of the same form (same idempotency key) gets the first payment back and lands on the same page. */
export const releasePaymentAction = formAction({
  access: "payment.release",
  input: z.object({ billId: text(100), bankReference: text(200), idempotencyKey: text(200) }),
  async run({ actor, input }) {
    await releasePayment(actor, input);
    revalidatePath("/finance");
    redirect(`/finance/bills/${encodeURIComponent(input.billId)}?paid=1`);
  },
});
