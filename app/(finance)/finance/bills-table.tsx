import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import type { listBills } from "@/lib/queries/finance";
import { URGENCY_TONE } from "./tones";

type Row = Awaited<ReturnType<typeof listBills>>["rows"][number];

/** Bills with their due date and how pressing each is; the row of an overdue bill says so in words, not only colour. */
export function BillsTable({ rows, paid, caption }: { rows: Row[]; paid: boolean; caption: string }) {
  const t = useTranslations("finance");
  return (
    <Table<Row>
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      empty={<EmptyState title={paid ? t("bills.emptyPaid") : t("bills.emptyPending")} />}
      columns={[
        {
          header: t("columns.bill"),
          cell: (r) => (
            <Link href={`/finance/bills/${r.id}`} className="font-semibold text-blue-800 underline">
              {r.number}
            </Link>
          ),
        },
        { header: t("columns.vendor"), cell: (r) => r.vendor.legalName },
        { header: t("columns.supplyOrder"), cell: (r) => r.supplyOrder.number },
        { header: t("columns.dueDate"), cell: (r) => <DateIst value={r.dueDate} /> },
        { header: t("columns.netPayable"), cell: (r) => <Money paise={r.netPayablePaise} />, align: "end" },
        ...(paid
          ? [
              { header: t("columns.paidOn"), cell: (r: Row) => (r.payment ? <DateIst value={r.payment.paidAt} /> : null) },
              { header: t("columns.interest"), cell: (r: Row) => (r.payment ? <Money paise={r.payment.interestPaise} /> : null), align: "end" as const },
              { header: t("columns.utr"), cell: (r: Row) => (r.payment ? <span className="font-mono break-all">{r.payment.bankReference}</span> : null) },
            ]
          : []),
        { header: t("columns.status"), cell: (r) => <Badge tone={URGENCY_TONE[r.urgency]}>{t(`urgency.${r.urgency}`)}</Badge> },
      ]}
    />
  );
}
