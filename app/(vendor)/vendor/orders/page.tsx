import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SupplyOrderStatusBadge } from "@/components/transparency/status-badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { VENDOR_ORDER_GROUPS, vendorInbox, type VendorOrderRow } from "@/lib/queries/vendor-orders";
import { TimeLeft } from "./time-left";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

const first = (v: SearchParams[string]) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The vendor's order inbox: orders to accept or reject first, soonest deadline on top; then the rest. */
export default async function VendorOrders({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("VENDOR");
  const params = await searchParams;
  const [t, locale, inbox] = await Promise.all([getTranslations("vendorOrders"), getUiLocale(), vendorInbox(actor, { cursor: first(params.cursor), group: first(params.group) })]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const now = new Date();
  const goods = (so: VendorOrderRow) => so.lines.map((l) => `${name(l.item)} × ${l.quantity} ${unitLabel(l.item.unit, locale)}`).join(", ");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-blue-900">{t("title")}</h1>

      <Card title={t("toAnswer.title", { count: inbox.toAnswer.length })}>
        {inbox.toAnswer.length === 0 ? (
          <p>{t("toAnswer.none")}</p>
        ) : (
          <ul className="space-y-3">
            {inbox.toAnswer.map((so) => (
              <li key={so.id} className="rounded-lg border border-slate-300 p-3">
                <p className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/vendor/orders/${so.id}`} className="text-lg font-semibold break-words">{so.number}</Link>
                  <TimeLeft deadline={so.acceptBy} now={now} />
                </p>
                <p>{goods(so)}</p>
                <p className="text-slate-700">
                  {t("for", { office: name(so.purchaseOrder.office), district: name(so.purchaseOrder.consigneeOffice.district) })} · <Money paise={so.valuePaise + so.gstPaise} /> · {t("deliverBy")} <DateIst value={so.deliverBy} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <section aria-labelledby="other-orders" className="space-y-3">
        <h2 id="other-orders" className="text-xl font-semibold">{t("others")}</h2>
        <nav aria-label={t("filter")}>
          <ul className="flex flex-wrap gap-2">
            {VENDOR_ORDER_GROUPS.filter((g) => g !== "respond").map((g) => (
              <li key={g}>
                <Link
                  href={`/vendor/orders?group=${g}`}
                  aria-current={inbox.group === g ? "page" : undefined}
                  className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold"
                >
                  {t(`groups.${g}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Table
          caption={t(`groups.${inbox.group}`)}
          captionHidden
          rows={inbox.orders}
          rowKey={(so) => so.id}
          empty={<EmptyState title={t("empty")} />}
          columns={[
            { header: t("number"), cell: (so) => <Link href={`/vendor/orders/${so.id}`} className="font-semibold break-words">{so.number}</Link> },
            { header: t("buyer"), cell: (so) => name(so.purchaseOrder.office) },
            { header: t("goods"), cell: goods },
            { header: t("deliverBy"), cell: (so) => <DateIst value={so.deliverBy} /> },
            { header: t("value"), align: "end", cell: (so) => <Money paise={so.valuePaise + so.gstPaise} /> },
            { header: t("status"), cell: (so) => <SupplyOrderStatusBadge status={so.status} /> },
          ]}
        />
        <Pagination pathname="/vendor/orders" searchParams={params} nextCursor={inbox.nextCursor} />
      </section>
    </div>
  );
}
