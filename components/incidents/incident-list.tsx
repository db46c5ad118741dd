import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Table } from "@/components/ui/table";
import type { IncidentRow } from "@/lib/queries/incidents";
import { incidentTone } from "./tone";

/** A table of incidents, each linking to its page under `basePath` (e.g. "/buyer/incidents"). */
async function IncidentTable({ rows, basePath, caption, empty }: { rows: IncidentRow[]; basePath: string; caption: string; empty: string }) {
  const t = await getTranslations("incidents");
  return (
    <Table
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(row) => row.id}
      empty={empty}
      columns={[
        { header: t("columns.number"), cell: (row) => <Link href={`${basePath}/${row.id}`} className="font-semibold text-blue-800 underline">{row.number}</Link> },
        { header: t("columns.subject"), cell: (row) => row.subject },
        { header: t("columns.category"), cell: (row) => t(`category.${row.category}`) },
        { header: t("columns.order"), cell: (row) => row.supplyOrder?.number ?? row.purchaseOrder?.number ?? (row.penalty ? t("appeal.penaltyCell", { kind: t(`resolve.penalty.kinds.${row.penalty.kind}`) }) : "") },
        { header: t("columns.status"), cell: (row) => <Badge tone={incidentTone(row.status)}>{t(`status.${row.status}`)}</Badge> },
        { header: t("columns.deadline"), cell: (row) => <DateIst value={row.status === "OPEN" ? row.respondBy : row.resolveBy} /> },
      ]}
    />
  );
}

/** An incidents window: what waits on the person first, then every incident of their scope. */
export async function IncidentList({ needsAction, rows, basePath }: { needsAction: IncidentRow[]; rows: IncidentRow[]; basePath: string }) {
  const t = await getTranslations("incidents");
  return (
    <div className="space-y-6">
      <Card title={t("needsAction")}>
        <IncidentTable rows={needsAction} basePath={basePath} caption={t("captions.needsAction")} empty={t("noneWaiting")} />
      </Card>
      <Card title={t("all")}>
        <IncidentTable rows={rows} basePath={basePath} caption={t("captions.all")} empty={t("none")} />
      </Card>
    </div>
  );
}
