"use server";

import { clientIp } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { getUiLocale } from "@/lib/i18n/server";
import { getTranslations } from "next-intl/server";
import { requestPasswordReset } from "@/lib/services/auth/password-reset";

/** Asks for a reset link; the answer never says whether the account exists. */
export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await requestPasswordReset({ account: String(formData.get("account") ?? ""), ip: await clientIp(), locale: await getUiLocale() });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  const t = await getTranslations("auth.reset");
  return { ok: true, message: t("sent") };
}
