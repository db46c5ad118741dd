import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { toUiLocale } from "@/lib/i18n/locale";
import { ReturnToField } from "./return-to-field";

/** One button offering the other language, named in that language (a plain POST form). */
export function LanguageSwitch({ setLocaleAction }: { setLocaleAction: (form: FormData) => Promise<void> }) {
  const t = useTranslations("common.language");
  const other = toUiLocale(useLocale()) === "hi" ? "en" : "hi";
  return (
    <form action={setLocaleAction}>
      <Suspense>
        <ReturnToField />
      </Suspense>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border-2 border-slate-400 bg-white px-3 font-semibold text-blue-900 hover:bg-blue-50"
      >
        <span className="sr-only">{t("label")}: </span>
        <span lang={other}>{t(other)}</span>
      </button>
    </form>
  );
}
