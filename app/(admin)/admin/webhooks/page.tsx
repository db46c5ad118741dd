import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { listDepartments, listWebhookSubscriptions } from "@/lib/queries/webhooks";
import { WEBHOOK_EVENT_NAMES } from "@/lib/webhooks/events";
import { SubscribeForm, type SubscribeLabels } from "./subscribe-form";

export const dynamic = "force-dynamic";

const LABEL_KEYS = ["department", "choose", "url", "urlHint", "description", "events", "submit", "secretTitle", "secretNote"] as const;

/** Department systems' webhook subscriptions: subscribe a URL to events; each opens its delivery log. */
export default async function WebhooksPage() {
  const actor = await requireRole("ADMIN");
  const [t, locale, subscriptions, departments] = await Promise.all([getTranslations("webhooks"), getLocale(), listWebhookSubscriptions(actor), listDepartments(actor)]);
  const hi = locale.startsWith("hi");
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`form.${k}`)])) as SubscribeLabels;
  type Row = (typeof subscriptions)[number];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <Card title={t("newTitle")}>
        <SubscribeForm
          departments={departments.map((d) => ({ value: d.id, label: `${d.code} · ${hi ? d.nameHi : d.nameEn}` }))}
          events={WEBHOOK_EVENT_NAMES.map((e) => ({ value: e, label: `${t(`events.${e.replace(".", "_")}`)} (${e})` }))}
          labels={labels}
        />
      </Card>
      <Card title={t("listTitle")}>
        <Table<Row>
          caption={t("listTitle")} captionHidden rows={subscriptions} rowKey={(s) => s.id} empty={<EmptyState title={t("empty")} />}
          columns={[
            { header: t("columns.system"), cell: (s) => <Link href={`/admin/webhooks/${s.id}`} className="font-semibold text-blue-800 underline">{s.description}</Link> },
            { header: t("columns.department"), cell: (s) => (hi ? s.department.nameHi : s.department.nameEn) },
            { header: t("columns.url"), cell: (s) => <span className="break-all font-mono text-sm">{s.url}</span> },
            { header: t("columns.events"), cell: (s) => s.events.join(", ") },
            { header: t("columns.created"), cell: (s) => <DateIst value={s.createdAt} /> },
            { header: t("columns.status"), cell: (s) => <Badge tone={s.active ? "success" : "neutral"}>{t(s.active ? "active" : "inactive")}</Badge> },
          ]}
        />
      </Card>
    </div>
  );
}
