import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { formatInr } from "@/lib/domain/money";
import { batchMessageId } from "@/lib/domain/payment-batch/files";
import { toUiLocale } from "@/lib/i18n/locale";
import { listBatchableBills, listPaymentBatches } from "@/lib/queries/payment-batches";
import { BatchForm, type BatchFormLabels } from "./batch-form";

const BATCH_FORM_KEYS = ["pick", "bill", "vendor", "dueDate", "netPayable", "status", "create", "creating"] as const;

export const dynamic = "force-dynamic";

/** Finance's payment batches: a new batch from the office's unpaid bills (most urgent first), and the batches sent. */
export default async function PaymentBatchesPage() {
  const actor = await requireRole("FINANCE");
  const [t, tf, format, locale, bills, batches] = await Promise.all([
    getTranslations("paymentBatches.batches"), getTranslations("finance"), getFormatter(), getLocale(),
    listBatchableBills(actor), listPaymentBatches(actor),
  ]);
  const uiLocale = toUiLocale(locale);
  const rows = bills.map((b) => ({
    id: b.id, number: b.number, vendor: b.vendor.legalName, urgency: tf(`urgency.${b.urgency}`), urgent: b.urgency === "overdue" || b.urgency === "dueSoon",
    dueDate: format.dateTime(b.dueDate, { dateStyle: "medium", timeZone: "UTC" }), amount: formatInr(b.netPayablePaise, uiLocale),
  }));
  type Batch = (typeof batches)[number];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <Card title={t("newTitle")}>
        {rows.length === 0 ? <EmptyState title={t("empty")} /> : <BatchForm bills={rows} labels={Object.fromEntries(BATCH_FORM_KEYS.map((k) => [k, t(k)])) as BatchFormLabels} />}
      </Card>
      <Card title={t("listTitle")}>
        <Table<Batch>
          caption={t("listTitle")} captionHidden rows={batches} rowKey={(b) => b.id} empty={<EmptyState title={t("listEmpty")} />}
          columns={[
            { header: t("number"), cell: (b) => <Link href={`/finance/batches/${b.id}`} className="font-semibold text-blue-800 underline">{batchMessageId(b.seq)}</Link> },
            { header: t("created"), cell: (b) => <DateIst value={b.createdAt} withTime /> },
            { header: t("count"), cell: (b) => b.itemCount, align: "end" },
            { header: t("total"), cell: (b) => <Money paise={b.totalPaise} />, align: "end" },
            { header: t("status"), cell: (b) => <Badge tone={b.status === "SETTLED" ? "success" : "info"}>{t(`status${b.status}`)}</Badge> },
          ]}
        />
      </Card>
    </div>
  );
}
