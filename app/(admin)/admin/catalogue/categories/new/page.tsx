import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { CategoryForm } from "../../category-form";

export default async function NewCategoryPage() {
  await requireRole("ADMIN");
  const [t, messages] = await Promise.all([getTranslations("adminCatalogue"), getMessages()]);
  return (
    <Card title={t("categoryForm.newTitle")}>
      <NextIntlClientProvider messages={{ common: messages.common, adminCatalogue: messages.adminCatalogue }}>
        <CategoryForm initial={{ code: "", nameEn: "", nameHi: "" }} />
      </NextIntlClientProvider>
      <p className="mt-4">
        <Link href="/admin/catalogue">{t("back")}</Link>
      </p>
    </Card>
  );
}
