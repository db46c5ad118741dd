"use server";

import { redirect } from "next/navigation";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { resetPassword } from "@/lib/services/auth/password-reset";

/** Sets the new password from a reset link, then sends the person to sign in with it. */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await resetPassword({ token: formData.get("token"), password: formData.get("password"), confirmPassword: formData.get("confirmPassword") });
  } catch (error) {
    return toFormState(error, formValues(formData, ["password", "confirmPassword", "token"]));
  }
  redirect("/sign-in?reset=1");
}
