import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SupplyOrderStatusBadge } from "@/components/transparency/status-badge";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { listBuyerSupplyOrders, SUPPLY_ORDER_GROUPS } from "@/lib/queries/purchase-orders";

export const dynamic = "force-dynamic";

const first = (v: SearchParams[string]) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Every supply order of the office's purchase orders, newest first; "needs you" first in the filters. */
export default async function BuyerSupplyOrders({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const params = await searchParams;
  const group = first(params.group);
  const [t, locale, page] = await Promise.all([getTranslations("buyer.supplyOrders"), getUiLocale(), listBuyerSupplyOrders(actor, { cursor: first(params.cursor), group })]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>
      <nav aria-label={t("filter")}>
        <ul className="flex flex-wrap gap-2">
          {["", ...SUPPLY_ORDER_GROUPS].map((g) => (
            <li key={g}>
              <Link
                href={g ? `/buyer/supply-orders?group=${g}` : "/buyer/supply-orders"}
                aria-current={group === g ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold"
              >
                {t(`groups.${g || "all"}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Table
        caption={t("caption")}
        captionHidden
        rows={page.supplyOrders}
        rowKey={(so) => so.id}
        empty={<EmptyState title={t("empty")} />}
        columns={[
          { header: t("number"), cell: (so) => <Link href={`/buyer/supply-orders/${so.id}`} className="font-semibold break-words">{so.number}</Link> },
          { header: t("purchaseOrder"), cell: (so) => <Link href={`/buyer/orders/${so.purchaseOrder.id}`} className="break-words">{so.purchaseOrder.number}</Link> },
          { header: t("vendor"), cell: (so) => so.vendor.legalName },
          { header: t("items"), cell: (so) => so.lines.map((l) => `${name(l.item)} × ${l.quantity}`).join(", ") },
          { header: t("deliverBy"), cell: (so) => <DateIst value={so.deliverBy} /> },
          { header: t("value"), align: "end", cell: (so) => <Money paise={so.valuePaise + so.gstPaise} /> },
          { header: t("status"), cell: (so) => <SupplyOrderStatusBadge status={so.status} /> },
        ]}
      />
      <Pagination pathname="/buyer/supply-orders" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
