import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { listCategories, listItemsForAdmin } from "@/lib/queries/catalogue";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCatalogue");
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The admin's catalogue: categories, and items in code order (one category at a time if chosen). */
export default async function AdminCataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRole("ADMIN");
  const params = await searchParams;
  const category = one(params.category).toUpperCase() || null;
  const [t, locale, categories, items] = await Promise.all([
    getTranslations("adminCatalogue"),
    getUiLocale(),
    listCategories(),
    listItemsForAdmin({ categoryCode: category, afterCode: one(params.cursor) || null }),
  ]);
  const name = (x: { nameEn: string; nameHi: string }) => (locale === "hi" ? x.nameHi : x.nameEn);
  const saved = one(params.saved);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        <Link href="/admin/catalogue/synonyms">{t("synonyms.link")}</Link>
      </p>
      {saved && t.has(`saved.${saved}`) ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t(`saved.${saved}`)}
        </p>
      ) : null}

      <Card title={t("categories.heading")} actions={<ButtonLink href="/admin/catalogue/categories/new">{t("categories.new")}</ButtonLink>}>
        <Table
          caption={t("categories.heading")}
          captionHidden
          rows={categories}
          rowKey={(c) => c.id}
          empty={<EmptyState title={t("categories.empty")} />}
          columns={[
            { header: t("categories.code"), cell: (c) => c.code },
            { header: t("categories.nameEn"), cell: (c) => c.nameEn },
            { header: t("categories.nameHi"), cell: (c) => <span lang="hi">{c.nameHi}</span> },
            { header: t("edit"), cell: (c) => <Link href={`/admin/catalogue/categories/${c.id}`} aria-label={t("editNamed", { name: name(c) })}>{t("edit")}</Link> },
          ]}
        />
      </Card>

      <Card title={t("items.heading")} actions={<ButtonLink href="/admin/catalogue/items/new">{t("items.new")}</ButtonLink>}>
        <form action="/admin/catalogue" method="get" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="grow">
            <Select name="category" label={t("items.filter")} placeholder={t("items.allCategories")} options={categories.map((c) => ({ value: c.code, label: `${c.code} · ${name(c)}` }))} defaultValue={category ?? ""} />
          </div>
          <Button type="submit" variant="secondary">{t("items.show")}</Button>
        </form>
        <Table
          caption={t("items.heading")}
          captionHidden
          rows={items.items}
          rowKey={(i) => i.id}
          empty={<EmptyState title={t("items.empty")} />}
          columns={[
            { header: t("items.code"), cell: (i) => <Link href={`/admin/catalogue/items/${i.id}`}>{i.code}</Link> },
            { header: t("items.name"), cell: (i) => name(i) },
            { header: t("items.category"), cell: (i) => i.category.code },
            { header: t("items.unit"), cell: (i) => i.unit },
            {
              header: t("items.flags"),
              cell: (i) => (
                <span className="flex flex-wrap gap-1">
                  {i.reserved ? <Badge tone="info">{t("items.reserved")}</Badge> : null}
                  {i.preDispatchInspection ? <Badge>{t("items.preDispatch")}</Badge> : null}
                  {i.active ? null : <Badge tone="warning">{t("items.inactive")}</Badge>}
                </span>
              ),
            },
          ]}
        />
        <Pagination pathname="/admin/catalogue" searchParams={{ category: category ?? undefined, cursor: one(params.cursor) || undefined }} nextCursor={items.nextCursor} />
      </Card>
    </div>
  );
}
