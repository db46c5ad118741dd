import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { gstRateText } from "@/lib/domain/catalogue/item";
import { getUiLocale } from "@/lib/i18n/server";
import { getCatalogueItemByCode, listItemOffers } from "@/lib/queries/catalogue";
import { localized, OfferTable } from "../item-card";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [item, locale] = await Promise.all([getCatalogueItemByCode(decodeURIComponent((await params).code)), getUiLocale()]);
  return { title: item ? localized(locale, { en: item.nameEn, hi: item.nameHi })[0] : undefined };
}

/** One item's public page: what it is, its specification, and every public offer, cheapest first. */
export default async function CatalogueItemPage({ params, searchParams }: Props) {
  const code = decodeURIComponent((await params).code);
  const query = await searchParams;
  const item = await getCatalogueItemByCode(code);
  if (!item) notFound();
  const cursor = Array.isArray(query.cursor) ? query.cursor[0] : query.cursor;
  const [t, locale, page] = await Promise.all([getTranslations("catalogue"), getUiLocale(), listItemOffers(item, cursor)]);
  const [name, otherName] = localized(locale, { en: item.nameEn, hi: item.nameHi });
  const description = locale === "hi" ? item.descriptionHi || item.descriptionEn : item.descriptionEn || item.descriptionHi;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p>
        <Link href="/catalogue">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-blue-900">{name}</h1>
      <p className="text-lg text-slate-700" lang={locale === "hi" ? "en" : "hi"}>
        {otherName}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {item.reserved ? <Badge tone="info">{t("reserved")}</Badge> : null}
        {item.preDispatchInspection ? <Badge tone="neutral">{t("preDispatch")}</Badge> : null}
      </div>
      {description ? <p className="mt-3 max-w-3xl">{description}</p> : null}
      <dl className="mt-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("code")}</dt>
        <dd>{item.code}</dd>
        <dt className="font-semibold">{t("categoryLabel")}</dt>
        <dd>{localized(locale, { en: item.category.nameEn, hi: item.category.nameHi })[0]}</dd>
        <dt className="font-semibold">{t("unit")}</dt>
        <dd>{t.has(`units.${item.unit}`) ? t(`units.${item.unit}`) : item.unit}</dd>
        <dt className="font-semibold">{t("hsn")}</dt>
        <dd>{item.hsn}</dd>
        <dt className="font-semibold">{t("gst")}</dt>
        <dd>{item.gstRateBp === null ? t("gstPending") : `${gstRateText(item.gstRateBp)} %`}</dd>
      </dl>
      {item.reserved ? <p className="mt-3 max-w-3xl text-slate-800">{t("reservedExplained")}</p> : null}

      <section aria-labelledby="spec-heading" className="mt-8">
        <h2 id="spec-heading" className="text-2xl font-semibold">{t("specification")}</h2>
        <div className="mt-3">
          <Table
            caption={t("specification")}
            captionHidden
            rows={item.specs}
            rowKey={(s) => s.key}
            empty={<p className="text-slate-700">{t("noSpecs")}</p>}
            columns={[
              { header: t("parameter"), cell: (s) => localized(locale, { en: s.labelEn, hi: s.labelHi })[0] },
              { header: t("requirement"), cell: (s) => s.requirement },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="offers-heading" className="mt-8">
        <h2 id="offers-heading" className="text-2xl font-semibold">{t("offersHeading")}</h2>
        <p className="text-slate-700">{t("offersHint")}</p>
        <div className="mt-3">
          <OfferTable item={item} offers={page.offers} />
        </div>
        <Pagination pathname={`/catalogue/${encodeURIComponent(item.code)}`} searchParams={query} nextCursor={page.nextCursor} />
      </section>
    </div>
  );
}
