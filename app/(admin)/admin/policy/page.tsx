import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Facts } from "@/components/fulfilment/facts";
import { ScopedMessages } from "@/components/fulfilment/scoped-messages";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { todayInputValue } from "@/lib/domain/dispatch/input";
import { policyToFormValues } from "@/lib/domain/policy/input";
import { DEFAULT_POLICY, type Policy } from "@/lib/domain/policy/policy";
import { getPolicyOverview } from "@/lib/queries/policy";
import { POLICY_GROUPS } from "./fields";
import { PolicyForm } from "./policy-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policy");
  return { title: t("title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The purchase policy: the version in force, versions published for later, the history, and a
 * form for the next version. Versions are never edited; orders keep the version they were placed under.
 */
export default async function PolicyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("ADMIN");
  const params = await searchParams;
  const before = Number(one(params.before));
  const [t, overview] = await Promise.all([
    getTranslations("policy"),
    getPolicyOverview(actor, { before: Number.isSafeInteger(before) && before > 0 ? before : undefined }),
  ]);
  const published = one(params.published);
  const settings = (policy: Policy) => {
    const values = policyToFormValues(policy);
    return POLICY_GROUPS.flatMap((g) => g.fields).map((f) => ({ label: t(`form.fields.${f.name}.label`), value: t(`form.unitValue.${f.unit}`, { value: values[f.name] }) }));
  };
  type Version = (typeof overview.history)[number];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {published ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("published", { version: published })}</p> : null}

      {overview.inForce ? (
        <Card title={t("inForce", { version: overview.inForce.version })}>
          <p className="mb-3">{t("since")} <DateIst value={overview.inForce.effectiveFrom} withTime /></p>
          <Facts items={settings(overview.inForce)} />
        </Card>
      ) : null}

      {overview.scheduled.map((v) => (
        <Card key={v.id} title={t("scheduled", { version: v.version })}>
          <p className="mb-3">{t("from")} <DateIst value={v.effectiveFrom} withTime /></p>
          <Facts items={settings(v)} />
        </Card>
      ))}

      <Card title={t("form.title")}>
        <p className="mb-4 text-slate-700">{t("form.intro")}</p>
        <ScopedMessages namespaces={["policy"]}>
          <PolicyForm initial={policyToFormValues(overview.inForce ?? DEFAULT_POLICY)} today={todayInputValue(new Date())} />
        </ScopedMessages>
      </Card>

      <Card title={t("history.title")}>
        <Table<Version>
          caption={t("history.caption")}
          captionHidden
          rows={overview.history}
          rowKey={(v) => v.id}
          columns={[
            { header: t("history.version"), cell: (v) => v.version, align: "end" },
            { header: t("history.effectiveFrom"), cell: (v) => <DateIst value={v.effectiveFrom} withTime /> },
            { header: t("history.createdBy"), cell: (v) => v.createdBy?.name ?? t("history.seed") },
            { header: t("history.createdAt"), cell: (v) => <DateIst value={v.createdAt} /> },
            { header: t("history.supplyOrders"), cell: (v) => v._count.supplyOrders, align: "end" },
          ]}
        />
        <Pagination pathname="/admin/policy" searchParams={params} nextCursor={overview.nextBefore ? String(overview.nextBefore) : null} cursorParam="before" />
      </Card>
    </div>
  );
}
