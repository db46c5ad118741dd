import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-800">{t("body")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("home")}
      </ButtonLink>
    </div>
  );
}
