import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/fulfilment/tabs";
import { Badge } from "@/components/ui/badge";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { listVendorFulfilment, type FulfilmentTab } from "@/lib/queries/dispatch";
import { SUPPLY_ORDER_TONE } from "./tones";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dispatch");
  return { title: t("list.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Accepted supply orders from inspection to payment: first those waiting on the vendor. */
export default async function DispatchListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("VENDOR");
  const params = await searchParams;
  const tab: FulfilmentTab = one(params.tab) === "all" ? "all" : "action";
  const [t, locale, page] = await Promise.all([getTranslations("dispatch"), getUiLocale(), listVendorFulfilment(actor, { tab, cursor: one(params.cursor) })]);
  type Row = (typeof page.rows)[number];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <p className="text-slate-700">{t("list.intro")}</p>
      <Tabs
        label={t("list.tabsLabel")}
        tabs={[
          { href: "/vendor/dispatch", label: t("list.action"), current: tab === "action" },
          { href: "/vendor/dispatch?tab=all", label: t("list.all"), current: tab === "all" },
        ]}
      />
      <Table<Row>
        caption={tab === "all" ? t("list.all") : t("list.action")}
        captionHidden
        rows={page.rows}
        rowKey={(r) => r.id}
        empty={<EmptyState title={tab === "all" ? t("list.emptyAll") : t("list.emptyAction")} />}
        columns={[
          {
            header: t("columns.supplyOrder"),
            cell: (r) => (
              <Link href={`/vendor/dispatch/${r.id}`} className="font-semibold text-blue-800 underline">
                {r.number}
              </Link>
            ),
          },
          { header: t("columns.consignee"), cell: (r) => (locale === "hi" ? r.purchaseOrder.consigneeOffice.nameHi : r.purchaseOrder.consigneeOffice.nameEn) },
          { header: t("columns.deliverBy"), cell: (r) => <DateIst value={r.deliverBy} /> },
          { header: t("columns.value"), cell: (r) => <Money paise={r.valuePaise} />, align: "end" },
          { header: t("columns.status"), cell: (r) => <Badge tone={SUPPLY_ORDER_TONE[r.status]}>{t(`status.${r.status}`)}</Badge> },
          { header: t("columns.next"), cell: (r) => t(`next.${r.status}`) },
        ]}
      />
      <Pagination pathname="/vendor/dispatch" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
