import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AllocationReason } from "@/components/transparency/allocation-reason";
import { FactList } from "@/components/transparency/fact-list";
import { SupplyOrderStatusBadge } from "@/components/transparency/status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import type { SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import type { AllocationReason as Reason } from "@/lib/domain/allocation/rank";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { getUiLocale } from "@/lib/i18n/server";
import { getVendorOrder } from "@/lib/queries/vendor-orders";
import { AcceptForm, RejectForm } from "../respond-forms";
import { TimeLeft } from "../time-left";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { downloadableDocuments } from "@/lib/queries/documents";
import { unitLabel } from "@/lib/domain/units";
import { NUMBER_SLOT, WithNumber } from "@/components/ui/with-number";

export const dynamic = "force-dynamic";

// Where the vendor acts next, for the statuses whose step lives on the dispatch pages.
const DISPATCH_STEP: Partial<Record<SupplyOrderStatus, string>> = {
  READY_TO_DISPATCH: "dispatch",
  PRE_INSPECTION_FAILED: "reinspection",
  REPLACEMENT_DUE: "replacement",
};

/** One supply order for its vendor: what, for whom, by when, why it came to them, and the next step. */
export default async function VendorOrder({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("VENDOR");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const so = await getVendorOrder(actor, id);
  if (!so) notFound();
  const [t, locale] = await Promise.all([getTranslations("vendorOrders"), getUiLocale()]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const notice = Array.isArray(query.notice) ? query.notice[0] : query.notice;
  const consignee = so.purchaseOrder.consigneeOffice;
  const canRespond = so.events.includes("accept");
  const step = DISPATCH_STEP[so.status];
  const openInspection = so.inspections.find((i) => i.status === "ASSIGNED");
  const documents = await downloadableDocuments(actor, { supplyOrderIds: [so.id] });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold break-words text-blue-900"><WithNumber template={t("order.title", { number: NUMBER_SLOT })} number={so.number} /></h1>
        <SupplyOrderStatusBadge status={so.status} closedShort={so.lines.some((l) => l.shortClosedQty > 0)} />
      </div>
      {notice === "accepted" || notice === "rejected" ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t(`order.notices.${notice}`)}</p>
      ) : null}

      <Card title={t("order.nextStep")}>
        <p className="text-lg">{t(`order.next.${so.status}`)}</p>
        {openInspection ? (
          <p className="mt-2">
            {t("order.inspectionScheduled", { kind: t(`order.kind.${openInspection.kind}`) })} <DateIst value={openInspection.scheduledOn} />
            {` · ${t("order.inspector", { name: openInspection.inspector.user.name, agency: name(openInspection.inspector.agency) })}`}
          </p>
        ) : null}
        {so.bill ? (
          <p className="mt-2">
            {t("order.bill", { number: so.bill.number })} · <Money paise={so.bill.netPayablePaise} /> · {t(`order.billStatus.${so.bill.status}`)} · {t("order.due")} <DateIst value={so.bill.dueDate} />
          </p>
        ) : null}
        {step ? (
          <p className="mt-3">
            <ButtonLink href={`/vendor/dispatch/${so.id}`}>{t(`order.steps.${step}`)}</ButtonLink>
          </p>
        ) : null}
        <p className="mt-3">
          <ButtonLink href={`/vendor/incidents/new?supplyOrderId=${so.id}`} variant="ghost">{t("order.raiseIncident")}</ButtonLink>
        </p>
      </Card>

      {canRespond ? (
        <Card title={t("order.respond")}>
          <p className="mb-3"><TimeLeft deadline={so.acceptBy} now={new Date()} /></p>
          <p className="mb-3">{t("order.respondIntro")}</p>
          <div className="grid gap-6 sm:grid-cols-2">
            <div>
              <h3 className="mb-2 text-lg font-semibold">{t("order.acceptHeading")}</h3>
              <p className="mb-3 text-slate-800">{so.preInspectionRequired ? t("order.acceptWithInspection") : t("order.acceptReady")}</p>
              <AcceptForm supplyOrderId={so.id} labels={{ submit: t("order.accept"), submitting: t("order.submitting") }} />
            </div>
            <div>
              <h3 className="mb-2 text-lg font-semibold">{t("order.rejectHeading")}</h3>
              <RejectForm supplyOrderId={so.id} labels={{ reason: t("order.reason"), reasonHint: t("order.reasonHint"), submit: t("order.reject"), submitting: t("order.submitting") }} />
            </div>
          </div>
        </Card>
      ) : null}

      <Card title={t("order.summary")}>
        <FactList
          items={[
            { label: t("order.purchaseOrder"), value: <Link href={`/orders/${so.purchaseOrder.number}`}>{so.purchaseOrder.number}</Link> },
            { label: t("buyer"), value: name(so.purchaseOrder.office) },
            { label: t("order.consignee"), value: `${name(consignee)}, ${consignee.address}, ${name(consignee.district)} ${consignee.pincode}` },
            { label: t("deliverBy"), value: <DateIst value={so.deliverBy} /> },
            { label: t("order.valueExGst"), value: <Money paise={so.valuePaise} /> },
            { label: t("order.gst"), value: <>{<Money paise={so.gstPaise} />} ({so.intraState ? t("order.intra") : t("order.inter")})</> },
            { label: t("order.preInspection"), value: so.preInspectionRequired ? t("order.preInspectionYes") : t("order.preInspectionNo") },
            { label: t("order.policy"), value: t("order.policyValue", { version: so.policyVersion.version }) },
            ...(so.rejectReason ? [{ label: t("order.rejectReason"), value: so.rejectReason }] : []),
            ...(so.cancelReason ? [{ label: t("order.cancelReason"), value: so.cancelReason }] : []),
          ]}
        />
      </Card>

      <Card title={t("goods")}>
        <Table
          caption={t("order.goodsCaption")}
          captionHidden
          rows={so.lines}
          rowKey={(l) => l.id}
          columns={[
            { header: t("order.item"), cell: (l) => <>{name(l.item)} <span className="block text-slate-700">{l.item.code}</span></> },
            { header: t("order.quantity"), align: "end", cell: (l) => `${l.quantity} ${unitLabel(l.item.unit, locale)}` },
            { header: t("order.price"), align: "end", cell: (l) => <Money paise={l.unitPricePaise} /> },
            {
              header: t("order.progress"),
              cell: (l) => (
                <>
                  {t("order.progressValue", { ordered: l.quantity, dispatched: l.dispatchedQty, received: l.receivedQty, accepted: l.acceptedQty, paid: so.bill?.status === "PAID" ? l.acceptedQty : 0 })}
                  {l.shortClosedQty ? <span className="block text-slate-700">{t("order.closedShort", { count: l.shortClosedQty })}</span> : null}
                  {l.reallocatedQty ? <span className="block text-slate-700">{t("order.reallocated", { count: l.reallocatedQty })}</span> : null}
                </>
              ),
            },
            ...(so.lines.some((l) => l.rejectedQty > 0) ? [{ header: t("order.rejectedQty"), align: "end" as const, cell: (l: (typeof so.lines)[number]) => <Badge tone="warning">{l.rejectedQty}</Badge> }] : []),
          ]}
        />
        <h3 className="mt-4 text-lg font-semibold">{t("order.why")}</h3>
        <div className="space-y-3">
          {so.lines.map((l) => (
            <AllocationReason key={l.id} reason={l.allocationReason as unknown as Reason} itemName={`${name(l.item)} × ${l.quantity} ${unitLabel(l.item.unit, locale)}`} />
          ))}
        </div>
      </Card>
      <DocumentDownloads documents={documents} />
    </div>
  );
}
