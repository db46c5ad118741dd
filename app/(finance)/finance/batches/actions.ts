"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { FORM_LIMITS, many } from "@/lib/actions/form-input";
import { createPaymentBatch } from "@/lib/services/payment-batch/create-payment-batch";

export const createPaymentBatchAction = formAction({
  access: "paymentBatch.manage",
  // A form carries at most FORM_LIMITS.maxFields fields; the batch page lists fewer bills than that.
  input: z.object({ billId: many(FORM_LIMITS.maxFields, 100) }),
  async run({ actor, input }) {
    const { batchId } = await createPaymentBatch(actor, { billIds: input.billId });
    revalidatePath("/finance");
    redirect(`/finance/batches/${batchId}?created=1`);
  },
  keep: () => ({}),
});
