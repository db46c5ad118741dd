import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CataloguePage } from "@/lib/queries/catalogue-search";

/**
 * What the search made of the words (docs/search.md): a correction is said out loud above the
 * results; when nothing matched, say so and offer categories and the nearest items — labelled as
 * suggestions, apart from the (empty) results.
 */
export async function SearchOutcome({ page, q, locale, basePath }: { page: CataloguePage; q: string; locale: string; basePath: string }) {
  const t = await getTranslations("catalogue.outcome");
  if (page.match === "corrected") {
    return (
      <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-slate-900" role="status">
        {t("corrected", {
          typed: page.corrections.map((c) => c.word).join(" "),
          corrected: page.corrections.map((c) => c.to.join(" / ")).join(" "),
        })}
      </p>
    );
  }
  if (page.match !== "none" || !page.suggestions) return null;
  const { categories, items } = page.suggestions;
  const name = (x: { en: string; hi: string }) => (locale === "hi" ? x.hi : x.en);
  return (
    <div className="mt-4 rounded-lg border-2 border-dashed border-slate-300 px-4 py-6">
      <p className="text-lg font-semibold text-slate-900">{t("noneTitle", { q })}</p>
      <p className="mt-1 text-slate-700">{t("noneBody")}</p>
      <section aria-labelledby="suggestions-heading" className="mt-4">
        <h3 id="suggestions-heading" className="font-semibold text-slate-900">
          {t("suggestions")}
        </h3>
        {items.length > 0 ? (
          <>
            <p className="mt-2 text-sm text-slate-700">{t("nearestItems")}</p>
            <ul className="mt-1 list-disc pl-6">
              {items.map((item) => (
                <li key={item.code}>
                  <Link href={`/catalogue/${encodeURIComponent(item.code)}`}>{name({ en: item.nameEn, hi: item.nameHi })}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="mt-3 text-sm text-slate-700">{t("categories")}</p>
        <ul className="mt-1 flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category.code}>
              <Link className="inline-block rounded border border-slate-300 px-2 py-1" href={`${basePath}?category=${encodeURIComponent(category.code)}`}>
                {name(category)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
