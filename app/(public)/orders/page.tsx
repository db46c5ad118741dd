import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import { DateIst } from "@/components/ui/date-ist";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { PurchaseOrderStatusBadge, SupplyOrderStatusBadge } from "@/components/transparency/status-badge";
import { orderPath } from "@/lib/documents/urls";
import { PurchaseOrderStatus } from "@/lib/generated/prisma/enums";
import { getUiLocale } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { RISK_FLAG_KINDS } from "@/lib/domain/risk/rules";
import { listRegister, parseRegisterFilters, registerFilterOptions, type RegisterFilters, type RegisterRow } from "@/lib/queries/register";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("title") };
}

/** The filters as query parameters (no cursor): for the CSV link and the form's values. */
function filterQuery(f: RegisterFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) if (value !== undefined) params.set(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The public order register (no sign-in): filters in the URL, keyset pages, CSV of the same view. */
export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = parseRegisterFilters(params);
  const cursor = Array.isArray(params.cursor) ? params.cursor[0] : params.cursor;
  const [t, tFlags, locale, options, page] = await Promise.all([
    getTranslations("orders"), getTranslations("riskFlags"), getUiLocale(), registerFilterOptions(), listRegister(filters, cursor),
  ]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>

      <form action="/orders" method="get" role="search" aria-label={t("filters.label")} className="mt-6 space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Select
            name="district" label={t("filters.district")} placeholder={t("filters.anyDistrict")} defaultValue={filters.district?.toString() ?? ""}
            options={options.districts.map((d) => ({ value: String(d.id), label: name(d) })).sort((a, b) => a.label.localeCompare(b.label, locale))}
          />
          <Select
            name="department" label={t("filters.department")} placeholder={t("filters.anyDepartment")} defaultValue={filters.department ?? ""}
            options={options.departments.map((d) => ({ value: d.id, label: name(d) }))}
          />
          <Select
            name="status" label={t("filters.status")} placeholder={t("filters.anyStatus")} defaultValue={filters.status ?? ""}
            options={Object.values(PurchaseOrderStatus).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Select
            name="flag" label={tFlags("register.label")} placeholder={tFlags("register.none")} defaultValue={filters.flag ?? ""}
            options={[{ value: "any", label: tFlags("register.any") }, ...RISK_FLAG_KINDS.map((k) => ({ value: k, label: tFlags(`kinds.${k}`) }))]}
          />
          <Field name="vendor" label={t("filters.vendor")} hint={t("filters.vendorHint")} defaultValue={filters.vendor ?? ""} />
          <Field name="item" label={t("filters.item")} hint={t("filters.itemHint")} defaultValue={filters.item ?? ""} />
          <div className="grid grid-cols-2 gap-3">
            <Field name="from" type="date" label={t("filters.from")} defaultValue={filters.from ?? ""} />
            <Field name="to" type="date" label={t("filters.to")} defaultValue={filters.to ?? ""} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{t("filters.submit")}</Button>
          <ButtonLink href="/orders" variant="ghost">{t("filters.clear")}</ButtonLink>
        </div>
      </form>

      <section aria-labelledby="download-heading" className="mt-6">
        <h2 id="download-heading" className="text-xl font-semibold">{t("download.heading")}</h2>
        <ul className="mt-2 space-y-1">
          <li>
            {/* Plain anchors: these are files, not pages for the client router. */}
            <a href={`/orders.csv${filterQuery(filters)}`} className="inline-flex min-h-11 items-center font-semibold" download>{t("download.csv")}</a>
            <p className="text-slate-700">{t("download.csvHint")}</p>
          </li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON download, not a page */}
            <a href="/api/ocds/releases" className="inline-flex min-h-11 items-center font-semibold">{t("download.ocds")}</a>
          </li>
        </ul>
      </section>

      <section className="mt-8">
        <Table<RegisterRow>
          caption={t("table.caption")}
          rows={page.rows}
          rowKey={(r) => r.id}
          empty={<EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>}
          columns={[
            {
              header: t("table.order"),
              cell: (r) => (
                <>
                  <Link href={orderPath(r.number)} className="font-semibold">{r.number}</Link>
                  <br />
                  <DateIst value={r.createdAt} />
                </>
              ),
            },
            {
              header: t("table.office"),
              cell: (r) => (
                <>
                  {name(r.office)}
                  <br />
                  <span className="text-slate-700">{name(r.office.district)} · {name(r.office.department)}</span>
                </>
              ),
            },
            {
              header: t("table.items"),
              cell: (r) => (
                <ul>
                  {r.lines.map((l, i) => (
                    <li key={i}>{t("table.itemQuantity", { name: name(l.item), quantity: l.quantity, unit: unitLabel(l.item.unit, locale) })}</li>
                  ))}
                </ul>
              ),
            },
            {
              header: t("table.vendors"),
              cell: (r) =>
                r.supplyOrders.length === 0 ? (
                  t("table.notAllocated")
                ) : (
                  <ul className="space-y-1">
                    {r.supplyOrders.map((so) => (
                      <li key={so.number}>
                        <Link href={`/vendors/${so.vendor.id}`}>{so.vendor.legalName}</Link>{" "}
                        <SupplyOrderStatusBadge status={so.status} closedShort={so.closedShort} />
                        {so.rules.length ? <span className="block text-slate-700">{so.rules.map((rule) => (t.has(`rules.${rule}`) ? t(`rules.${rule}` as "rules.L1") : rule)).join("; ")}</span> : null}
                      </li>
                    ))}
                  </ul>
                ),
            },
            { header: t("table.value"), align: "end", cell: (r) => <Money paise={r.totalPaise} /> },
            {
              header: t("table.status"),
              cell: (r) => (
                <>
                  <PurchaseOrderStatusBadge status={r.status} closedShort={r.closedShort} />
                  {r.riskFlagKinds.map((k) => (
                    <span key={k} className="mt-1 block"><Badge tone="warning">{tFlags(`kinds.${k}`)}</Badge></span>
                  ))}
                </>
              ),
            },
          ]}
        />
        <Pagination pathname="/orders" searchParams={params} nextCursor={page.nextCursor} />
      </section>
    </div>
  );
}
