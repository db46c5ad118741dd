import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Facts } from "@/components/fulfilment/facts";
import { ScopedMessages } from "@/components/fulfilment/scoped-messages";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { bpToPercentString } from "@/lib/domain/policy/input";
import { formatInr } from "@/lib/domain/money";
import { getUiLocale } from "@/lib/i18n/server";
import { getBillForFinance } from "@/lib/queries/finance";
import { URGENCY_TONE } from "../../tones";
import { PaymentForm } from "./payment-form";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { downloadableDocuments } from "@/lib/queries/documents";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("finance");
  return { title: t("bill.metaTitle") };
}

/** One bill: how it was computed, and either the payment form or the payment made. */
export default async function BillPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ paid?: string }> }) {
  const actor = await requireRole("FINANCE");
  const [{ id }, { paid }] = await Promise.all([params, searchParams]);
  const [t, locale, bill] = await Promise.all([getTranslations("finance"), getUiLocale(), getBillForFinance(actor, id)]);
  if (!bill) notFound();
  const so = bill.supplyOrder;
  const policy = so.policyVersion;
  const tds = bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise;
  const toPay = bill.netPayablePaise + bill.interestIfPaidNow;
  type Line = (typeof so.lines)[number];

  const documents = await downloadableDocuments(actor, { supplyOrderIds: [so.id] });
  return (
    <div className="space-y-6">
      <div>
        <ButtonLink href="/finance/bills" variant="ghost">{t("bill.back")}</ButtonLink>
        <h1 className="mt-2 flex flex-wrap items-center gap-2 text-2xl font-bold">
          {t("bill.title", { number: bill.number })}
          <Badge tone={URGENCY_TONE[bill.urgency]}>{t(`urgency.${bill.urgency}`)}</Badge>
        </h1>
        <p className="text-slate-700">{t("bill.generatedAutomatically")}</p>
      </div>
      {paid ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("pay.done")}</p> : null}

      <Card title={t("bill.amounts")}>
        <Facts
          items={[
            { label: t("bill.gross"), value: <Money paise={bill.grossPaise} /> },
            ...(so.intraState
              ? [{ label: t("bill.cgst"), value: <Money paise={bill.cgstPaise} /> }, { label: t("bill.sgst"), value: <Money paise={bill.sgstPaise} /> }]
              : [{ label: t("bill.igst"), value: <Money paise={bill.igstPaise} /> }]),
            { label: t("bill.tds", { rate: bpToPercentString(policy.gstTdsRateBp) }), value: <>− <Money paise={tds} /></> },
            {
              label: t("bill.ld", { weeks: bill.weeksLate, rate: bpToPercentString(policy.ldRateBpPerWeek), cap: bpToPercentString(policy.ldCapBp) }),
              value: <>− <Money paise={bill.liquidatedDamagesPaise} /></>,
            },
            { label: t("bill.net"), value: <Money paise={bill.netPayablePaise} />, strong: true },
            { label: t("bill.dueDate"), value: <DateIst value={bill.dueDate} />, strong: bill.urgency === "overdue" },
            { label: t("bill.policy"), value: t("bill.policyValue", { version: policy.version, days: policy.paymentDueDays }) },
          ]}
        />
        <div className="mt-4">
          <Table<Line>
            caption={t("bill.lines")}
            rows={so.lines}
            rowKey={(l) => l.id}
            columns={[
              { header: t("columns.item"), cell: (l) => `${l.item.code} · ${locale === "hi" ? l.item.nameHi : l.item.nameEn}` },
              { header: t("columns.accepted"), cell: (l) => `${l.acceptedQty} ${unitLabel(l.item.unit, locale)}`, align: "end" },
              { header: t("columns.unitPrice"), cell: (l) => <Money paise={l.unitPricePaise} />, align: "end" },
              { header: t("columns.gstRate"), cell: (l) => `${bpToPercentString(l.gstRateBp)} %`, align: "end" },
              { header: t("columns.value"), cell: (l) => <Money paise={l.unitPricePaise * BigInt(l.acceptedQty)} />, align: "end" },
            ]}
          />
        </div>
      </Card>

      <Card title={t("bill.vendor")}>
        <Facts
          items={[
            { label: t("bill.vendorName"), value: bill.vendor.legalName },
            { label: t("bill.gstin"), value: bill.vendor.gstin },
            { label: t("bill.udyam"), value: bill.vendor.udyamNumber },
            { label: t("bill.bankAccount"), value: `${bill.vendor.bankAccount} · ${bill.vendor.ifsc}` },
            { label: t("bill.supplyOrder"), value: `${so.number} (${so.purchaseOrder.number})` },
            ...(so.goodsAcceptedAt ? [{ label: t("bill.acceptedOn"), value: <DateIst value={so.goodsAcceptedAt} /> }] : []),
            ...(bill.acceptedOn
              ? [{ label: t("bill.dayOfAcceptance"), value: <><DateIst value={bill.acceptedOn} /> · {t(`bill.acceptanceKind.${bill.acceptanceKind === "OBJECTION_REMOVED" ? "OBJECTION_REMOVED" : "DELIVERY"}`)}</> }]
              : []),
          ]}
        />
      </Card>

      {bill.payment ? (
        <Card title={t("payment.title")}>
          <Facts
            items={[
              { label: t("payment.paidAt"), value: <DateIst value={bill.payment.paidAt} withTime /> },
              { label: t("payment.amount"), value: <Money paise={bill.payment.amountPaise} />, strong: true },
              { label: t("payment.interest"), value: <Money paise={bill.payment.interestPaise} /> },
              { label: t("payment.daysLate"), value: bill.payment.daysLate },
              { label: t("payment.bankReference"), value: bill.payment.bankReference },
              { label: t("payment.releasedBy"), value: bill.payment.releasedBy.name },
            ]}
          />
        </Card>
      ) : (
        <Card title={t("pay.title")}>
          <div className="space-y-4">
            {bill.interestIfPaidNow > 0n ? (
              <p className="rounded-md border-2 border-red-300 bg-red-50 p-3 text-red-900">
                {t("pay.interestNote", {
                  days: bill.daysLateNow,
                  interest: formatInr(bill.interestIfPaidNow, locale),
                  rate: bpToPercentString(bill.interestRateBpNow * 3),
                })}
              </p>
            ) : (
              <p>{t("pay.onTimeNote")}</p>
            )}
            <Facts items={[{ label: t("pay.amountToday"), value: <Money paise={toPay} />, strong: true }]} />
            <ScopedMessages namespaces={["finance"]}>
              <PaymentForm billId={bill.id} idempotencyKey={randomUUID()} amount={formatInr(toPay, locale)} />
            </ScopedMessages>
          </div>
        </Card>
      )}
      <DocumentDownloads documents={documents} />
    </div>
  );
}
