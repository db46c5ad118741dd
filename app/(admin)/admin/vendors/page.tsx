import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { VendorStatus } from "@/lib/generated/prisma/enums";
import { REASON_REQUIRED, vendorStatus } from "@/lib/domain/vendor/status";
import { getUiLocale } from "@/lib/i18n/server";
import { listVendorsForReview, vendorStatusCounts, type ReviewVendor } from "@/lib/queries/vendors";
import { DecisionForm } from "./decision-form";
import { EnterpriseClassForm } from "./class-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminVendors");
  return { title: t("title") };
}

const STATUSES = Object.values(VendorStatus);
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The admin's vendor queue: one tab per status, each firm with its validation results and the decisions open to it. */
export default async function AdminVendorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("ADMIN");
  const params = await searchParams;
  const status = STATUSES.find((s) => s === one(params.status)) ?? "PENDING";
  const [t, tPenalties, locale, counts, page, messages] = await Promise.all([
    getTranslations("adminVendors"),
    getTranslations("penalties.admin"),
    getUiLocale(),
    vendorStatusCounts(actor),
    listVendorsForReview(actor, { status, cursor: one(params.cursor), q: one(params.q) }),
    getMessages(),
  ]);
  const done = one(params.done);
  const q = one(params.q).trim();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {done && t.has(`done.${done}`) ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t(`done.${done}`)}
        </p>
      ) : null}
      <form method="get" action="/admin/vendors" role="search" aria-label={t("search.label")} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <Field name="q" id="vendor-search" type="search" label={t("search.label")} hint={t("search.hint")} defaultValue={q} />
        </div>
        <Button type="submit">{t("search.submit")}</Button>
      </form>
      {q ? <p className="font-semibold">{t("search.results", { q })}</p> : null}
      <nav aria-label={t("tabsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`/admin/vendors?status=${s}`}
                aria-current={!q && s === status ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border-2 px-3 py-2 font-semibold no-underline ${s === status ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 text-blue-900 hover:bg-blue-50"}`}
              >
                {t("tab", { status: t(`statuses.${s}`), count: counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {page.vendors.length === 0 ? (
        <EmptyState title={t("empty", { status: t(`statuses.${status}`) })} />
      ) : (
        <NextIntlClientProvider messages={{ common: messages.common, adminVendors: messages.adminVendors }}>
          <ul className="space-y-4">
            {page.vendors.map((vendor) => (
              <li key={vendor.id}>
                <VendorCard vendor={vendor} locale={locale} tab={status} t={t} tPenalties={tPenalties} />
              </li>
            ))}
          </ul>
        </NextIntlClientProvider>
      )}
      <Pagination pathname="/admin/vendors" searchParams={q ? { status, q } : { status }} nextCursor={page.nextCursor} />
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"adminVendors">>>;
type TP = Awaited<ReturnType<typeof getTranslations<"penalties.admin">>>;

function Check({ ok, children }: { ok: boolean; children: ReactNode }) {
  const tone: BadgeTone = ok ? "success" : "danger";
  return <Badge tone={tone}>{children}</Badge>;
}

function VendorCard({ vendor, locale, tab, t, tPenalties }: { vendor: ReviewVendor; locale: string; tab: string; t: T; tPenalties: TP }) {
  const events = vendorStatus.allowedEvents(vendor.status, "ADMIN");
  const c = vendor.checks;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{value}</dd>
    </>
  );
  const flags = [vendor.isSc && t("flags.sc"), vendor.isSt && t("flags.st"), vendor.isWomenOwned && t("flags.women")].filter(Boolean).join(", ");
  return (
    <article aria-labelledby={`vendor-${vendor.id}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id={`vendor-${vendor.id}`} className="text-xl font-semibold">
        {vendor.legalName}
      </h2>
      <p className="text-slate-700">
        {t("registeredOn")} <DateIst value={vendor.registeredAt} withTime />
        {vendor.decidedAt ? (
          <>
            {" · "}
            {t("decidedOn")} <DateIst value={vendor.decidedAt} withTime />
          </>
        ) : null}
      </p>
      {vendor.statusReason ? <p className="mt-1">{t("reasonGiven", { reason: vendor.statusReason })}</p> : null}

      <section aria-label={t("checks.heading")} className="mt-3">
        <h3 className="font-semibold">{t("checks.heading")}</h3>
        <ul className="mt-1 flex flex-wrap gap-2">
          <li><Check ok={c.gstinValid}>{c.gstinValid ? t("checks.gstinOk") : t("checks.gstinBad")}</Check></li>
          <li><Check ok={c.panMatches}>{c.panMatches ? t("checks.panOk") : t("checks.panBad")}</Check></li>
          <li>
            <Badge tone={c.local ? "success" : c.stateKnown ? "warning" : "danger"}>
              {c.local ? t("checks.local") : c.stateKnown ? t("checks.otherState", { code: c.stateCode }) : t("checks.unknownState", { code: c.stateCode })}
            </Badge>
          </li>
          <li>
            <Check ok={c.samePan.length === 0 && c.sameBankAccount.length === 0}>
              {c.samePan.length === 0 && c.sameBankAccount.length === 0 ? t("checks.noDuplicates") : t("checks.duplicates")}
            </Check>
          </li>
        </ul>
        {c.samePan.length > 0 ? <p className="mt-1">{t("checks.samePan", { firms: c.samePan.join(", ") })}</p> : null}
        {c.sameBankAccount.length > 0 ? <p className="mt-1">{t("checks.sameBank", { firms: c.sameBankAccount.join(", ") })}</p> : null}
      </section>

      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {row(t("fields.udyam"), vendor.udyamNumber)}
        {row(t("enterpriseClass.label"), t(`enterpriseClass.${vendor.enterpriseClass}`))}
        {row(t("fields.gstin"), vendor.gstin)}
        {row(t("fields.pan"), vendor.pan)}
        {row(t("fields.district"), locale === "hi" ? vendor.district.hi : vendor.district.en)}
        {row(t("fields.address"), `${vendor.address}, ${vendor.pincode}`)}
        {row(t("fields.bank"), `${vendor.bankAccount} · ${vendor.ifsc}`)}
        {row(t("fields.contact"), `${vendor.email} · ${vendor.mobile}`)}
        {row(t("fields.ownership"), flags || t("flags.none"))}
      </dl>

      {events.length > 0 ? (
        <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 sm:grid-cols-2">
          {events.map((event) => (
            <DecisionForm key={event} vendorId={vendor.id} vendorName={vendor.legalName} event={event} needsReason={REASON_REQUIRED[event]} tab={tab} />
          ))}
        </div>
      ) : null}
      {vendor.status === "ACTIVE" || vendor.status === "SUSPENDED" ? (
        <p className="mt-4 border-t border-slate-200 pt-4">
          <Link href={`/admin/vendors/${vendor.id}/penalties`} aria-label={tPenalties("linkLabel", { vendor: vendor.legalName })} className="inline-flex min-h-11 items-center font-semibold">
            {tPenalties("link")}
          </Link>
        </p>
      ) : null}
      <details className="mt-4 border-t border-slate-200 pt-4">
        <summary className="min-h-11 cursor-pointer font-semibold">{t("enterpriseClass.change")}</summary>
        <EnterpriseClassForm vendorId={vendor.id} current={vendor.enterpriseClass} tab={tab} />
      </details>
    </article>
  );
}
