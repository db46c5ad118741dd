"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { reviewRiskFlag } from "@/lib/services/risk/review-risk-flag";

/** The review form posts `flagId` and `note`. */
export async function reviewRiskFlagAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await reviewRiskFlag(await getActor(), { flagId: String(formData.get("flagId") ?? ""), note: String(formData.get("note") ?? "") });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/risk-flags");
  redirect("/admin/risk-flags?done=1");
}
