import { randomUUID } from "node:crypto";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import type { SearchParams } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { requireRole } from "@/lib/auth/session";
import { formatInr, paiseToRupeesString } from "@/lib/domain/money";
import { istDateAfter, MAX_DELIVER_BY_DAYS, parseDateOnly } from "@/lib/domain/purchase-order/input";
import { getUiLocale } from "@/lib/i18n/server";
import { cartPreview, placeOrderContext } from "@/lib/queries/buyer";
import { updateCartAction } from "./actions";
import { readCart } from "./cart-cookie";
import { PlaceOrderForm } from "./place-order-form";
import { Notice } from "../notice";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

const first = (v: SearchParams[string]) => (Array.isArray(v) ? v[0] : v) ?? "";
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The cart: quantities to change, a preview of who the system would award each item to (for the
 * consignee and date chosen), and the form that places the purchase order.
 */
export default async function CartPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("BUYER");
  const params = await searchParams;
  const [t, locale, lines, context] = await Promise.all([getTranslations("buyer"), getUiLocale(), readCart(actor.userId), placeOrderContext(actor)]);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const consigneeOfficeId = context.consignees.some((c) => c.id === first(params.consignee)) ? first(params.consignee) : context.consignees[0].id;
  const preview = await cartPreview(actor, lines, { consigneeOfficeId, deliverBy: parseDateOnly(first(params.deliverBy)) });
  const now = new Date();

  if (lines.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold text-blue-900">{t("cart.title")}</h1>
        <Notice notice={params.notice} messages={{}} problems={{ badQuantity: t("cart.badQuantity") }} />
        <EmptyState title={t("cart.empty")} action={<ButtonLink href="/buyer/catalogue">{t("cart.browse")}</ButtonLink>} />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-blue-900">{t("cart.title")}</h1>
      <Notice notice={params.notice} messages={{}} problems={{ badQuantity: t("cart.badQuantity") }} />

      <Card title={t("cart.items")}>
        <ul className="divide-y divide-slate-200">
          {preview.lines.map(({ line, item, awards, unfulfilledQuantity, landedPaise }) => (
            <li key={line.itemId} className="space-y-2 py-3">
              <p className="font-semibold">{item ? `${name(item)} (${item.code})` : t("cart.unavailable")}</p>
              <form action={updateCartAction} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="itemId" value={line.itemId} />
                <div className="w-36">
                  <Field name="quantity" id={`qty-${line.itemId}`} label={t("cart.quantity", { unit: item ? unitLabel(item.unit, locale) : "" })} inputMode="numeric" defaultValue={String(line.quantity)} />
                </div>
                <Button type="submit" variant="secondary">{t("cart.update")}</Button>
                <Button type="submit" name="remove" value="1" variant="ghost">{t("cart.remove")}</Button>
              </form>
              {awards.length > 0 ? (
                <ul className="text-slate-800">
                  {awards.map((a, i) => (
                    <li key={i}>
                      {t("cart.wouldGo", { vendor: a.vendorName, quantity: a.quantity })} · <Money paise={a.landedUnitPaise} /> {t("cart.perUnit")} · {t(`rules.${a.rule}`)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {unfulfilledQuantity > 0 ? (
                <p className="font-semibold text-amber-900">
                  {awards.length === 0 ? t("cart.nobody") : t("cart.partly", { quantity: unfulfilledQuantity })}
                </p>
              ) : null}
              {landedPaise > 0n ? <p>{t("cart.lineEstimate")}: <Money paise={landedPaise} /></p> : null}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-lg font-semibold">
          {t("cart.total")}: <Money paise={preview.totalPaise} />
        </p>
        <p className="text-slate-700">{t("cart.estimateNote")}</p>
      </Card>

      <Card title={t("cart.check")}>
        <form method="get" action="/buyer/cart" className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-end">
          {/* Ids of their own: the order form below has fields of the same names (one id per page). */}
          <Select id="check-consignee" name="consignee" label={t("place.consignee")} options={context.consignees.map((c) => ({ value: c.id, label: name(c) }))} defaultValue={consigneeOfficeId} />
          <Field id="check-deliverBy" name="deliverBy" type="date" label={t("place.deliverBy")} defaultValue={day(preview.deliverBy)} />
          <Button type="submit" variant="secondary">{t("cart.checkSubmit")}</Button>
        </form>
      </Card>

      <Card title={t("place.title")}>
        <PlaceOrderForm
          labels={{
            budgetHead: t("place.budgetHead"),
            budgetHeadHint: t("place.budgetHeadHint"),
            choose: t("place.choose"),
            consignee: t("place.consignee"),
            deliverBy: t("place.deliverBy"),
            deliverByHint: t("place.deliverByHint"),
            directHeading: t("place.directHeading"),
            directHint: t("place.directHint", { limit: paiseToRupeesString(preview.directPurchaseLimitPaise) }),
            automatic: t("place.automatic"),
            submit: t("place.submit"),
            submitting: t("place.submitting"),
            confirmQuestion: t("place.confirm.question", { total: formatInr(preview.totalPaise, locale), items: preview.lines.length }),
            confirmYes: t("place.confirm.yes"),
            confirmBack: t("place.confirm.back"),
          }}
          budgetHeads={context.budgetHeads.map((h) => ({
            value: h.id,
            label: t("place.budgetHeadOption", { code: h.code, name: name(h), free: paiseToRupeesString(h.freePaise) }),
          }))}
          consignees={context.consignees.map((c) => ({ value: c.id, label: name(c) }))}
          defaults={{ consigneeOfficeId, deliverBy: day(preview.deliverBy), minDate: day(istDateAfter(now, 1)), maxDate: day(istDateAfter(now, MAX_DELIVER_BY_DAYS)) }}
          lines={preview.lines.map(({ line, item, eligible }) => ({
            itemId: line.itemId,
            name: item ? name(item) : line.itemId,
            offers: eligible.map((o) => ({ value: o.offerId, label: t("place.offerOption", { vendor: o.vendorName, price: paiseToRupeesString(o.landedUnitPaise) }) })),
          }))}
          directPurchase={preview.directPurchaseAllowed}
          idempotencyKey={randomUUID()}
        />
        <p className="mt-4 text-slate-700">
          {t("place.rulesNote")} <Link href="/orders">{t("place.register")}</Link>
        </p>
      </Card>
    </div>
  );
}
