import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { toUiLocale } from "@/lib/i18n/locale";
import { gstRateText } from "@/lib/domain/catalogue/item";
import type { CatalogueItem, CatalogueOffer } from "@/lib/queries/catalogue-search";

/** Names in the visitor's language first, the other language after. */
export function localized(locale: string, names: { en: string; hi: string }) {
  return toUiLocale(locale) === "hi" ? [names.hi, names.en] : [names.en, names.hi];
}

/** One catalogue item with its cheapest offers, landed price (with GST) first. A card at any width. */
export function ItemCard({ item, headingLevel = 2 }: { item: CatalogueItem; headingLevel?: 2 | 3 }) {
  const t = useTranslations("catalogue");
  const locale = useLocale();
  const [name, otherName] = localized(locale, { en: item.nameEn, hi: item.nameHi });
  const [category] = localized(locale, item.category);
  const Heading = `h${headingLevel}` as const;
  return (
    <article aria-labelledby={`item-${item.id}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading id={`item-${item.id}`} className="text-xl font-semibold">
            <Link href={`/catalogue/${encodeURIComponent(item.code)}`}>{name}</Link>
          </Heading>
          <p className="text-slate-700" lang={toUiLocale(locale) === "hi" ? "en" : "hi"}>
            {otherName}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {item.reserved ? <Badge tone="info">{t("reserved")}</Badge> : null}
          {item.preDispatchInspection ? <Badge tone="neutral">{t("preDispatch")}</Badge> : null}
        </div>
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-slate-800">
        <Fact label={t("code")} value={item.code} />
        <Fact label={t("categoryLabel")} value={category} />
        <Fact label={t("unit")} value={t.has(`units.${item.unit}`) ? t(`units.${item.unit}`) : item.unit} />
        <Fact label={t("gst")} value={item.gstRateBp === null ? t("gstPending") : `${gstRateText(item.gstRateBp)} %`} />
      </dl>
      <div className="mt-3">
        <OfferTable item={item} offers={item.offers} />
        {item.offerCount > item.offers.length ? (
          <p className="mt-2">
            <Link href={`/catalogue/${encodeURIComponent(item.code)}`}>{t("allOffers", { count: item.offerCount })}</Link>
          </p>
        ) : null}
      </div>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt className="font-semibold">{label}:</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function OfferTable({ item, offers }: { item: Pick<CatalogueItem, "nameEn" | "nameHi" | "unit">; offers: CatalogueOffer[] }) {
  const t = useTranslations("catalogue");
  const locale = useLocale();
  const [name] = localized(locale, { en: item.nameEn, hi: item.nameHi });
  return (
    <Table
      caption={t("offersCaption", { item: name })}
      captionHidden
      rows={offers}
      rowKey={(offer) => offer.offerId}
      empty={<p className="text-slate-700">{t("noOffers")}</p>}
      columns={[
        { header: t("vendor"), cell: (o) => <Link href={`/vendors/${o.vendorId}`}>{o.vendorName}</Link> },
        { header: t("vendorDistrict"), cell: (o) => `${localized(locale, o.district)[0]}${o.local ? "" : ` (${t("outOfState")})`}` },
        { header: t("landedPrice"), align: "end", cell: (o) => <Money paise={o.landedUnitPaise} className="font-semibold" /> },
        { header: t("priceExGst"), align: "end", cell: (o) => <Money paise={o.unitPricePaise} /> },
        { header: t("orderSize"), align: "end", cell: (o) => t("orderRange", { min: o.minQuantity, max: o.maxQuantity }) },
        { header: t("leadTime"), align: "end", cell: (o) => t("days", { count: o.leadTimeDays }) },
      ]}
    />
  );
}
