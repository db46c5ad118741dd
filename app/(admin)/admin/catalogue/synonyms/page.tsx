import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { listSynonymGroups } from "@/lib/queries/synonyms";
import { SynonymForm } from "./synonym-form";

export const dynamic = "force-dynamic";

/**
 * Synonym groups the catalogue search uses (docs/search.md): words buyers use for the same thing
 * in English, Hindi and Hindi in Roman letters. Every change is audited.
 */
export default async function SynonymsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRole("ADMIN");
  const params = await searchParams;
  const cursor = typeof params.cursor === "string" ? params.cursor : null;
  const [t, messages, { groups, nextCursor }] = await Promise.all([getTranslations("adminCatalogue"), getMessages(), listSynonymGroups(cursor)]);
  const saved = typeof params.saved === "string" ? params.saved : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("synonyms.title")}</h1>
      <p className="max-w-3xl">{t("synonyms.intro")}</p>
      {saved ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {saved === "deleted" ? t("synonyms.deleted") : t("synonyms.saved")}
        </p>
      ) : null}
      <Card title={t("synonyms.new")}>
        <NextIntlClientProvider messages={{ common: messages.common, adminCatalogue: messages.adminCatalogue }}>
          <SynonymForm initial={{ english: "", hindi: "", roman: "" }} />
        </NextIntlClientProvider>
      </Card>
      <Card title={t("synonyms.heading")}>
        <Table
          caption={t("synonyms.heading")}
          captionHidden
          rows={groups}
          rowKey={(g) => g.id}
          empty={<EmptyState title={t("synonyms.empty")} />}
          columns={[
            { header: t("synonyms.english"), cell: (g) => g.english.join(", ") },
            { header: t("synonyms.hindi"), cell: (g) => <span lang="hi">{g.hindi.join(", ")}</span> },
            { header: t("synonyms.roman"), cell: (g) => g.roman.join(", ") },
            { header: t("edit"), cell: (g) => <Link href={`/admin/catalogue/synonyms/${g.id}`} aria-label={t("editNamed", { name: [...g.english, ...g.hindi][0] ?? "" })}>{t("edit")}</Link> },
          ]}
        />
        <Pagination pathname="/admin/catalogue/synonyms" searchParams={params} nextCursor={nextCursor} />
      </Card>
      <p>
        <Link href="/admin/catalogue">{t("back")}</Link>
      </p>
    </div>
  );
}
