import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/fulfilment/tabs";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { listBills, type BillTab } from "@/lib/queries/finance";
import { BillsTable } from "../bills-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("finance");
  return { title: t("bills.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** All bills of the office: unpaid (most pressing first) or paid. */
export default async function BillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("FINANCE");
  const params = await searchParams;
  const tab: BillTab = one(params.tab) === "paid" ? "paid" : "pending";
  const [t, page] = await Promise.all([getTranslations("finance"), listBills(actor, { tab, cursor: one(params.cursor) })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("bills.title")}</h1>
      <Tabs
        label={t("bills.tabsLabel")}
        tabs={[
          { href: "/finance/bills", label: t("bills.pending"), current: tab === "pending" },
          { href: "/finance/bills?tab=paid", label: t("bills.paid"), current: tab === "paid" },
        ]}
      />
      {tab === "paid" ? (
        <p>
          <a href="/finance/bills.csv" download className="inline-flex min-h-11 items-center font-semibold">{t("bills.exportCsv")}</a>
        </p>
      ) : null}
      <BillsTable rows={page.rows} paid={tab === "paid"} caption={tab === "paid" ? t("bills.paid") : t("bills.pending")} />
      <Pagination pathname="/finance/bills" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
