"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { updateOwnLocale } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseUiLocale, safeReturnPath } from "@/lib/i18n/locale";

/**
 * The language switch (a plain form, so it works without JavaScript). The cookie makes the choice
 * stick for this browser; a signed-in user's profile keeps it for e-mails, SMS and other devices.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = parseUiLocale(String(formData.get("locale") ?? ""));
  const returnTo = safeReturnPath(formData.get("returnTo"));
  if (locale) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
      path: "/",
      httpOnly: true,
    });
    await updateOwnLocale(locale); // a no-op when nobody is signed in
    revalidatePath("/", "layout");
  }
  redirect(returnTo);
}
