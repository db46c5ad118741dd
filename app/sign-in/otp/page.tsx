import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OtpSignInForm } from "@/components/auth/otp-sign-in-form";
import { otpSignInAction } from "./actions";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { safeReturnPath } from "@/lib/i18n/locale";
import { OTP_RULES } from "@/lib/services/auth/otp/otp-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("otp");
  return { title: t("title") };
}

/** Sign-in by mobile number and a one-time SMS code: the panchayat secretary's way in. */
export default async function OtpSignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const t = await getTranslations("otp");
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <OtpSignInForm
          otpSignInAction={otpSignInAction}
          next={next ? safeReturnPath(next) : undefined}
          labels={{
            mobile: t("mobile"),
            mobileHint: t("mobileHint"),
            sendCode: t("sendCode"),
            sending: t("sending"),
            code: t("code"),
            // Filled in on the client with the number the code went to.
            codeHint: t.raw("codeHint") as string,
            verify: t("verify"),
            verifying: t("verifying"),
            resend: t("resend"),
            resendIn: t.raw("resendIn") as string,
            changeNumber: t("changeNumber"),
          }}
          validMinutes={OTP_RULES.validMinutes}
        />
      </div>
      <p className="mt-6">
        <Link href={next ? `/sign-in?next=${encodeURIComponent(safeReturnPath(next))}` : "/sign-in"}>{t("usePassword")}</Link>
      </p>
    </div>
  );
}
