"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { clientIp, startSession } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { formatMobile } from "@/components/auth/format-mobile";
import { toFormState, type FormState } from "@/lib/forms";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, safeReturnPath } from "@/lib/i18n/locale";
import { getUiLocale } from "@/lib/i18n/server";
import { requestOtp } from "@/lib/services/auth/otp/request-otp";
import { verifyOtp } from "@/lib/services/auth/otp/verify-otp";

/**
 * One action for both steps of the mobile sign-in form. `values.step` tells the form which step
 * to show next; `values.mobile` carries the number (E.164 once a code was sent) between steps.
 */
export async function otpSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const intent = String(formData.get("intent") ?? "request");
  const mobile = String(formData.get("mobile") ?? "");
  const next = String(formData.get("next") ?? "");
  const keep = { mobile, next };
  if (intent === "change") return { values: { ...keep, step: "mobile" } };

  if (intent === "request" || intent === "resend") {
    const step = intent === "resend" ? "code" : "mobile";
    try {
      const sent = await requestOtp({ mobile }, { ip: await clientIp(), locale: await getUiLocale() });
      const t = await getTranslations("otp");
      return {
        ok: true,
        message: t("sent", { mobile: formatMobile(sent.mobile) }),
        values: { ...keep, mobile: sent.mobile, step: "code", resendAfter: String(sent.resendAfterSeconds) },
      };
    } catch (e) {
      return toFormState(e, { ...keep, step });
    }
  }

  let home: string;
  try {
    const { userId, role, locale } = await verifyOtp({ mobile, code: String(formData.get("code") ?? "") }, { ip: await clientIp() });
    await startSession(userId);
    (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", path: "/", httpOnly: true });
    home = ROLE_HOME[role];
  } catch (e) {
    return toFormState(e, { ...keep, step: "code" });
  }
  redirect(next ? safeReturnPath(next) : home);
}
