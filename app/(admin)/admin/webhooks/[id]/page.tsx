import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getWebhookSubscription } from "@/lib/queries/webhooks";
import { deactivateWebhookAction, retryWebhookDeliveryAction } from "../actions";

export const dynamic = "force-dynamic";

const TONE = { QUEUED: "info", SENDING: "info", SENT: "success", DELIVERED: "success", FAILED: "warning", DEAD: "danger" } as const;

/** One subscription's delivery log: every delivery's event id, attempts and last error; failed or dead ones can be sent again. */
export default async function WebhookSubscriptionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string; notice?: string }> }) {
  const actor = await requireRole("ADMIN");
  const [{ id }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("webhooks"), getLocale()]);
  const found = await getWebhookSubscription(actor, id, { before: query.before });
  if (!found) notFound();
  const { subscription, deliveries, nextBefore } = found;
  type Row = (typeof deliveries)[number];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{subscription.description}</h1>
      {query.notice ? <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3">{t(`notice.${query.notice === "retried" ? "retried" : "notRetryable"}`)}</p> : null}
      <Card title={t("detailTitle")}>
        <dl className="grid gap-2 sm:grid-cols-2">
          <div><dt className="font-semibold">{t("columns.department")}</dt><dd>{locale.startsWith("hi") ? subscription.department.nameHi : subscription.department.nameEn}</dd></div>
          <div><dt className="font-semibold">{t("columns.url")}</dt><dd className="break-all font-mono text-sm">{subscription.url}</dd></div>
          <div><dt className="font-semibold">{t("columns.events")}</dt><dd>{subscription.events.join(", ")}</dd></div>
          <div><dt className="font-semibold">{t("columns.status")}</dt><dd><Badge tone={subscription.active ? "success" : "neutral"}>{t(subscription.active ? "active" : "inactive")}</Badge></dd></div>
        </dl>
        {subscription.active ? (
          <form action={deactivateWebhookAction} className="mt-3">
            <input type="hidden" name="subscriptionId" value={subscription.id} />
            <button type="submit" className="rounded-md border border-red-700 px-3 py-1.5 font-semibold text-red-800">{t("deactivate")}</button>
          </form>
        ) : null}
      </Card>
      <Card title={t("deliveriesTitle")}>
        <Table<Row>
          caption={t("deliveriesTitle")} captionHidden rows={deliveries} rowKey={(d) => String(d.id)} empty={<EmptyState title={t("noDeliveries")} />}
          columns={[
            { header: t("columns.eventId"), cell: (d) => <span className="font-mono">{d.subject}</span> },
            { header: t("columns.event"), cell: (d) => d.event },
            { header: t("columns.created"), cell: (d) => <DateIst value={d.createdAt} withTime /> },
            { header: t("columns.status"), cell: (d) => <Badge tone={TONE[d.status]}>{d.status}</Badge> },
            { header: t("columns.attempts"), cell: (d) => d.attempts, align: "end" },
            { header: t("columns.result"), cell: (d) => d.lastError ?? d.providerId ?? "" },
            {
              header: t("columns.action"),
              cell: (d) => (d.status === "DEAD" || d.status === "FAILED") && subscription.active ? (
                <form action={retryWebhookDeliveryAction}>
                  <input type="hidden" name="subscriptionId" value={subscription.id} />
                  <input type="hidden" name="deliveryId" value={String(d.id)} />
                  <button type="submit" className="font-semibold text-blue-800 underline">{t("retry")}</button>
                </form>
              ) : null,
            },
          ]}
        />
        {nextBefore ? <Link href={`/admin/webhooks/${subscription.id}?before=${nextBefore}`} className="mt-3 inline-block font-semibold text-blue-800 underline">{t("older")}</Link> : null}
      </Card>
    </div>
  );
}
