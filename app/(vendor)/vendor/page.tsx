import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoleWelcome } from "@/components/layout/role-welcome";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import type { OfferStatus, VendorStatus } from "@/lib/generated/prisma/enums";
import { getUiLocale } from "@/lib/i18n/server";
import { listOwnOffers } from "@/lib/queries/offers";
import { getOwnVendor } from "@/lib/queries/vendors";
import { ownPenalties } from "@/lib/queries/penalties";
import { formatDateIst } from "@/lib/domain/format";
import { vendorOrderCounts } from "@/lib/queries/vendor-orders";
import { vendorActionQueue } from "@/lib/queries/action-queues";
import { registrationDecisionBy, registrationReference } from "@/lib/domain/vendor/acknowledgement";
import { TimeLeft } from "./orders/time-left";

const STATUS_TONE: Record<VendorStatus, BadgeTone> = { PENDING: "warning", ACTIVE: "success", SUSPENDED: "danger", REJECTED: "danger" };
const OFFER_TONE: Record<OfferStatus, BadgeTone> = { ACTIVE: "success", WITHDRAWN: "neutral" };
const NOTICES = ["registered", "offerSaved", "offerWithdrawn"] as const;

/** The vendor's single window: registration status, its offers, and (from the workflow on) its supply orders. */
export default async function VendorHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("VENDOR");
  const params = await searchParams;
  const cursor = Array.isArray(params.offers) ? params.offers[0] : params.offers;
  const [t, tPenalties, locale, vendor, offers, orderCounts, actions, penalties] = await Promise.all([
    getTranslations("vendor"), getTranslations("penalties"), getUiLocale(), getOwnVendor(actor), listOwnOffers(actor, cursor), vendorOrderCounts(actor),
    vendorActionQueue(actor), ownPenalties(actor),
  ]);
  const now = new Date();
  const notice = NOTICES.find((key) => params[key] !== undefined);
  const itemName = (item: { nameEn: string; nameHi: string }) => (locale === "hi" ? item.nameHi : item.nameEn);
  return (
    <div className="space-y-6">
      <RoleWelcome actor={actor} />
      {penalties.barring ? (
        <p role="note" data-testid="vendor-barred" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          <Link href="/vendor/penalties" className="text-red-900">
            {tPenalties("vendor.homeBarred", { kind: tPenalties(`kinds.${penalties.barring.kind}`), date: formatDateIst(penalties.barring.endsAt, locale) })}
          </Link>
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t(`notices.${notice}`)}
        </p>
      ) : null}

      {/* What needs the vendor comes first, the soonest deadline on top (issue 15). */}
      {actions.length > 0 ? (
        <Card title={t("actions.title")}>
          <ul className="space-y-3" data-testid="vendor-actions">
            {actions.map((a) => (
              <li key={a.supplyOrderId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link href={a.href} className="text-lg font-semibold break-words">{t(`actions.${a.status}`, { number: a.number })}</Link>
                <TimeLeft deadline={a.deadline} now={now} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title={t("status.heading")}>
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{vendor.legalName}</span>
          <Badge tone={STATUS_TONE[vendor.status]}>{t(`status.${vendor.status}.label`)}</Badge>
        </p>
        <p className="mt-2">{t(`status.${vendor.status}.body`)}</p>
        {vendor.status === "PENDING" ? (
          <p className="mt-2" data-testid="registration-reference">
            {t("status.reference", { reference: registrationReference(vendor.id, vendor.registeredAt) })}{" "}
            {t("status.decisionBy")} <DateIst value={registrationDecisionBy(vendor.registeredAt)} />
          </p>
        ) : null}
        {vendor.statusReason ? (
          <p className="mt-2">
            <span className="font-semibold">{t("status.reason")}</span> {vendor.statusReason}
          </p>
        ) : null}
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("status.gstin")}</dt>
          <dd>
            {vendor.gstin} {vendor.local ? null : <span className="text-slate-700">({t("status.outOfState")})</span>}
          </dd>
          <dt className="font-semibold">{t("status.udyam")}</dt>
          <dd>{vendor.udyamNumber}</dd>
          <dt className="font-semibold">{t("status.registeredAt")}</dt>
          <dd>
            <DateIst value={vendor.registeredAt} />
          </dd>
          {vendor.decidedAt ? (
            <>
              <dt className="font-semibold">{t("status.decidedAt")}</dt>
              <dd>
                <DateIst value={vendor.decidedAt} />
              </dd>
            </>
          ) : null}
        </dl>
      </Card>

      <Card
        title={t("offers.heading")}
        actions={vendor.status === "ACTIVE" ? <ButtonLink href="/vendor/offers/new">{t("offers.new")}</ButtonLink> : null}
      >
        {vendor.local ? null : <p className="mb-3 text-slate-800">{t("offers.nonLocalNote")}</p>}
        <Table
          caption={t("offers.heading")}
          captionHidden
          rows={offers.offers}
          rowKey={(o) => o.id}
          empty={
            <EmptyState title={t("offers.empty.title")}>
              {vendor.status === "ACTIVE" ? t("offers.empty.active") : t("offers.empty.notActive")}
            </EmptyState>
          }
          columns={[
            {
              header: t("offers.item"),
              cell: (o) => (
                <>
                  <Link href={`/vendor/offers/${o.id}/edit`}>{itemName(o.item)}</Link>
                  <span className="block text-slate-700">{o.item.code}</span>
                </>
              ),
            },
            { header: t("offers.price"), align: "end", cell: (o) => <Money paise={o.unitPricePaise} /> },
            { header: t("offers.landed"), align: "end", cell: (o) => (o.landedUnitPaise === null ? "—" : <Money paise={o.landedUnitPaise} />) },
            { header: t("offers.orderSize"), align: "end", cell: (o) => `${o.minQuantity}–${o.maxQuantity}` },
            { header: t("offers.capacity"), align: "end", cell: (o) => o.monthlyCapacity },
            { header: t("offers.leadTime"), align: "end", cell: (o) => t("offers.days", { count: o.leadTimeDays }) },
            { header: t("offers.districts"), align: "end", cell: (o) => o.districtCount },
            { header: t("offers.status"), cell: (o) => <Badge tone={OFFER_TONE[o.status]}>{t(`offers.statuses.${o.status}`)}</Badge> },
          ]}
        />
        <Pagination pathname="/vendor" searchParams={params} nextCursor={offers.nextCursor} cursorParam="offers" />
      </Card>

      <Card title={t("orders.heading")}>
        {orderCounts.respond + orderCounts.active + orderCounts.done === 0 ? (
          <EmptyState title={t("orders.empty.title")}>{t("orders.empty.body")}</EmptyState>
        ) : (
          <div className="space-y-3">
            <p>{t("orders.summary", orderCounts)}</p>
            <ButtonLink href="/vendor/orders">{t("orders.open")}</ButtonLink>
          </div>
        )}
      </Card>
    </div>
  );
}
