"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { clientIp, startSession } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { formatMobile } from "@/components/auth/format-mobile";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, safeReturnPath } from "@/lib/i18n/locale";
import { getUiLocale } from "@/lib/i18n/server";
import { requestOtp } from "@/lib/services/auth/otp/request-otp";
import { verifyOtp } from "@/lib/services/auth/otp/verify-otp";

/**
 * One action for both steps of the mobile sign-in form. `values.step` tells the form which step
 * to show next; `values.mobile` carries the number (E.164 once a code was sent) between steps.
 */
export const otpSignInAction = formAction({
  access: "public",
  input: z.object({
    intent: text(20).transform((intent) => intent || "request"),
    mobile: text(40),
    next: text(2000),
    code: text(40),
  }),
  async run({ input: { intent, mobile, next, code } }) {
    const keep = { mobile, next };
    if (intent === "change") return { values: { ...keep, step: "mobile" } };

    if (intent === "request" || intent === "resend") {
      const sent = await requestOtp({ mobile }, { ip: await clientIp(), locale: await getUiLocale() });
      const t = await getTranslations("otp");
      return {
        ok: true,
        message: t("sent", { mobile: formatMobile(sent.mobile) }),
        values: { ...keep, mobile: sent.mobile, step: "code", resendAfter: String(sent.resendAfterSeconds) },
      };
    }

    const { userId, role, locale } = await verifyOtp({ mobile, code }, { ip: await clientIp() });
    await startSession(userId);
    (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", path: "/", httpOnly: true });
    redirect(next ? safeReturnPath(next) : ROLE_HOME[role]);
  },
  // Which step the form shows after an error: the one the person was on.
  keep: (form) => {
    const intent = form.text("intent") || "request";
    const step = intent === "request" ? "mobile" : "code";
    return { mobile: form.text("mobile"), next: form.text("next"), step };
  },
});
