import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { istToday, UNITS } from "@/lib/domain/catalogue/item";
import { getUiLocale } from "@/lib/i18n/server";
import { listCategories } from "@/lib/queries/catalogue";
import { ItemForm } from "../../item-form";

export default async function NewItemPage() {
  await requireRole("ADMIN");
  const [t, units, locale, categories, messages] = await Promise.all([
    getTranslations("adminCatalogue"),
    getTranslations("catalogue.units"),
    getUiLocale(),
    listCategories(),
    getMessages(),
  ]);
  return (
    <Card title={t("itemForm.newTitle")}>
      <NextIntlClientProvider messages={{ common: messages.common, adminCatalogue: messages.adminCatalogue }}>
        <ItemForm
          today={istToday(new Date())}
          initial={{ code: "", nameEn: "", nameHi: "", descriptionEn: "", descriptionHi: "", categoryId: "", unit: "NOS", hsn: "", reserved: true, preDispatchInspection: false, active: true, specs: [] }}
          categories={categories.map((c) => ({ value: c.id, label: `${c.code} · ${locale === "hi" ? c.nameHi : c.nameEn}` }))}
          units={UNITS.map((u) => ({ value: u, label: `${u} · ${units(u)}` }))}
        />
      </NextIntlClientProvider>
      <p className="mt-4">
        <Link href="/admin/catalogue">{t("back")}</Link>
      </p>
    </Card>
  );
}
