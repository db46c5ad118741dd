import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { RiskFlagList } from "@/components/transparency/risk-flag-list";
import { RISK_FLAG_KINDS } from "@/lib/domain/risk/rules";
import { listRiskFlags, parseRiskFlagFilters } from "@/lib/queries/risk-flags";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("riskFlags");
  return { title: t("title") };
}

/** Every public risk flag, newest first, filterable by kind and review, in keyset pages. */
export default async function RiskFlagsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = parseRiskFlagFilters(params);
  const cursor = Array.isArray(params.cursor) ? params.cursor[0] : params.cursor;
  const [t, page] = await Promise.all([getTranslations("riskFlags"), listRiskFlags(filters, cursor)]);
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      </div>
      <form action="/risk-flags" method="get" role="search" aria-label={t("title")} className="grid gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4 sm:grid-cols-3">
        <Select
          name="kind" label={t("filters.kind")} placeholder={t("filters.anyKind")} defaultValue={filters.kind ?? ""}
          options={RISK_FLAG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Select
          name="review" label={t("filters.review")} placeholder={t("filters.anyReview")} defaultValue={filters.review ?? ""}
          options={[{ value: "open", label: t("filters.open") }, { value: "reviewed", label: t("filters.reviewed") }]}
        />
        <div className="flex items-end"><Button type="submit">{t("filters.submit")}</Button></div>
      </form>
      <RiskFlagList flags={page.rows} />
      <Pagination pathname="/risk-flags" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
