import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditTimeline } from "@/components/transparency/audit-timeline";
import { FactList } from "@/components/transparency/fact-list";
import { PurchaseOrderStatusBadge } from "@/components/transparency/status-badge";
import { SupplyOrderCard } from "@/components/transparency/supply-order-card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import type { SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { lineProgress, type LineProgress } from "@/lib/domain/purchase-order/line-progress";
import { closedInFull, lineProgress as quantityProgress } from "@/lib/domain/purchase-order/progress";
import { getUiLocale } from "@/lib/i18n/server";
import { getPurchaseOrderForBuyer } from "@/lib/queries/purchase-orders";
import { Notice } from "../../notice";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { downloadableDocuments } from "@/lib/queries/documents";
import { unitLabel } from "@/lib/domain/units";
import { NUMBER_SLOT, WithNumber } from "@/components/ui/with-number";
import { incidentTone } from "@/components/incidents/tone";

export const dynamic = "force-dynamic";

/**
 * One purchase order in the buyer's window: each line's allocation (who got how much, and why),
 * every supply order with its live status and what the buyer can do next, incidents, and the
 * full audit timeline.
 */
export default async function BuyerOrder({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const found = await getPurchaseOrderForBuyer(actor, id);
  if (!found) notFound();
  const { order, incidents, timeline, actionsBySupplyOrder, buying } = found;
  const [t, tIncident, locale] = await Promise.all([getTranslations("buyer"), getTranslations("incidents"), getUiLocale()]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  const documents = await downloadableDocuments(actor, { purchaseOrderId: order.id });
  // Ordered, delivered, accepted and paid per line: a short delivery never reads as complete (issue 15).
  const supplyLines = order.supplyOrders.flatMap((so) => so.lines.map((l) => ({ ...l, paid: so.bill?.status === "PAID" })));
  const progressOf = new Map(order.lines.map((l) => [l.id, quantityProgress(l, supplyLines)]));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold break-words text-blue-900"><WithNumber template={t("order.title", { number: NUMBER_SLOT })} number={order.number} /></h1>
        <PurchaseOrderStatusBadge status={order.status} closedShort={order.status === "CLOSED" && !closedInFull([...progressOf.values()])} />
      </div>
      <Notice notice={query.notice} messages={{ placed: t("order.placed") }} />

      <Card title={t("order.summary")}>
        <FactList
          items={[
            { label: t("order.placedOn"), value: <DateIst value={order.createdAt} withTime /> },
            { label: t("order.consignee"), value: name(order.consignee) },
            { label: t("order.deliverBy"), value: <DateIst value={order.deliverBy} /> },
            { label: t("order.total"), value: <Money paise={order.totalPaise} className="font-semibold" /> },
            { label: t("order.budgetHead"), value: `${order.budgetHead.code} · ${name(order.budgetHead)}` },
            { label: t("order.procurement"), value: order.directPurchase ? t("order.direct") : t("order.automatic") },
            { label: t("order.publicPage"), value: <Link href={`/orders/${order.number}`}>{t("order.publicLink")}</Link> },
          ]}
        />
      </Card>

      <Card title={t("order.lines")}>
        <Table
          caption={t("order.linesCaption")}
          captionHidden
          rows={order.lines}
          rowKey={(l) => l.id}
          columns={[
            { header: t("order.item"), cell: (l) => <>{name(l.item)} <span className="block text-slate-700">{l.item.code}</span></> },
            { header: t("order.quantity"), align: "end", cell: (l) => `${l.quantity} ${unitLabel(l.item.unit, locale)}` },
            {
              header: t("order.allocated"),
              cell: (l) => {
                const supplying = order.supplyOrders.filter((so) => so.lines.some((sl) => sl.purchaseOrderLineId === l.id));
                return supplying.length === 0 ? "—" : (
                  <ul>
                    {supplying.map((so) => (
                      <li key={so.id}>
                        {so.vendor.legalName}: {so.lines.filter((sl) => sl.purchaseOrderLineId === l.id).reduce((sum, sl) => sum + sl.quantity, 0)} ({t(so.status === "CLOSED" && so.lines.some((sl) => sl.shortClosedQty > 0) ? "soStatus.CLOSED_SHORT" : `soStatus.${so.status}`)})
                      </li>
                    ))}
                  </ul>
                );
              },
            },
            {
              header: t("order.progress"),
              cell: (l) => {
                const p = progressOf.get(l.id)!;
                return (
                  <>
                    {t("order.progressValue", { ordered: p.ordered, delivered: p.delivered, accepted: p.accepted, paid: p.paid })}
                    {p.closedShort > 0 ? <span className="block text-slate-700">{t("order.closedShort", { count: p.closedShort })}</span> : null}
                  </>
                );
              },
            },
            {
              header: t("order.lineStatus"),
              cell: (l) => (
                <>
                  <LineStatusBadge progress={lineProgress(l.status, order.supplyOrders.filter((so) => so.lines.some((sl) => sl.purchaseOrderLineId === l.id)).map((so) => so.status), progressOf.get(l.id)!.closedShort)} label={(p) => t(`lineStatus.${p}`)} />
                  {l.unfulfilledQty > 0 ? <span className="block">{t("order.unfulfilled", { count: l.unfulfilledQty })}</span> : null}
                </>
              ),
            },
          ]}
        />
      </Card>

      <section aria-labelledby="supply-orders" className="space-y-4">
        <h2 id="supply-orders" className="text-xl font-semibold">{t("order.supplyOrders")}</h2>
        {order.supplyOrders.map((so) => {
          const actions = actionsBySupplyOrder[so.id];
          const next = actions.receive ? t("order.next.receive") : actions.deductRejected ? t("order.next.replacement") : actions.cancel ? t("order.next.cancellable") : null;
          return (
            <div key={so.id} className="space-y-2">
              <SupplyOrderCard so={so} today={today} />
              <p className="flex flex-wrap items-center gap-3">
                <ButtonLink href={`/buyer/supply-orders/${so.id}`} variant={next ? "primary" : "secondary"}>{t("order.open", { number: so.number })}</ButtonLink>
                {next ? <span>{next}</span> : null}
              </p>
            </div>
          );
        })}
      </section>

      <Card
        title={t("order.incidents")}
        actions={buying ? <ButtonLink href={`/buyer/incidents/new?purchaseOrderId=${order.id}`} variant="secondary">{t("order.raiseIncident")}</ButtonLink> : null}
      >
        {incidents.length === 0 ? (
          <p>{t("order.noIncidents")}</p>
        ) : (
          <ul className="space-y-1">
            {incidents.map((incident) => (
              <li key={incident.id}>
                <Link href={`/buyer/incidents/${incident.id}`} className="font-semibold text-blue-800 underline">{incident.number}</Link> · <DateIst value={incident.createdAt} /> · {incident.subject} ·{" "}
                <Badge tone={incidentTone(incident.status)}>{tIncident(`status.${incident.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t("order.timeline")}>
        <AuditTimeline events={timeline} />
      </Card>
      <DocumentDownloads documents={documents} />
    </div>
  );
}

function LineStatusBadge({ progress, label }: { progress: LineProgress; label: (p: LineProgress) => string }) {
  const tone = progress === "ALLOCATED" || progress === "IN_SUPPLY" || progress === "COMPLETED" ? "success" : progress === "CANCELLED" ? "neutral" : "warning";
  return <Badge tone={tone}>{label(progress)}</Badge>;
}
