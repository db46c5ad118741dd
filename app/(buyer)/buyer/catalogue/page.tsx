import { getTranslations } from "next-intl/server";
import { OfferTable } from "@/app/(public)/catalogue/item-card";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { SearchOutcome } from "@/app/(public)/catalogue/search-outcome";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { buyerCatalogue } from "@/lib/queries/buyer";
import { addToCartAction } from "../cart/actions";
import { readCart } from "../cart/cart-cookie";
import { requestItemAction } from "./actions";
import { Notice } from "../notice";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

/**
 * The catalogue from the buyer's window: only offers that serve the office's district, each item
 * with a quantity box and "Add to cart". Plain forms: works on any phone, with or without JavaScript.
 */
export default async function BuyerCatalogue({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const params = await searchParams;
  const [t, locale, page, cart] = await Promise.all([getTranslations("buyer"), getUiLocale(), buyerCatalogue(actor, params), readCart(actor.userId)]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const here = `/buyer/catalogue${page.q ? `?q=${encodeURIComponent(page.q)}` : ""}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-blue-900">{t("catalogue.title")}</h1>
        <ButtonLink href="/buyer/cart" variant="secondary">{t("cart.link", { count: cart.length })}</ButtonLink>
      </div>
      <Notice notice={params.notice} messages={{ added: t("catalogue.added"), requested: t("catalogue.unserved.requested") }} problems={{ badQuantity: t("cart.badQuantity") }} />
      <p>{t("catalogue.intro", { district: name(page.district) })}</p>
      <form action="/buyer/catalogue" method="get" role="search" aria-label={t("catalogue.searchLabel")} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <Field name="q" type="search" label={t("catalogue.q")} hint={t("catalogue.qHint")} defaultValue={page.q} enterKeyHint="search" />
        </div>
        <Button type="submit">{t("catalogue.search")}</Button>
      </form>

      <SearchOutcome page={page} q={page.q} locale={locale} basePath="/buyer/catalogue" />
      {page.match === "none" ? null : page.items.length === 0 && page.unserved.length > 0 ? (
        <section aria-labelledby="unserved-heading" className="space-y-4">
          <h2 id="unserved-heading" className="text-xl font-semibold">{t("catalogue.unserved.title", { district: name(page.district) })}</h2>
          <p>{t("catalogue.unserved.body")}</p>
          <ul className="space-y-4">
            {page.unserved.map((item) => (
              <li key={item.id}>
                <Card title={name(item)} headingLevel={3} actions={<Badge tone="warning">{t("catalogue.unserved.badge")}</Badge>}>
                  <p className="text-slate-700">
                    {item.code} · {t("catalogue.unit", { unit: unitLabel(item.unit, locale) })}
                  </p>
                  {item.asked ? (
                    <p className="mt-3 font-semibold text-green-900">{t("catalogue.unserved.asked")}</p>
                  ) : (
                    <form action={requestItemAction} className="mt-3 flex flex-wrap items-end gap-3">
                      <input type="hidden" name="itemId" value={item.id} />
                      <input type="hidden" name="back" value={here} />
                      <div className="w-40">
                        <Field name="quantity" id={`need-${item.id}`} label={t("catalogue.unserved.quantity")} inputMode="numeric" />
                      </div>
                      <Button type="submit">{t("catalogue.unserved.ask")}</Button>
                    </form>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : page.items.length === 0 ? (
        <EmptyState title={t("catalogue.empty")} />
      ) : (
        <ul className="space-y-4">
          {page.items.map((item) => (
            <li key={item.id}>
              <Card title={name(item)} headingLevel={2} actions={item.reserved ? <Badge tone="info">{t("catalogue.reserved")}</Badge> : null}>
                <p className="text-slate-700">
                  {item.code} · {t("catalogue.unit", { unit: unitLabel(item.unit, locale) })}
                </p>
                <div className="mt-3">
                  <OfferTable item={item} offers={item.offers} />
                </div>
                {item.offers.length > 0 ? (
                  <form action={addToCartAction} className="mt-3 flex flex-wrap items-end gap-3">
                    <input type="hidden" name="itemId" value={item.id} />
                    <input type="hidden" name="back" value={here} />
                    <div className="w-40">
                      <Field name="quantity" id={`quantity-${item.id}`} label={t("catalogue.quantity")} inputMode="numeric" defaultValue="1" required />
                    </div>
                    <Button type="submit">{t("catalogue.add")}</Button>
                  </form>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/buyer/catalogue" searchParams={params} nextCursor={page.nextCursor} />
    </div>
  );
}
