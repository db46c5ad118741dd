import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInAction } from "@/app/actions/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { safeReturnPath } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const t = await getTranslations("auth");
  const { next, reset } = await searchParams;
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("signInIntro")}</p>
      <div className="mt-6">
        <SignInForm
          signInAction={signInAction}
          next={next ? safeReturnPath(next) : undefined}
          labels={{ email: t("email"), password: t("password"), submit: t("submit"), submitting: t("submitting") }}
        />
      </div>
      {reset ? <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("reset.done")}</p> : null}
      <p className="mt-4"><Link href="/forgot-password">{t("reset.forgotLink")}</Link></p>
      <p className="mt-6"><Link href={next ? `/sign-in/otp?next=${encodeURIComponent(safeReturnPath(next))}` : "/sign-in/otp"}>{(await getTranslations("otp"))("fromSignIn")}</Link></p>
    </div>
  );
}
