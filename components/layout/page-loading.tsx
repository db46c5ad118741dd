import { getTranslations } from "next-intl/server";

export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-12 text-slate-700">
      <span aria-hidden="true" className="size-5 animate-spin rounded-full border-4 border-slate-300 border-t-blue-800" />
      {t("loading")}
    </div>
  );
}
