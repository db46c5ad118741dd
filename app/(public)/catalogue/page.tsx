import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { errorMessage } from "@/lib/i18n/translate-error";
import { getUiLocale } from "@/lib/i18n/server";
import { listCategories, listDistricts } from "@/lib/queries/catalogue";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { ItemCard } from "./item-card";
import { SearchForm } from "./search-form";
import { SearchOutcome } from "./search-outcome";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The public catalogue with rates: rendered on the server from the same query as
 * /api/catalogue/search, one page of items at a time (keyset cursor in the URL).
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { search, fieldErrors } = parseCatalogueSearch(params);
  const [t, locale, categories, districts, page] = await Promise.all([
    getTranslations("catalogue"),
    getUiLocale(),
    listCategories(),
    listDistricts(),
    searchCatalogue(search),
  ]);
  const errors = Object.fromEntries(
    await Promise.all(Object.entries(fieldErrors).map(async ([field, keys]) => [field, await Promise.all(keys.map((k) => errorMessage(k)))] as const)),
  );
  const label = (names: { nameEn: string; nameHi: string }) => (locale === "hi" ? names.nameHi : names.nameEn);
  const filtered = Boolean(search.q || search.categoryCode || search.districtSlug || search.reservedOnly || one(params.min) || one(params.max));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      <div className="mt-6">
        <SearchForm
          values={{
            q: search.q,
            category: search.categoryCode ?? "",
            district: search.districtSlug ?? "",
            reserved: search.reservedOnly,
            min: one(params.min),
            max: one(params.max),
          }}
          categories={categories.map((c) => ({ value: c.code, label: label(c) }))}
          districts={districts.map((d) => ({ value: d.slug, label: label(d) })).sort((a, b) => a.label.localeCompare(b.label, locale))}
          fieldErrors={errors}
        />
      </div>
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-2xl font-semibold" aria-live="polite">
          {filtered ? t("resultsFor") : t("allItems")}
        </h2>
        <SearchOutcome page={page} q={search.q} locale={locale} basePath="/catalogue" />
        {page.items.length === 0 ? (
          page.match === "none" ? null : (
            <div className="mt-4">
              <EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>
            </div>
          )
        ) : (
          <ul className="mt-4 space-y-4">
            {page.items.map((item) => (
              <li key={item.id}>
                <ItemCard item={item} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <Pagination pathname="/catalogue" searchParams={params} nextCursor={page.nextCursor} />
      </section>
    </div>
  );
}
