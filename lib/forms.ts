import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";

/**
 * What a form's server action returns: messages already in the user's language (so client forms
 * need no message catalogue), per-field errors, and the values to put back into the form.
 */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

/** Maps any failure to a translated form state; unexpected errors are logged and shown generically. */
export async function toFormState(error: unknown, values: Record<string, string> = {}): Promise<FormState> {
  const t = await getTranslations();
  const say = (key: string, params?: Record<string, string | number>) => (t.has(key) ? t(key, params) : t("errors.invalid"));
  if (error instanceof AppError) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => say(k, error.params))]),
    );
    return { ok: false, message: say(error.messageKey, error.params), fieldErrors, values };
  }
  console.error("unexpected error in form action", error);
  return { ok: false, message: t("errors.unexpected"), values };
}

/** Plain string values of a form, for re-filling it after an error (files and passwords left out). */
export function formValues(formData: FormData, omit: string[] = ["password", "confirmPassword"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (typeof v === "string" && !omit.includes(k) && !k.startsWith("$ACTION")) values[k] = v;
  }
  return values;
}
