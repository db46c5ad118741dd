import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getCategory } from "@/lib/queries/catalogue";
import { CategoryForm } from "../../category-form";

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN");
  const { id } = await params;
  const category = /^[0-9a-f-]{36}$/i.test(id) ? await getCategory(id) : null;
  if (!category) notFound();
  const [t, messages] = await Promise.all([getTranslations("adminCatalogue"), getMessages()]);
  return (
    <Card title={t("categoryForm.editTitle", { code: category.code })}>
      <NextIntlClientProvider messages={{ common: messages.common, adminCatalogue: messages.adminCatalogue }}>
        <CategoryForm categoryId={category.id} initial={category} />
      </NextIntlClientProvider>
      <p className="mt-4">
        <Link href="/admin/catalogue">{t("back")}</Link>
      </p>
    </Card>
  );
}
