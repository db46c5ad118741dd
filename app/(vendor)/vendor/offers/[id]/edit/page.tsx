import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { paiseToRupeesString } from "@/lib/domain/money";
import { gstRateText } from "@/lib/domain/catalogue/item";
import { getUiLocale } from "@/lib/i18n/server";
import { listDistricts } from "@/lib/queries/catalogue";
import { getOwnOffer } from "@/lib/queries/offers";
import { getOwnVendor } from "@/lib/queries/vendors";
import { OfferForm } from "../../offer-form";
import { WithdrawForm } from "../../withdraw-form";

/** Edit (or list again) one of the vendor's own offers; its price history; withdraw it. */
export default async function EditOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("VENDOR");
  const { id } = await params;
  const [t, locale, offer, vendor, districts, messages] = await Promise.all([
    getTranslations("vendor"),
    getUiLocale(),
    getOwnOffer(actor, id),
    getOwnVendor(actor),
    listDistricts(),
    getMessages(),
  ]);
  const name = (x: { nameEn: string; nameHi: string }) => (locale === "hi" ? x.nameHi : x.nameEn);
  const allDistricts = offer.districtIds.length === districts.length;
  return (
    <div className="space-y-6">
      <Card title={t("editOffer.title", { item: name(offer.item) })}>
        <p className="flex flex-wrap items-center gap-2 text-slate-800">
          <span>{offer.item.code}</span>
          <Badge tone={offer.status === "ACTIVE" ? "success" : "neutral"}>{t(`offers.statuses.${offer.status}`)}</Badge>
          <span>{offer.gstRateBp === null ? t("newOffer.gstPending") : t("newOffer.gst", { rate: gstRateText(offer.gstRateBp) })}</span>
        </p>
        {offer.status === "WITHDRAWN" ? <p className="mt-2">{t("editOffer.withdrawnNote")}</p> : null}
        {vendor.status === "ACTIVE" ? (
          <div className="mt-4">
            <NextIntlClientProvider messages={{ common: messages.common, vendor: messages.vendor }}>
              <OfferForm
                mode="update"
                hidden={{ name: "offerId", value: offer.id }}
                initial={{
                  unitPrice: paiseToRupeesString(offer.unitPricePaise),
                  minQuantity: String(offer.minQuantity),
                  maxQuantity: String(offer.maxQuantity),
                  monthlyCapacity: String(offer.monthlyCapacity),
                  leadTimeDays: String(offer.leadTimeDays),
                  allDistricts,
                  districtIds: allDistricts ? [] : offer.districtIds.map(String),
                  matchesL1: offer.matchesL1,
                }}
                districts={districts.map((d) => ({ id: d.id, label: name(d) })).sort((a, b) => a.label.localeCompare(b.label, locale))}
                submitLabel={offer.status === "ACTIVE" ? t("editOffer.submit") : t("editOffer.relist")}
              />
            </NextIntlClientProvider>
          </div>
        ) : (
          <p className="mt-4">{t("newOffer.notActive")}</p>
        )}
      </Card>

      {offer.status === "ACTIVE" ? (
        <Card title={t("editOffer.withdrawTitle")}>
          <p>{t("editOffer.withdrawBody")}</p>
          <div className="mt-3">
            <NextIntlClientProvider messages={{ common: messages.common, vendor: messages.vendor }}>
              <WithdrawForm offerId={offer.id} />
            </NextIntlClientProvider>
          </div>
        </Card>
      ) : null}

      <Card title={t("editOffer.history")}>
        <Table
          caption={t("editOffer.history")}
          captionHidden
          rows={offer.prices}
          rowKey={(p) => p.id}
          columns={[
            { header: t("editOffer.price"), align: "end", cell: (p) => <Money paise={p.unitPricePaise} /> },
            { header: t("editOffer.from"), cell: (p) => <DateIst value={p.effectiveFrom} withTime /> },
            { header: t("editOffer.to"), cell: (p) => (p.effectiveTo ? <DateIst value={p.effectiveTo} withTime /> : t("editOffer.current")) },
          ]}
        />
      </Card>
      <p>
        <Link href="/vendor">{t("backHome")}</Link>
      </p>
    </div>
  );
}
