import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { postIncidentMessageAction, resolveIncidentAction, withdrawIncidentAction } from "@/app/actions/incidents";
import { IncidentDetail } from "@/components/incidents/incident-detail";
import type { SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { getIncidentForActor } from "@/lib/queries/incidents";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

/** One incident of this window's scope (anyone else's is not found), with its conversation. */
export default async function Incident({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("INSPECTOR");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const detail = await getIncidentForActor(actor, id);
  if (!detail) notFound();
  const notice = Array.isArray(query.notice) ? query.notice[0] : query.notice;
  return (
    <IncidentDetail
      detail={detail} basePath="/inspector/incidents" notice={notice} locale={await getUiLocale()}
      actions={{ message: postIncidentMessageAction, withdraw: withdrawIncidentAction, resolve: resolveIncidentAction }}
    />
  );
}
