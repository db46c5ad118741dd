"use server";

import { redirect } from "next/navigation";
import { startSession } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { getUiLocale } from "@/lib/i18n/server";
import { registerVendor } from "@/lib/services/vendor/register-vendor";

/** Registers the firm, signs its new user in, and opens the vendor window (status: pending). */
export async function registerVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const { userId } = await registerVendor(Object.fromEntries(formData), { locale: await getUiLocale() });
    await startSession(userId);
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  redirect("/vendor?registered=1");
}
