import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { getUiLocale } from "@/lib/i18n/server";
import { listDistricts } from "@/lib/queries/catalogue";
import { RegistrationForm } from "./registration-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register");
  return { title: t("title") };
}

/** Vendor self-registration (public): a local MSE signs up; it stays PENDING until the admin approves. */
export default async function RegisterPage() {
  const [t, locale, districts, messages] = await Promise.all([getTranslations("register"), getUiLocale(), listDistricts(), getMessages()]);
  const options = districts
    .map((d) => ({ value: String(d.id), label: locale === "hi" ? d.nameHi : d.nameEn }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
      <p className="mt-2 text-lg text-slate-800">{t("intro")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
        <li>{t("needs.udyam")}</li>
        <li>{t("needs.gstin")}</li>
        <li>{t("needs.bank")}</li>
      </ul>
      <p className="mt-3 text-slate-700">
        {t("already")} <Link href="/sign-in">{t("signIn")}</Link>
      </p>
      <div className="mt-6">
        <NextIntlClientProvider messages={{ common: messages.common, register: messages.register }}>
          <RegistrationForm districts={options} />
        </NextIntlClientProvider>
      </div>
    </div>
  );
}
