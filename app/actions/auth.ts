"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp, endSession, startSession } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { toFormState, type FormState } from "@/lib/forms";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, safeReturnPath } from "@/lib/i18n/locale";
import { signInWithPassword } from "@/lib/services/auth/sign-in";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  let home: string;
  try {
    const { userId, role, locale } = await signInWithPassword(values, await clientIp());
    await startSession(userId);
    // The language saved in the profile follows the user to this browser.
    (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", path: "/", httpOnly: true });
    home = ROLE_HOME[role];
  } catch (e) {
    return toFormState(e, { email: values.email });
  }
  const next = formData.get("next");
  redirect(next ? safeReturnPath(next) : home);
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
