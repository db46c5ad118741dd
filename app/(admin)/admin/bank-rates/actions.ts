"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { addBankRate } from "@/lib/services/bank-rate/add-bank-rate";

export async function addBankRateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await addBankRate(await getActor(), Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/bank-rates");
  redirect("/admin/bank-rates?added=1");
}
