import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import type { NotificationStatus } from "@/lib/generated/prisma/enums";
import { isNotifyEvent, NOTIFY_EVENTS } from "@/lib/notify/events";
import { countDead, deliveryFilterSchema, devSinksEnabled, listDeliveries } from "@/lib/notify/queries";
import { retryDeadAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notify.admin");
  return { title: t("title") };
}

const STATUSES: NotificationStatus[] = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED", "DEAD"];
const TONE: Record<NotificationStatus, BadgeTone> = {
  QUEUED: "neutral", SENDING: "info", SENT: "info", DELIVERED: "success", FAILED: "warning", DEAD: "danger",
};

export default async function DeliveryLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireRole("ADMIN");
  const params = await searchParams;
  const filter = deliveryFilterSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, log, dead] = await Promise.all([getTranslations("notify"), listDeliveries(actor, filter), countDead(actor)]);
  const eventLabel = (event: string) => (isNotifyEvent(event) ? t(`events.${event}`) : event);
  const filters = new URLSearchParams(
    Object.entries({ status: filter.status, channel: filter.channel, event: filter.event, to: filter.to, cursor: filter.cursor })
      .filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  const notice = params.notice === "retried" || params.notice === "notDead" ? params.notice : null;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
        <p className="mt-1 text-slate-700">{t("admin.intro")}</p>
        <p className="mt-2 font-semibold">{t("admin.deadCount", { count: dead })}</p>
        {devSinksEnabled() ? (
          <Link href="/admin/dev-inbox" className="mt-1 inline-block font-semibold text-blue-800 underline">
            {t("admin.devInboxLink")}
          </Link>
        ) : null}
      </div>
      {notice ? (
        <p role="status" className="rounded-md border-l-4 border-blue-800 bg-blue-50 px-3 py-2 font-semibold text-blue-900">
          {t(`admin.${notice}`)}
        </p>
      ) : null}

      <form method="get" aria-label={t("admin.filters")} className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="status" label={t("admin.statusFilter")} placeholder={t("admin.any")} defaultValue={filter.status ?? ""}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <Select name="channel" label={t("admin.channelFilter")} placeholder={t("admin.any")} defaultValue={filter.channel ?? ""}
          options={(["EMAIL", "SMS", "IN_APP"] as const).map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        <Select name="event" label={t("admin.eventFilter")} placeholder={t("admin.any")} defaultValue={filter.event ?? ""}
          options={NOTIFY_EVENTS.map((e) => ({ value: e, label: eventLabel(e) }))} />
        <Field name="to" label={t("admin.toFilter")} hint={t("admin.toHint")} defaultValue={filter.to ?? ""} autoComplete="off" />
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClasses("primary")}>{t("admin.apply")}</button>
          <Link href="/admin/notifications" className={buttonClasses("ghost")}>{t("admin.clear")}</Link>
        </div>
      </form>

      <Table
        caption={t("admin.caption")}
        rows={log.rows}
        rowKey={(row) => String(row.id)}
        empty={<EmptyState title={t("admin.empty")} />}
        columns={[
          { header: t("admin.time"), cell: (row) => <DateIst value={row.createdAt} withTime /> },
          {
            header: t("admin.event"),
            cell: (row) => (
              <>
                <span className="font-semibold">{eventLabel(row.event)}</span>
                <span className="block text-slate-700">{row.subject}</span>
              </>
            ),
          },
          { header: t("admin.channelFilter"), cell: (row) => t(`channel.${row.channel}`) },
          { header: t("admin.recipient"), cell: (row) => (row.channel === "IN_APP" ? "—" : <span className="break-all">{row.toAddress}</span>) },
          { header: t("admin.statusColumn"), cell: (row) => <Badge tone={TONE[row.status]}>{t(`status.${row.status}`)}</Badge> },
          { header: t("admin.attempts"), align: "end", cell: (row) => row.attempts },
          {
            header: t("admin.details"),
            cell: (row) => (
              <div className="space-y-1">
                {row.lastError ? <p className="break-words text-red-800">{row.lastError}</p> : null}
                {row.status === "FAILED" ? <p>{t.rich("admin.nextAttempt", { time: () => <DateIst value={row.nextAttemptAt} withTime /> })}</p> : null}
                {row.deliveredAt ? <p>{t.rich("admin.deliveredAt", { time: () => <DateIst value={row.deliveredAt!} withTime /> })}</p>
                  : row.sentAt && row.channel !== "IN_APP" ? <p>{t.rich("admin.sentAt", { time: () => <DateIst value={row.sentAt!} withTime /> })}</p>
                  : null}
                {row.status === "DEAD" ? (
                  <form action={retryDeadAction}>
                    <input type="hidden" name="notificationId" value={String(row.id)} />
                    <input type="hidden" name="filters" value={filters} />
                    <button type="submit" className={buttonClasses("secondary")}>{t("admin.retry")}</button>
                  </form>
                ) : null}
              </div>
            ),
          },
        ]}
      />
      <Pagination pathname="/admin/notifications" searchParams={params} nextCursor={log.nextCursor} />
    </div>
  );
}
