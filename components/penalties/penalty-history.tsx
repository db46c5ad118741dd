import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, type Column } from "@/components/ui/table";
import { formatDateIst } from "@/lib/domain/format";
import type { PenaltyStatus } from "@/lib/domain/penalty/rules";
import { getUiLocale } from "@/lib/i18n/server";
import type { PenaltyRow } from "@/lib/queries/penalties";

/** A penalty as the queries give it; the admin's view adds who decided it. */
export type PenaltyHistoryRow = PenaltyRow & { decidedBy?: { name: string } | null };

const TONE: Record<PenaltyStatus, BadgeTone> = { ACTIVE: "danger", REVOKED: "neutral", EXPIRED: "neutral" };

/**
 * A vendor's penalties, newest first: kind (with points), period, reason, status (and why revoked).
 * The admin's page adds who decided and a column of actions; the vendor's own page shows neither.
 */
export async function PenaltyHistory({ rows, caption, captionHidden = false, showDecidedBy = false, actions }: {
  rows: PenaltyHistoryRow[];
  caption: string;
  captionHidden?: boolean;
  showDecidedBy?: boolean;
  actions?: (row: PenaltyHistoryRow) => ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("penalties"), getUiLocale()]);
  const columns: Column<PenaltyHistoryRow>[] = [
    { header: t("columns.kind"), cell: (r) => (r.kind === "POINTS" ? `${t("kinds.POINTS")} (${t("pointsValue", { points: r.points })})` : t(`kinds.${r.kind}`)) },
    { header: t("columns.period"), cell: (r) => <><DateIst value={r.startsAt} /> – <DateIst value={r.endsAt} /></> },
    {
      header: t("columns.reason"),
      cell: (r) => (
        <>
          <span className="whitespace-pre-line">{r.reason}</span>
          {r.incidentId ? <span className="block text-slate-700">{t("incident", { id: r.incidentId })}</span> : null}
        </>
      ),
    },
    {
      header: t("columns.status"),
      cell: (r) => (
        <>
          <Badge tone={TONE[r.status]}>{t(`statuses.${r.status}`)}</Badge>
          {r.status === "REVOKED" && r.revokedAt ? (
            <span className="mt-1 block">
              {t("revokedNote", { date: formatDateIst(r.revokedAt, locale), reason: r.revokeReason ?? "" })}
            </span>
          ) : null}
        </>
      ),
    },
  ];
  if (showDecidedBy) columns.push({ header: t("columns.decidedBy"), cell: (r) => r.decidedBy?.name ?? "" });
  if (actions) columns.push({ header: t("columns.actions"), cell: actions });
  return <Table caption={caption} captionHidden={captionHidden} rows={rows} rowKey={(r) => r.id} columns={columns} empty={<EmptyState title={t("admin.history.none")} />} />;
}
