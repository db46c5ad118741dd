import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IncidentList } from "@/components/incidents/incident-list";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { listIncidents } from "@/lib/queries/incidents";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

/** The incidents of this window's scope, those waiting on it first. */
export default async function Incidents({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("FINANCE");
  const params = await searchParams;
  const cursor = Array.isArray(params.cursor) ? params.cursor[0] : params.cursor;
  const [t, page] = await Promise.all([getTranslations("incidents"), listIncidents(actor, cursor)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>
      </div>
      <p className="max-w-3xl">{t("intro.FINANCE")}</p>
      <IncidentList needsAction={page.needsAction} rows={page.rows} basePath="/finance/incidents" />
      <Pagination pathname="/finance/incidents" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
