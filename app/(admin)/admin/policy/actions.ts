"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { createPolicyVersion } from "@/lib/services/policy/create-policy-version";

export async function createPolicyVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let version: number;
  try {
    version = (await createPolicyVersion(await getActor(), Object.fromEntries(formData))).version;
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/policy");
  redirect(`/admin/policy?published=${version}`);
}
