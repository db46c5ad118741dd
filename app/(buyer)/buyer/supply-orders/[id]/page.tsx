import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfflineReceipt } from "@/components/pwa/offline-receipt";
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
import { istDayNumber } from "@/lib/domain/bill/rules";
import type { AllocationReason as Reason } from "@/lib/domain/allocation/rank";
import { getUiLocale } from "@/lib/i18n/server";
import { getBuyerSupplyOrder } from "@/lib/queries/purchase-orders";
import { Notice } from "../../notice";
import { CancelForm, ReceiptForm, ShortfallForm } from "./forms";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { downloadableDocuments } from "@/lib/queries/documents";
import { unitLabel } from "@/lib/domain/units";
import { NUMBER_SLOT, WithNumber } from "@/components/ui/with-number";

export const dynamic = "force-dynamic";

const DAY_MS = 86_400_000;

type T = Awaited<ReturnType<typeof getTranslations<"buyer">>>;
function shortfallLabels(t: T, which: "rest" | "short") {
  return {
    reason: t("shortfall.short.reason"), reasonHint: t("shortfall.short.reasonHint"),
    deliverBy: t("shortfall.rest.deliverBy"), deliverByHint: t("shortfall.rest.deliverByHint"),
    confirm: t(`shortfall.${which}.confirm`), submit: t(`shortfall.${which}.submit`), submitting: t("shortfall.submitting"),
  };
}
const dayInput = (d: Date) => new Date(istDayNumber(d) * DAY_MS).toISOString().slice(0, 10);

/** One supply order: its goods, who supplies them and why, each step so far, and the buyer's next step. */
export default async function BuyerSupplyOrder({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const so = await getBuyerSupplyOrder(actor, id);
  if (!so) notFound();
  const [t, locale] = await Promise.all([getTranslations("buyer"), getUiLocale()]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const lastDispatch = so.dispatches.at(-1);
  const documents = await downloadableDocuments(actor, { supplyOrderIds: [so.id] });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold break-words text-blue-900"><WithNumber template={t("supplyOrder.title", { number: NUMBER_SLOT })} number={so.number} /></h1>
        <SupplyOrderStatusBadge status={so.status} closedShort={so.lines.some((l) => l.shortClosedQty > 0)} />
      </div>
      <Notice
        notice={query.notice}
        messages={{
          received: t("supplyOrder.notices.received"), cancelled: t("supplyOrder.notices.cancelled"), deducted: t("supplyOrder.notices.deducted"),
          reallocated: t("supplyOrder.notices.reallocated"),
        }}
      />
      <p className="text-lg">{t(`supplyOrder.next.${so.status}`)}</p>

      <Card title={t("supplyOrder.summary")}>
        <FactList
          items={[
            { label: t("supplyOrder.purchaseOrder"), value: <Link href={`/buyer/orders/${so.purchaseOrder.id}`}>{so.purchaseOrder.number}</Link> },
            { label: t("supplyOrder.vendor"), value: <>{so.vendor.legalName} ({name(so.vendor.district)}) · <a href={`tel:${so.vendor.mobile}`}>{so.vendor.mobile}</a> · <a href={`mailto:${so.vendor.email}`}>{so.vendor.email}</a></> },
            { label: t("supplyOrder.consignee"), value: `${name(so.purchaseOrder.consigneeOffice)}, ${so.purchaseOrder.consigneeOffice.address} ${so.purchaseOrder.consigneeOffice.pincode}` },
            { label: t("supplyOrder.value"), value: <Money paise={so.valuePaise + so.gstPaise} /> },
            { label: t("supplyOrder.deliverBy"), value: <DateIst value={so.deliverBy} /> },
            so.acceptedAt
              ? { label: t("supplyOrder.acceptedOn"), value: <DateIst value={so.acceptedAt} withTime /> }
              : { label: t("supplyOrder.acceptBy"), value: <DateIst value={so.acceptBy} withTime /> },
            { label: t("supplyOrder.preInspection"), value: so.preInspectionRequired ? t("supplyOrder.yes") : t("supplyOrder.no") },
            ...(so.rejectReason ? [{ label: t("supplyOrder.rejectReason"), value: so.rejectReason }] : []),
            ...(so.cancelReason ? [{ label: t("supplyOrder.cancelReason"), value: so.cancelReason }] : []),
            ...(so.replaces ? [{ label: t("supplyOrder.replaces"), value: <Link href={`/buyer/supply-orders/${so.replaces.id}`}>{so.replaces.number}</Link> }] : []),
            ...(so.replacedBy.length ? [{ label: t("supplyOrder.replacedBy"), value: so.replacedBy.map((r) => <Link key={r.id} href={`/buyer/supply-orders/${r.id}`} className="mr-2">{r.number}</Link>) }] : []),
            ...(so.bill ? [{ label: t("supplyOrder.bill"), value: <>{so.bill.number} · <Money paise={so.bill.netPayablePaise} /> · {t(`supplyOrder.billStatus.${so.bill.status}`)} · {t("supplyOrder.due")} <DateIst value={so.bill.dueDate} /></> }] : []),
          ]}
        />
      </Card>

      <Card title={t("supplyOrder.goods")}>
        <Table
          caption={t("supplyOrder.goodsCaption")}
          captionHidden
          rows={so.lines}
          rowKey={(l) => l.id}
          columns={[
            { header: t("order.item"), cell: (l) => <>{name(l.item)} <span className="block text-slate-700">{l.item.code}</span></> },
            { header: t("supplyOrder.ordered"), align: "end", cell: (l) => `${l.quantity} ${unitLabel(l.item.unit, locale)}` },
            { header: t("supplyOrder.price"), align: "end", cell: (l) => <Money paise={l.unitPricePaise} /> },
            { header: t("supplyOrder.dispatched"), align: "end", cell: (l) => l.dispatchedQty },
            { header: t("supplyOrder.received"), align: "end", cell: (l) => l.receivedQty },
            { header: t("supplyOrder.accepted"), align: "end", cell: (l) => `${l.acceptedQty}${l.rejectedQty ? ` (${t("supplyOrder.rejected", { count: l.rejectedQty })})` : ""}` },
            { header: t("supplyOrder.paid"), align: "end", cell: (l) => (so.bill?.status === "PAID" ? l.acceptedQty : 0) },
            {
              header: t("supplyOrder.notDelivered"), align: "end",
              cell: (l) => (l.shortClosedQty ? t("supplyOrder.closedShortQty", { count: l.shortClosedQty }) : l.reallocatedQty ? t("supplyOrder.reallocatedQty", { count: l.reallocatedQty }) : "—"),
            },
          ]}
        />
        <h3 className="mt-4 text-lg font-semibold">{t("supplyOrder.why")}</h3>
        <div className="space-y-3">
          {so.lines.map((l) => (
            <AllocationReason key={l.id} reason={l.allocationReason as unknown as Reason} itemName={`${name(l.item)} × ${l.quantity} ${unitLabel(l.item.unit, locale)}`} />
          ))}
        </div>
      </Card>

      {so.actions.receive ? (
        <Card title={t("receipt.title")}>
          <p className="mb-3 text-slate-800">{t("receipt.intro")}</p>
          <ReceiptForm
            formId="receipt-form"
            supplyOrderId={so.id}
            lines={so.lines.map((l) => ({ id: l.id, name: name(l.item), expected: l.dispatchedQty - l.receivedQty }))}
            today={dayInput(new Date())}
            dispatchedOn={lastDispatch ? dayInput(lastDispatch.dispatchedOn) : dayInput(so.createdAt)}
            idempotencyKey={randomUUID()}
            labels={{
              receivedOn: t("receipt.receivedOn"), quantity: t("receipt.quantity"), remarks: t("receipt.remarks"), remarksHint: t("receipt.remarksHint"),
              photos: t("receipt.photos"), photosHint: t("receipt.photosHint"), submit: t("receipt.submit"), submitting: t("receipt.submitting"),
            }}
          />
          <OfflineReceipt formId="receipt-form" label={so.number} />
        </Card>
      ) : null}

      {so.actions.deductRejected ? (
        <Card title={t("shortfall.title", { quantity: so.lines.reduce((n, l) => n + l.quantity - l.acceptedQty, 0) })}>
          <p className="mb-3">{t("shortfall.intro")}</p>
          <h3 className="mt-2 text-lg font-semibold">{t("shortfall.rest.title")}</h3>
          <ShortfallForm
            supplyOrderId={so.id}
            decision="REALLOCATE"
            today={dayInput(new Date())}
            labels={{ ...shortfallLabels(t, "rest"), reason: "", reasonHint: "" }}
          />
          <h3 className="mt-6 text-lg font-semibold">{t("shortfall.short.title")}</h3>
          <ShortfallForm supplyOrderId={so.id} decision="CLOSE_SHORT" today={dayInput(new Date())} labels={{ ...shortfallLabels(t, "short"), deliverBy: "", deliverByHint: "" }} />
        </Card>
      ) : null}

      {so.inspections.length || so.dispatches.length || so.receipts.length ? (
        <Card title={t("supplyOrder.steps")}>
          <ul className="space-y-2">
            {so.dispatches.map((d) => (
              <li key={d.id}>
                <span className="font-semibold">{t(d.kind === "ORIGINAL" ? "supplyOrder.dispatch" : "supplyOrder.replacement")}</span>: <DateIst value={d.dispatchedOn} /> · {t("supplyOrder.invoice", { number: d.invoiceNumber })} · {d.transporter} · {t("supplyOrder.docket", { number: d.docketNumber })}
              </li>
            ))}
            {so.receipts.map((r) => (
              <li key={r.id}>
                <span className="font-semibold">{t("supplyOrder.receipt")}</span>: <DateIst value={r.receivedOn} />
                {r.remarks ? ` · ${r.remarks}` : ""}
                {r._count.photos ? ` · ${t("supplyOrder.photos", { count: r._count.photos })}` : ""}
              </li>
            ))}
            {so.inspections.map((i) => (
              <li key={i.id}>
                <span className="font-semibold">{t(`supplyOrder.inspection.${i.kind}`, { attempt: i.attempt })}</span>:{" "}
                <Badge tone={i.status === "PASSED" ? "success" : i.status === "FAILED" ? "danger" : "neutral"}>{t(`supplyOrder.inspectionStatus.${i.status}`)}</Badge>{" "}
                {i.inspectedAt ? <DateIst value={i.inspectedAt} /> : <>{t("supplyOrder.scheduled")} <DateIst value={i.scheduledOn} /></>}
                {` · ${t("supplyOrder.inspector", { name: i.inspector.user.name, agency: name(i.inspector.agency) })}`}
                {i.acceptedQty !== null ? ` · ${t("supplyOrder.acceptedRejected", { accepted: i.acceptedQty, rejected: i.rejectedQty ?? 0 })}` : ""}
                {i.remarks ? ` · ${i.remarks}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {so.actions.cancel ? (
        <Card title={t("cancel.title")}>
          <p className="mb-3">{t("cancel.intro")}</p>
          <CancelForm supplyOrderId={so.id} labels={{ reason: t("cancel.reason"), reasonHint: t("cancel.reasonHint"), confirm: t("cancel.confirm"), submit: t("cancel.submit"), submitting: t("cancel.submitting") }} />
        </Card>
      ) : null}

      {so.buying ? (
        <p>
          <ButtonLink href={`/buyer/incidents/new?supplyOrderId=${so.id}`} variant="ghost">{t("order.raiseIncident")}</ButtonLink>
        </p>
      ) : null}
      <DocumentDownloads documents={documents} />
    </div>
  );
}
