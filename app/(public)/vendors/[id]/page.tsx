import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { SupplyOrderStatusBadge } from "@/components/transparency/status-badge";
import { orderPath } from "@/lib/documents/urls";
import { formatDateIst } from "@/lib/domain/format";
import { getUiLocale } from "@/lib/i18n/server";
import { getVendorScorecard, type VendorScorecard } from "@/lib/queries/scorecard";
import { RiskFlagList } from "@/components/transparency/risk-flag-list";
import { riskFlagsForVendor } from "@/lib/queries/risk-flags";
import { IncidentCounts } from "@/components/incidents/incident-counts";
import { publicIncidentCounts } from "@/lib/queries/incidents";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [card, t] = await Promise.all([getVendorScorecard((await params).id), getTranslations("scorecard")]);
  return { title: card ? t("title", { name: card.vendor.legalName }) : undefined };
}

const pct = (rate: number) => (Math.round(rate * 1000) / 10).toString();

/** A vendor's public scorecard: orders and value, on-time delivery, inspection rejections. */
export default async function VendorScorecardPage({ params }: Props) {
  const card = await getVendorScorecard((await params).id);
  if (!card) notFound();
  const [t, tFlags, tPenalties, tIncidents, locale, flags, incidentCounts] = await Promise.all([
    getTranslations("scorecard"), getTranslations("riskFlags"), getTranslations("penalties"), getTranslations("incidents"), getUiLocale(), riskFlagsForVendor(card.vendor.id),
    publicIncidentCounts({ vendorId: card.vendor.id }),
  ]);
  const v = card.vendor;
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-blue-900 sm:text-3xl">{t("title", { name: v.legalName })}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
        <p className="mt-2">
          {t("district", { district: locale === "hi" ? v.district.nameHi : v.district.nameEn })} · {t("udyam", { number: v.udyamNumber })} ·{" "}
          {t("since", { date: formatDateIst(v.registeredAt, locale) })}
        </p>
        <p className="mt-2 flex flex-wrap gap-2">
          {v.local ? <Badge tone="info">{t("local")}</Badge> : null}
          {v.status === "SUSPENDED" ? <Badge tone="danger">{t("suspended")}</Badge> : null}
        </p>
      </div>

      <section aria-labelledby="penalties" className="space-y-2">
        <h2 id="penalties" className="text-2xl font-semibold">{tPenalties("scorecard.heading")}</h2>
        {card.barredBy ? (
          <div data-testid="scorecard-barred" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">
              {tPenalties("scorecard.barred", {
                kind: tPenalties(`kinds.${card.barredBy.kind}`), from: formatDateIst(card.barredBy.startsAt, locale), to: formatDateIst(card.barredBy.endsAt, locale),
              })}
            </p>
            <p className="whitespace-pre-line">{tPenalties("reason", { reason: card.barredBy.reason })}</p>
          </div>
        ) : null}
        <p data-testid="penalties-in-force">{tPenalties("scorecard.inForce", { count: card.penaltiesInForce })}</p>
      </section>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card title={t("orders.title")}>
          <p className="text-2xl font-bold">{t("orders.accepted", { count: card.accepted })}</p>
          <p className="text-slate-700">{t("orders.awarded", { count: card.awarded, declined: card.declined })}</p>
        </Card>
        <Card title={t("value.title")}>
          <p className="text-2xl font-bold"><Money paise={card.valuePaise} /></p>
          <p className="text-slate-700">{t("value.hint")}</p>
        </Card>
        <Card title={t("onTime.title")}>
          {card.onTimeRate === null ? (
            <p className="text-xl font-semibold">{t("onTime.none")}</p>
          ) : (
            <>
              <p className="text-2xl font-bold">{t("onTime.value", { percent: pct(card.onTimeRate) })}</p>
              <p className="text-slate-700">{t("onTime.detail", { onTime: card.onTime, delivered: card.delivered })}</p>
            </>
          )}
        </Card>
        <Card title={t("rejection.title")}>
          {card.rejectionRate === null ? (
            <p className="text-xl font-semibold">{t("rejection.none")}</p>
          ) : (
            <>
              <p className="text-2xl font-bold">{t("rejection.value", { percent: pct(card.rejectionRate) })}</p>
              <p className="text-slate-700">{t("rejection.detail", { rejected: card.rejectedQty, inspected: card.inspectedQty })}</p>
            </>
          )}
          {card.preInspections > 0 ? <p className="text-slate-700">{t("rejection.pre", { failed: card.preFailed, total: card.preInspections })}</p> : null}
        </Card>
      </div>

      <section aria-labelledby="risk-flags" className="space-y-2">
        <h2 id="risk-flags" className="text-2xl font-semibold">{tFlags("onVendor")}</h2>
        <RiskFlagList flags={flags} showSubject={false} />
      </section>

      <IncidentCounts counts={incidentCounts} title={tIncidents("counts.vendor")} />

      <section className="space-y-2">
        <h2 className="text-2xl font-semibold">{t("recent.title")}</h2>
        <Table<VendorScorecard["recent"][number]>
          caption={t("recent.caption")}
          captionHidden
          rows={card.recent}
          rowKey={(r) => r.number}
          columns={[
            { header: t("recent.supplyOrder"), cell: (r) => r.number },
            { header: t("recent.purchaseOrder"), cell: (r) => <Link href={orderPath(r.purchaseOrderNumber)}>{r.purchaseOrderNumber}</Link> },
            { header: t("recent.date"), cell: (r) => <DateIst value={r.createdAt} /> },
            { header: t("recent.value"), align: "end", cell: (r) => <Money paise={r.valuePaise} /> },
            { header: t("recent.status"), cell: (r) => <SupplyOrderStatusBadge status={r.status} /> },
          ]}
        />
        <p>
          <Link href={`/orders?vendor=${v.id}`} className="inline-flex min-h-11 items-center">{t("recent.all")}</Link>
        </p>
      </section>
    </div>
  );
}
