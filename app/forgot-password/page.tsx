import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotForm } from "./forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("forgotTitle") };
}

/** "Forgot password": a reset link by e-mail or SMS, to whichever the person types. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.reset");
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("forgotIntro")}</p>
      <div className="mt-6">
        <ForgotForm labels={{ account: t("account"), hint: t("accountHint"), submit: t("send"), submitting: t("sending") }} />
      </div>
      <p className="mt-6"><Link href="/sign-in">{t("backToSignIn")}</Link></p>
    </div>
  );
}
