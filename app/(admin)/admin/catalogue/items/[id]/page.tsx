import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { gstRateText, istToday, UNITS } from "@/lib/domain/catalogue/item";
import { getUiLocale } from "@/lib/i18n/server";
import { getItem, listCategories } from "@/lib/queries/catalogue";
import { GstRateForm } from "../../gst-rate-form";
import { ItemForm } from "../../item-form";

/** One item for the admin: its details and specification, and its GST rates over time. */
export default async function EditItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  await requireRole("ADMIN");
  const { id } = await params;
  const { saved } = await searchParams;
  const item = /^[0-9a-f-]{36}$/i.test(id) ? await getItem(id) : null;
  if (!item) notFound();
  const [t, units, locale, categories, messages] = await Promise.all([
    getTranslations("adminCatalogue"),
    getTranslations("catalogue.units"),
    getUiLocale(),
    listCategories(),
    getMessages(),
  ]);
  const today = istToday(new Date());
  const current = item.gstRates.find((r) => r.effectiveFrom.toISOString().slice(0, 10) <= today);
  const clientMessages = { common: messages.common, adminCatalogue: messages.adminCatalogue };
  return (
    <div className="space-y-6">
      {saved && t.has(`saved.${saved}`) ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t(`saved.${saved}`)}
        </p>
      ) : null}
      <Card title={t("itemForm.editTitle", { code: item.code })}>
        <p className="mb-4">
          <Link href={`/catalogue/${encodeURIComponent(item.code)}`}>{t("itemForm.publicPage")}</Link>
        </p>
        <NextIntlClientProvider messages={clientMessages}>
          <ItemForm
            itemId={item.id}
            initial={item}
            categories={categories.map((c) => ({ value: c.id, label: `${c.code} · ${locale === "hi" ? c.nameHi : c.nameEn}` }))}
            units={UNITS.map((u) => ({ value: u, label: `${u} · ${units(u)}` }))}
          />
        </NextIntlClientProvider>
      </Card>
      <Card title={t("gstForm.heading")}>
        <Table
          caption={t("gstForm.history")}
          rows={item.gstRates}
          rowKey={(r) => r.id}
          columns={[
            { header: t("gstForm.rate"), align: "end", cell: (r) => `${gstRateText(r.rateBp)} %` },
            { header: t("gstForm.from"), cell: (r) => <DateIst value={r.effectiveFrom} /> },
            { header: t("gstForm.state"), cell: (r) => (r === current ? t("gstForm.current") : r.effectiveFrom.toISOString().slice(0, 10) > today ? t("gstForm.upcoming") : t("gstForm.past")) },
          ]}
        />
        <h3 className="mt-6 text-lg font-semibold">{t("gstForm.newHeading")}</h3>
        <div className="mt-2">
          <NextIntlClientProvider messages={clientMessages}>
            <GstRateForm itemId={item.id} today={today} />
          </NextIntlClientProvider>
        </div>
      </Card>
      <p>
        <Link href="/admin/catalogue">{t("back")}</Link>
      </p>
    </div>
  );
}
