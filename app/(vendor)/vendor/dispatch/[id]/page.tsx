import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Facts } from "@/components/fulfilment/facts";
import { InspectionResult } from "@/components/fulfilment/inspection-result";
import { ScopedMessages } from "@/components/fulfilment/scoped-messages";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { todayInputValue } from "@/lib/domain/dispatch/input";
import { getUiLocale } from "@/lib/i18n/server";
import { getSupplyOrderForVendor } from "@/lib/queries/dispatch";
import { SUPPLY_ORDER_TONE } from "../tones";
import { DispatchForm } from "./dispatch-form";
import { ReinspectionForm } from "./reinspection-form";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { downloadableDocuments } from "@/lib/queries/documents";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dispatch");
  return { title: t("detail.metaTitle") };
}

/** One accepted supply order from the vendor's side: the next step, inspections, dispatches, bill and payment. */
export default async function VendorSupplyOrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requireRole("VENDOR");
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [t, locale, so] = await Promise.all([getTranslations("dispatch"), getUiLocale(), getSupplyOrderForVendor(actor, id)]);
  if (!so) notFound();
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const specs = new Map(so.lines.flatMap((l) => l.item.specs.map((s) => [`${l.id}:${s.key}`, locale === "hi" ? s.labelHi : s.labelEn] as const)));
  const office = so.purchaseOrder.consigneeOffice;
  const lastPre = [...so.inspections].reverse().find((i) => i.kind === "PRE");
  type Line = (typeof so.lines)[number];
  const formLines = (left: (l: Line) => number) =>
    so.lines.map((l) => ({ id: l.id, label: `${l.item.code} · ${name(l.item)}`, unit: unitLabel(l.item.unit, locale), left: left(l) }));

  const documents = await downloadableDocuments(actor, { supplyOrderIds: [so.id] });
  return (
    <div className="space-y-6">
      <div>
        <ButtonLink href="/vendor/dispatch" variant="ghost">{t("detail.back")}</ButtonLink>
        <h1 className="mt-2 flex flex-wrap items-center gap-2 text-2xl font-bold">
          {t("detail.title", { number: so.number })}
          <Badge tone={SUPPLY_ORDER_TONE[so.status]}>{t(`status.${so.status}`)}</Badge>
        </h1>
      </div>
      {done === "dispatched" || done === "reinspection" ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t(`detail.done.${done}`)}</p>
      ) : null}

      <Card title={t("detail.nextStep")}>
        <p>{t(`next.${so.status}`)}</p>
        {so.status === "AWAITING_PRE_INSPECTION" && lastPre ? (
          <p className="mt-2">{t("detail.inspectionOn")} <DateIst value={lastPre.scheduledOn} /></p>
        ) : null}
        {so.cancelReason ? <p className="mt-2">{t("detail.cancelReason", { reason: so.cancelReason })}</p> : null}
      </Card>

      {so.canDispatch ? (
        <Card title={t("form.title")}>
          <ScopedMessages namespaces={["dispatch"]}>
            <DispatchForm supplyOrderId={so.id} kind="ORIGINAL" today={todayInputValue(new Date())} lines={formLines((l) => l.quantity - l.dispatchedQty)} />
          </ScopedMessages>
        </Card>
      ) : null}
      {so.canReplace ? (
        <Card title={t("form.replacementTitle")}>
          <p className="mb-4">{t("form.replacementIntro")}</p>
          <ScopedMessages namespaces={["dispatch"]}>
            <DispatchForm supplyOrderId={so.id} kind="REPLACEMENT" today={todayInputValue(new Date())} lines={formLines((l) => l.quantity - l.acceptedQty)} />
          </ScopedMessages>
        </Card>
      ) : null}
      {so.status === "PRE_INSPECTION_FAILED" ? (
        <Card title={t("reinspection.title")}>
          <p className="mb-4">
            {t("reinspection.used", { used: so.reinspections, max: so.policyVersion.maxReinspections })}
          </p>
          {so.canRequestReinspection ? (
            <ScopedMessages namespaces={["dispatch"]}>
              <p className="mb-4">{t("reinspection.intro")}</p>
              <ReinspectionForm supplyOrderId={so.id} />
            </ScopedMessages>
          ) : (
            <p>{t("reinspection.none")}</p>
          )}
        </Card>
      ) : null}

      <Card title={t("detail.order")}>
        <Facts
          items={[
            { label: t("detail.purchaseOrder"), value: so.purchaseOrder.number },
            { label: t("detail.consignee"), value: `${name(office)}, ${office.address}, ${office.pincode} (${name(office.district)})` },
            { label: t("detail.deliverBy"), value: <DateIst value={so.deliverBy} /> },
            { label: t("detail.value"), value: <><Money paise={so.valuePaise} /> + {t("detail.gst")} <Money paise={so.gstPaise} /></> },
          ]}
        />
        <div className="mt-4">
          <Table<Line>
            caption={t("detail.lines")}
            rows={so.lines}
            rowKey={(l) => l.id}
            columns={[
              { header: t("columns.item"), cell: (l) => `${l.item.code} · ${name(l.item)}` },
              { header: t("columns.ordered"), cell: (l) => `${l.quantity} ${unitLabel(l.item.unit, locale)}`, align: "end" },
              { header: t("columns.dispatched"), cell: (l) => l.dispatchedQty, align: "end" },
              { header: t("columns.received"), cell: (l) => l.receivedQty, align: "end" },
              { header: t("columns.accepted"), cell: (l) => l.acceptedQty, align: "end" },
              { header: t("columns.rejected"), cell: (l) => l.rejectedQty, align: "end" },
            ]}
          />
        </div>
      </Card>

      {so.inspections.length > 0 ? (
        <Card title={t("detail.inspections")}>
          <ul className="space-y-4">
            {so.inspections.map((i) => (
              <li key={i.id} className="border-b border-slate-200 pb-3 last:border-0">
                {i.status === "ASSIGNED" ? (
                  <p>
                    {t("detail.inspectionScheduled", { kind: t(`kind.${i.kind}`) })} <DateIst value={i.scheduledOn} />
                    {` · ${t("detail.inspector", { name: i.inspector.user.name, agency: name(i.inspector.agency) })}`}
                  </p>
                ) : (
                  <InspectionResult inspection={i} specLabel={(lineId, key) => specs.get(`${lineId}:${key}`) ?? key} />
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {so.dispatches.length > 0 ? (
        <Card title={t("detail.dispatches")}>
          <ul className="space-y-2">
            {so.dispatches.map((d) => (
              <li key={d.id}>
                <span className="font-semibold">{t(`dispatchKind.${d.kind}`)}</span> · <DateIst value={d.dispatchedOn} /> ·{" "}
                {t("detail.dispatchLine", { invoice: d.invoiceNumber, transporter: d.transporter, docket: d.docketNumber })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {so.bill ? (
        <Card title={t("bill.title", { number: so.bill.number })}>
          <Facts
            items={[
              { label: t("bill.gross"), value: <Money paise={so.bill.grossPaise} /> },
              { label: t("bill.tds"), value: <Money paise={so.bill.tdsCgstPaise + so.bill.tdsSgstPaise + so.bill.tdsIgstPaise} /> },
              { label: t("bill.ld"), value: <Money paise={so.bill.liquidatedDamagesPaise} /> },
              { label: t("bill.net"), value: <Money paise={so.bill.netPayablePaise} />, strong: true },
              { label: t("bill.dueDate"), value: <DateIst value={so.bill.dueDate} /> },
              ...(so.bill.payment
                ? [
                    { label: t("bill.paidAt"), value: <DateIst value={so.bill.payment.paidAt} withTime /> },
                    { label: t("bill.amountPaid"), value: <Money paise={so.bill.payment.amountPaise} />, strong: true },
                    { label: t("bill.interest"), value: <Money paise={so.bill.payment.interestPaise} /> },
                    { label: t("bill.bankReference"), value: so.bill.payment.bankReference },
                  ]
                : [{ label: t("bill.status"), value: t("bill.awaitingPayment") }]),
            ]}
          />
        </Card>
      ) : null}
      <DocumentDownloads documents={documents} />
    </div>
  );
}
