import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetForm } from "./reset-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("resetTitle") };
}

/** The page a reset link opens: choose a new password (the token is checked when it is sent). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("auth.reset")]);
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("resetIntro")}</p>
      <div className="mt-6">
        <ResetForm
          token={token}
          labels={{ password: t("newPassword"), confirmPassword: t("confirmPassword"), hint: t("passwordHint"), submit: t("save"), submitting: t("saving") }}
        />
      </div>
    </div>
  );
}
