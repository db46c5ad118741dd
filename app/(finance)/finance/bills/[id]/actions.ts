"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { releasePayment } from "@/lib/services/payment/release-payment";

/** A repeat of the same form (same idempotency key) gets the first payment back and lands on the same page. */
export async function releasePaymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const billId = String(formData.get("billId") ?? "");
  try {
    await releasePayment(await getActor(), {
      billId,
      bankReference: String(formData.get("bankReference") ?? ""),
      idempotencyKey: String(formData.get("idempotencyKey") ?? ""),
    });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/finance");
  redirect(`/finance/bills/${billId}?paid=1`);
}
