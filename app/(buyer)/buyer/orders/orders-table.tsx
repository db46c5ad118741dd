import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PurchaseOrderStatusBadge } from "@/components/transparency/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { toUiLocale } from "@/lib/i18n/locale";
import type { PurchaseOrderRow } from "@/lib/queries/purchase-orders";

export function OrdersTable({ orders }: { orders: PurchaseOrderRow[] }) {
  const t = useTranslations("buyer.orders");
  const locale = toUiLocale(useLocale());
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  return (
    <Table
      caption={t("caption")}
      captionHidden
      rows={orders}
      rowKey={(o) => o.id}
      empty={<EmptyState title={t("empty")} action={<ButtonLink href="/buyer/catalogue">{t("start")}</ButtonLink>} />}
      columns={[
        { header: t("number"), cell: (o) => <Link href={`/buyer/orders/${o.id}`} className="font-semibold break-words">{o.number}</Link> },
        { header: t("placed"), cell: (o) => <DateIst value={o.createdAt} /> },
        {
          header: t("items"),
          cell: (o) => (
            <>
              {o.lines.map((l) => `${name(l.item)} × ${l.quantity}`).join(", ")}
              {o._count.lines > o.lines.length ? ` ${t("more", { count: o._count.lines - o.lines.length })}` : null}
            </>
          ),
        },
        { header: t("deliverBy"), cell: (o) => <DateIst value={o.deliverBy} /> },
        { header: t("total"), align: "end", cell: (o) => <Money paise={o.totalPaise} /> },
        { header: t("status"), cell: (o) => <PurchaseOrderStatusBadge status={o.status} /> },
      ]}
    />
  );
}
