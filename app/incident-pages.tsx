/**
 * The incidents window (issue 18) is one list and one conversation seen from five roles' homes, so
 * each role's route files are one line over these: the role's guard, its base path, whether it may
 * raise one from the list. Not a route itself (no page/layout name).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { postIncidentMessageAction, resolveIncidentAction, withdrawIncidentAction } from "@/app/actions/incidents";
import { IncidentDetail } from "@/components/incidents/incident-detail";
import { IncidentList } from "@/components/incidents/incident-list";
import { ButtonLink } from "@/components/ui/button";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { getIncidentForActor, listIncidents } from "@/lib/queries/incidents";

type WindowRole = "ADMIN" | "BUYER" | "FINANCE" | "INSPECTOR" | "VENDOR";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function incidentsMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

/** The incidents of this window's scope, those waiting on it first. */
export function incidentListPage(role: WindowRole, { canRaise = false }: { canRaise?: boolean } = {}) {
  const basePath = `${ROLE_HOME[role]}/incidents`;
  return async function Incidents({ searchParams }: { searchParams: Promise<SearchParams> }) {
    const actor = await requireRole(role);
    const params = await searchParams;
    const [t, page] = await Promise.all([getTranslations("incidents"), listIncidents(actor, first(params.cursor))]);
    return (
      <div className="space-y-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>
          {canRaise ? <ButtonLink href={`${basePath}/new`}>{t("raise")}</ButtonLink> : null}
        </div>
        <p className="max-w-3xl">{t(`intro.${role}`)}</p>
        <IncidentList needsAction={page.needsAction} rows={page.rows} basePath={basePath} />
        <Pagination pathname={basePath} searchParams={params} nextCursor={page.nextCursor} />
      </div>
    );
  };
}

/** One incident of this window's scope (anyone else's is not found), with its conversation. */
export function incidentDetailPage(role: WindowRole) {
  const basePath = `${ROLE_HOME[role]}/incidents`;
  return async function Incident({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
    const actor = await requireRole(role);
    const [{ id }, query] = await Promise.all([params, searchParams]);
    const detail = await getIncidentForActor(actor, id);
    if (!detail) notFound();
    return (
      <IncidentDetail
        detail={detail} basePath={basePath} notice={first(query.notice)} locale={await getUiLocale()}
        actions={{ message: postIncidentMessageAction, withdraw: withdrawIncidentAction, resolve: resolveIncidentAction }}
      />
    );
  };
}
