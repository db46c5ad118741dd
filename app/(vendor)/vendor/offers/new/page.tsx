import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { gstRateText } from "@/lib/domain/catalogue/item";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { LOCAL_STATE_CODE } from "@/lib/domain/identifiers";
import { getUiLocale } from "@/lib/i18n/server";
import { listDistricts } from "@/lib/queries/catalogue";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { getItemToOffer, ownOfferIdsByItem } from "@/lib/queries/offers";
import { getOwnVendor } from "@/lib/queries/vendors";
import { OfferForm } from "../offer-form";
import { unitLabel } from "@/lib/domain/units";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * A new offer in two steps that work without JavaScript: find the item (the catalogue search),
 * then fill in the terms for it (`?item=<id>`).
 */
export default async function NewOfferPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("VENDOR");
  const params = await searchParams;
  const [t, locale, vendor] = await Promise.all([getTranslations("vendor"), getUiLocale(), getOwnVendor(actor)]);
  const name = (x: { nameEn: string; nameHi: string }) => (locale === "hi" ? x.nameHi : x.nameEn);

  if (vendor.status !== "ACTIVE") {
    return (
      <Card title={t("newOffer.title")}>
        <p>{t("newOffer.notActive")}</p>
        <p className="mt-3">
          <Link href="/vendor">{t("backHome")}</Link>
        </p>
      </Card>
    );
  }

  const item = one(params.item) ? await getItemToOffer(actor, one(params.item)) : null;
  if (item) {
    const [districts, messages] = await Promise.all([listDistricts(), getMessages()]);
    const blocked = item.reserved && vendor.stateCode !== LOCAL_STATE_CODE;
    return (
      <Card title={t("newOffer.termsTitle", { item: name(item) })}>
        <p className="text-slate-800">
          {item.code} · {t("newOffer.unit", { unit: unitLabel(item.unit, locale) })} ·{" "}
          {item.gstRateBp === null ? t("newOffer.gstPending") : t("newOffer.gst", { rate: gstRateText(item.gstRateBp) })}
          {item.reserved ? (
            <>
              {" "}
              <Badge tone="info">{t("newOffer.reserved")}</Badge>
            </>
          ) : null}
        </p>
        <p className="mt-2">
          <Link href="/vendor/offers/new">{t("newOffer.otherItem")}</Link>
        </p>
        {item.existingOffer ? (
          <p className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3">
            {t("newOffer.exists")} <Link href={`/vendor/offers/${item.existingOffer.id}/edit`}>{t("newOffer.editExisting")}</Link>
          </p>
        ) : blocked ? (
          <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-800">
            {t("newOffer.reservedNonLocal")}
          </p>
        ) : (
          <div className="mt-4">
            <NextIntlClientProvider messages={{ common: messages.common, vendor: messages.vendor }}>
              <OfferForm
                mode="create"
                hidden={{ name: "itemId", value: item.id }}
                initial={{ unitPrice: "", minQuantity: "1", maxQuantity: "", monthlyCapacity: "", leadTimeDays: "", allDistricts: false, districtIds: [String(vendor.districtId)], matchesL1: true }}
                districts={districts.map((d) => ({ id: d.id, label: name(d) })).sort((a, b) => a.label.localeCompare(b.label, locale))}
                submitLabel={t("newOffer.submit")}
              />
            </NextIntlClientProvider>
          </div>
        )}
      </Card>
    );
  }

  const { search } = parseCatalogueSearch({ q: params.q, cursor: params.cursor });
  const page = await searchCatalogue(search);
  const offered = await ownOfferIdsByItem(actor, page.items.map((i) => i.id));
  return (
    <Card title={t("newOffer.title")}>
      <p>{t("newOffer.pickItem")}</p>
      <form action="/vendor/offers/new" method="get" role="search" className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <Field name="q" type="search" label={t("newOffer.searchLabel")} defaultValue={search.q} />
        </div>
        <Button type="submit">{t("newOffer.searchButton")}</Button>
      </form>
      {page.items.length === 0 ? (
        <div className="mt-4">
          <EmptyState title={t("newOffer.noItems")} />
        </div>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200">
          {page.items.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="font-semibold">{name(i)}</p>
                <p className="text-slate-700">
                  {i.code}
                  {i.reserved ? ` · ${t("newOffer.reserved")}` : ""}
                </p>
              </div>
              {offered.has(i.id) ? (
                <Link href={`/vendor/offers/${offered.get(i.id)}/edit`}>{t("newOffer.editExisting")}</Link>
              ) : (
                <Link href={`/vendor/offers/new?item=${i.id}`} aria-label={t("newOffer.offerThisLabel", { item: name(i) })}>
                  {t("newOffer.offerThis")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/vendor/offers/new" searchParams={{ q: search.q || undefined, cursor: one(params.cursor) || undefined }} nextCursor={page.nextCursor} />
    </Card>
  );
}
