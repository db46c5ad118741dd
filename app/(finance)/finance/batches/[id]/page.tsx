import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getPaymentBatch } from "@/lib/queries/payment-batches";

export const dynamic = "force-dynamic";

export default async function PaymentBatchPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requireRole("FINANCE");
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("paymentBatches.batches")]);
  const batch = await getPaymentBatch(actor, id);
  if (!batch) notFound();
  type Item = (typeof batch.items)[number];
  const tone = { SENT: "info", PAID: "success", RETURNED: "danger" } as const;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("number")} {batch.messageId}</h1>
      {query.created ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("created_ok")}</p> : null}
      <Card title={batch.messageId}>
        <dl className="grid gap-2 sm:grid-cols-2">
          <div><dt className="font-semibold">{t("status")}</dt><dd><Badge tone={batch.status === "SETTLED" ? "success" : "info"}>{t(`status${batch.status}`)}</Badge></dd></div>
          <div><dt className="font-semibold">{t("requestedOn")}</dt><dd><DateIst value={batch.requestedOn} /></dd></div>
          <div><dt className="font-semibold">{t("count")}</dt><dd>{batch.itemCount}</dd></div>
          <div><dt className="font-semibold">{t("total")}</dt><dd><Money paise={batch.totalPaise} /></dd></div>
          <div className="sm:col-span-2"><dt className="font-semibold">{t("created")}</dt><dd><DateIst value={batch.createdAt} withTime /> · {t("createdBy", { name: batch.createdBy.name })}</dd></div>
        </dl>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href={`/finance/batches/${batch.id}/file?kind=pain001`} prefetch={false}>{t("downloadPain")}</ButtonLink>
          <ButtonLink href={`/finance/batches/${batch.id}/file?kind=csv`} prefetch={false} variant="secondary">{t("downloadCsv")}</ButtonLink>
        </div>
        <p className="mt-3 text-sm">{t("fileNote")}</p>
        <p className="break-all font-mono text-xs">pain.001 SHA-256 {batch.painSha256}<br />CSV SHA-256 {batch.csvSha256}</p>
      </Card>
      <Card title={t("items")}>
        <Table<Item>
          caption={t("items")} captionHidden rows={batch.items} rowKey={(i) => i.id}
          columns={[
            { header: t("reference"), cell: (i) => <span className="font-mono">{i.endToEndId}</span> },
            { header: t("bill"), cell: (i) => i.billNumber },
            { header: t("vendor"), cell: (i) => i.vendorName },
            { header: t("amount"), cell: (i) => <Money paise={i.amountPaise} />, align: "end" },
            { header: t("interest"), cell: (i) => <Money paise={i.interestPaise} />, align: "end" },
            { header: t("status"), cell: (i) => <Badge tone={tone[i.status]}>{t(`item${i.status}`)}{i.returnReason ? ` (${i.returnReason})` : ""}</Badge> },
            { header: t("utr"), cell: (i) => i.payment?.bankReference ?? "" },
            { header: t("valueDate"), cell: (i) => (i.payment ? <DateIst value={i.payment.paidAt} /> : null) },
          ]}
        />
      </Card>
    </div>
  );
}
