import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { countUnread, listInbox } from "@/lib/notify/queries";
import { markAllReadAction, openNotificationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notify.inbox");
  return { title: t("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const [t, inbox, unread] = await Promise.all([
    getTranslations("notify.inbox"),
    listInbox(actor, { cursor: params.cursor }),
    countUnread(actor),
  ]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="font-semibold">{t("unreadCount", { count: unread })}</p>
        <div className="flex flex-wrap gap-2">
          <Link href="/settings/notifications" className={buttonClasses("ghost")}>
            {t("settingsLink")}
          </Link>
          {unread > 0 ? (
            <form action={markAllReadAction}>
              <button type="submit" className={buttonClasses("secondary")}>
                {t("markAllRead")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      <div className="mt-4">
        {inbox.rows.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          <NotificationList
            openAction={openNotificationAction}
            items={inbox.rows.map((row) => ({
              id: String(row.id),
              subject: row.subject,
              body: row.body,
              createdAt: row.createdAt,
              read: row.readAt !== null,
              hasLink: row.link !== null,
            }))}
          />
        )}
      </div>
      <Pagination pathname="/notifications" searchParams={params} nextCursor={inbox.nextCursor} />
    </div>
  );
}
