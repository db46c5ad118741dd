import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/fulfilment/tabs";
import { RoleWelcome } from "@/components/layout/role-welcome";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { listMyInspections, type InspectionTab } from "@/lib/queries/inspector";
import { INSPECTION_TONE } from "./tones";

export const dynamic = "force-dynamic";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The inspector's single window: inspections assigned to them, soonest first, and those recorded. */
export default async function InspectorHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("INSPECTOR");
  const params = await searchParams;
  const tab: InspectionTab = one(params.tab) === "done" ? "done" : "open";
  const [t, locale, page] = await Promise.all([
    getTranslations("inspector"),
    getUiLocale(),
    listMyInspections(actor, { tab, cursor: one(params.cursor) }),
  ]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  type Row = (typeof page.rows)[number];
  return (
    <div className="space-y-6">
      <RoleWelcome actor={actor} />
      <Card title={t("queue.title")}>
        <div className="space-y-4">
          <Tabs
            label={t("queue.tabsLabel")}
            tabs={[
              { href: "/inspector", label: t("queue.open"), current: tab === "open" },
              { href: "/inspector?tab=done", label: t("queue.done"), current: tab === "done" },
            ]}
          />
          <Table<Row>
            caption={tab === "open" ? t("queue.captionOpen") : t("queue.captionDone")}
            captionHidden
            rows={page.rows}
            rowKey={(r) => r.id}
            empty={<EmptyState title={tab === "open" ? t("queue.emptyOpen") : t("queue.emptyDone")}>{tab === "open" ? t("queue.emptyOpenHint") : null}</EmptyState>}
            columns={[
              {
                header: t("columns.supplyOrder"),
                cell: (r) => (
                  <Link href={`/inspector/inspections/${r.id}`} className="font-semibold text-blue-800 underline">
                    {r.supplyOrder.number}
                  </Link>
                ),
              },
              { header: t("columns.kind"), cell: (r) => `${t(`kind.${r.kind}`)} · ${t("attempt", { attempt: r.attempt })}` },
              { header: t("columns.scheduledOn"), cell: (r) => <DateIst value={r.scheduledOn} /> },
              {
                header: t("columns.site"),
                cell: (r) =>
                  r.kind === "PRE"
                    ? `${r.supplyOrder.vendor.legalName}, ${name(r.supplyOrder.vendor.district)}`
                    : `${name(r.supplyOrder.purchaseOrder.consigneeOffice)}, ${name(r.supplyOrder.purchaseOrder.consigneeOffice.district)}`,
              },
              { header: t("columns.status"), cell: (r) => <Badge tone={INSPECTION_TONE[r.status]}>{t(`status.${r.status}`)}</Badge> },
            ]}
          />
          <Pagination pathname="/inspector" searchParams={params} nextCursor={page.nextCursor} />
        </div>
      </Card>
    </div>
  );
}
