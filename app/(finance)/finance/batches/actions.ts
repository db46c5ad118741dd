"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/forms";
import { createPaymentBatch } from "@/lib/services/payment-batch/create-payment-batch";

export async function createPaymentBatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let batchId: string;
  try {
    ({ batchId } = await createPaymentBatch(await getActor(), { billIds: formData.getAll("billId").map(String) }));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/finance");
  redirect(`/finance/batches/${batchId}?created=1`);
}
