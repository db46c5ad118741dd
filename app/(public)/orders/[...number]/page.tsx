import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { IncidentCounts } from "@/components/incidents/incident-counts";
import { raisePublicIncidentAction } from "@/app/actions/incidents";
import { PublicIncidentForm } from "@/components/incidents/incident-forms";
import { RAISER_CATEGORIES } from "@/lib/domain/incident/rules";
import { publicIncidentCounts } from "@/lib/queries/incidents";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { AuditTimeline } from "@/components/transparency/audit-timeline";
import { RiskFlagList } from "@/components/transparency/risk-flag-list";
import { riskFlagsForOrder } from "@/lib/queries/risk-flags";
import { DocumentLinks } from "@/components/transparency/document-links";
import { FactList } from "@/components/transparency/fact-list";
import { PurchaseOrderStatusBadge } from "@/components/transparency/status-badge";
import { closedInFull, lineProgress as quantityProgress } from "@/lib/domain/purchase-order/progress";
import { SupplyOrderCard } from "@/components/transparency/supply-order-card";
import { ocdsReleasePath } from "@/lib/documents/urls";
import { getUiLocale } from "@/lib/i18n/server";
import { getPublicOrder, type PublicOrder } from "@/lib/queries/public-order";
import { orderTimeline } from "@/lib/queries/timeline";
import { lineProgress } from "@/lib/domain/purchase-order/line-progress";
import { unitLabel } from "@/lib/domain/units";
import { NUMBER_SLOT, WithNumber } from "@/components/ui/with-number";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string[] }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

// Order numbers contain slashes (PO/2026-27/000001), so the route takes every segment after /orders/.
const numberOf = (segments: string[]) => segments.map((s) => decodeURIComponent(s)).join("/");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("orders.order");
  return { title: t("title", { number: numberOf((await params).number) }) };
}

/** One purchase order's public page: from placement to payment, with its audit trail. */
export default async function OrderPage({ params, searchParams }: Props) {
  const number = numberOf((await params).number);
  const query = (await searchParams) ?? {};
  const raised = typeof query.incident === "string" && /^INC\/\d{4}-\d{2}\/\d{6}$/.test(query.incident) ? query.incident : null;
  const order = await getPublicOrder(number);
  if (!order) notFound();
  const [t, tFlags, tIncidents, messages, locale, events, incidentCounts, flags] = await Promise.all([
    getTranslations("orders"), getTranslations("riskFlags"), getTranslations("incidents"), getMessages(), getUiLocale(), orderTimeline(order.id),
    publicIncidentCounts({ officeId: order.office.id }),
    riskFlagsForOrder({ id: order.id, officeId: order.office.id, vendorIds: [...new Set(order.supplyOrders.map((so) => so.vendor.id))] }),
  ]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  const supplyLines = order.supplyOrders.flatMap((so) => so.lines.map((l) => ({ ...l, paid: so.bill?.status === "PAID" })));
  const progressOf = new Map(order.lines.map((l) => [l.id, quantityProgress(l, supplyLines)]));
  const progress = [...progressOf.values()];

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold break-words text-blue-900 sm:text-3xl"><WithNumber template={t("order.title", { number: NUMBER_SLOT })} number={order.number} /></h1>
        <PurchaseOrderStatusBadge status={order.status} closedShort={order.status === "CLOSED" && !closedInFull(progress)} />
      </div>

      <Card title={t("order.summary")}>
        <FactList
          items={[
            { label: t("order.placedOn"), value: <DateIst value={order.createdAt} withTime /> },
            { label: t("order.buyer"), value: name(order.office) },
            { label: t("order.department"), value: name(order.office.department) },
            { label: t("order.district"), value: name(order.office.district) },
            { label: t("order.consignee"), value: name(order.consignee) },
            { label: t("order.deliverBy"), value: <DateIst value={order.deliverBy} /> },
            { label: t("order.total"), value: <Money paise={order.totalPaise} className="font-semibold" /> },
            { label: t("order.budgetHead"), value: `${order.budgetHead.code} · ${name(order.budgetHead)} (${order.budgetHead.financialYear})` },
            { label: t("order.procurement"), value: order.directPurchase ? t("order.direct") : t("order.automatic") },
            { label: t("order.policyVersion"), value: t("order.policyVersionValue", { version: order.policyVersion }) },
          ]}
        />
        <DocumentLinks documents={order.documents} />
        <p className="mt-2">
          <a href={ocdsReleasePath(order.number)} className="inline-flex min-h-11 items-center">
            {t("download.ocdsOrder")}
          </a>
        </p>
      </Card>

      <section>
        <Table<PublicOrder["lines"][number]>
          caption={t("order.lines")}
          rows={order.lines}
          rowKey={(l) => l.id}
          columns={[
            { header: t("order.line"), cell: (l) => l.lineNo },
            { header: t("order.item"), cell: (l) => <>{name(l.item)} <span className="text-slate-700">({l.item.code})</span></> },
            { header: t("order.quantity"), align: "end", cell: (l) => `${l.quantity} ${unitLabel(l.item.unit, locale)}` },
            { header: t("order.deliverBy"), cell: (l) => <DateIst value={l.deliverBy} /> },
            {
              header: t("order.progress"),
              cell: (l) => {
                const p = progressOf.get(l.id)!;
                return (
                  <>
                    {t("order.progressValue", { ordered: p.ordered, delivered: p.delivered, accepted: p.accepted, paid: p.paid })}
                    {p.closedShort > 0 ? <span className="block text-slate-700">{t("order.closedShort", { quantity: p.closedShort })}</span> : null}
                  </>
                );
              },
            },
            {
              header: t("order.lineStatus"),
              cell: (l) => (
                <>
                  {t(`lineStatus.${lineProgress(l.status, order.supplyOrders.filter((so) => so.lines.some((sl) => sl.purchaseOrderLineId === l.id)).map((so) => so.status), progressOf.get(l.id)!.closedShort)}`)}
                  {l.unfulfilledQty > 0 ? <span className="block text-slate-700">{t("order.unfulfilled", { quantity: l.unfulfilledQty })}</span> : null}
                </>
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="supply-orders" className="space-y-4">
        <h2 id="supply-orders" className="text-2xl font-semibold">{t("order.supplyOrders")}</h2>
        {order.supplyOrders.length === 0 ? <p>{t("order.noSupplyOrders")}</p> : null}
        {order.supplyOrders.map((so) => (
          <SupplyOrderCard key={so.id} so={so} today={today} />
        ))}
      </section>

      <section aria-labelledby="risk-flags" className="space-y-3">
        <h2 id="risk-flags" className="text-2xl font-semibold">{tFlags("onOrder")}</h2>
        <RiskFlagList flags={flags} />
        <p><Link href="/risk-flags" className="inline-flex min-h-11 items-center">{tFlags("all")}</Link></p>
      </section>

      <IncidentCounts counts={incidentCounts} title={tIncidents("counts.office", { office: name(order.office) })} />

      <section aria-labelledby="incident" className="space-y-3">
        <h2 id="incident" className="text-2xl font-semibold">{tIncidents("public.title")}</h2>
        {raised ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{tIncidents("public.sent", { number: raised })}</p> : null}
        <p className="max-w-3xl text-slate-800">{tIncidents("public.intro")}</p>
        <NextIntlClientProvider messages={{ common: messages.common, incidents: messages.incidents }}>
          <PublicIncidentForm action={raisePublicIncidentAction} purchaseOrderNumber={order.number} categories={RAISER_CATEGORIES.PUBLIC} />
        </NextIntlClientProvider>
      </section>

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-2xl font-semibold">{t("timeline.title")}</h2>
        <p className="max-w-3xl text-slate-800">
          {t("timeline.intro")} <Link href="/verify">/verify</Link>
        </p>
        <AuditTimeline events={events} />
      </section>
    </div>
  );
}
