"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { clientIp, endSession, startSession } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, safeReturnPath } from "@/lib/i18n/locale";
import { signInWithPassword } from "@/lib/services/auth/sign-in";

export const signInAction = formAction({
  access: "public",
  input: z.object({ email: text(320), password: text(200), next: text(2000) }),
  async run({ input }) {
    const { userId, role, locale } = await signInWithPassword({ email: input.email, password: input.password }, await clientIp());
    await startSession(userId);
    // The language saved in the profile follows the user to this browser.
    (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", path: "/", httpOnly: true });
    redirect(input.next ? safeReturnPath(input.next) : ROLE_HOME[role]);
  },
  keep: (form) => ({ email: form.text("email") }),
});

/** Ends this session and every other one of the same user (the session version moves on). */
export const signOutAction = plainAction({
  access: "public",
  input: z.object({}),
  async run() {
    await endSession();
    redirect("/");
  },
});
