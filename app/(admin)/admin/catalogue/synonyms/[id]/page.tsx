import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getSynonymGroup } from "@/lib/queries/synonyms";
import { DeleteSynonymGroup, SynonymForm } from "../synonym-form";

export const dynamic = "force-dynamic";

export default async function EditSynonymGroupPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN");
  const { id } = await params;
  const group = await getSynonymGroup(id);
  if (!group) notFound();
  const [t, messages] = await Promise.all([getTranslations("adminCatalogue"), getMessages()]);
  const list = (terms: string[]) => terms.join(", ");
  return (
    <Card title={t("synonyms.edit")}>
      <NextIntlClientProvider messages={{ common: messages.common, adminCatalogue: messages.adminCatalogue }}>
        <SynonymForm groupId={group.id} initial={{ english: list(group.english), hindi: list(group.hindi), roman: list(group.roman) }} />
        <div className="mt-6 border-t border-slate-200 pt-4">
          <DeleteSynonymGroup groupId={group.id} />
        </div>
      </NextIntlClientProvider>
      <p className="mt-4">
        <Link href="/admin/catalogue/synonyms">{t("synonyms.back")}</Link>
      </p>
    </Card>
  );
}
