"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { plainAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { updateOwnLocale } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseUiLocale, safeReturnPath } from "@/lib/i18n/locale";

/**
 * The language switch (a plain form, so it works without JavaScript). The cookie makes the choice
 * stick for this browser; a signed-in user's profile keeps it for e-mails, SMS and other devices.
 */
export const setLocaleAction = plainAction({
  access: "public",
  input: z.object({ locale: text(10), returnTo: text(2000) }),
  async run({ input }) {
    const locale = parseUiLocale(input.locale);
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
    redirect(safeReturnPath(input.returnTo));
  },
});
