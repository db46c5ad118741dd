import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { devSinksEnabled, listDevMessages } from "@/lib/notify/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notify.devInbox");
  return { title: t("title") };
}

const TABS = [
  { key: "all", channel: undefined },
  { key: "email", channel: "EMAIL" },
  { key: "sms", channel: "SMS" },
] as const;

/** What the local mail catcher and SMS sink caught; exists only where those sinks run. */
export default async function DevInboxPage({ searchParams }: { searchParams: Promise<{ channel?: string; cursor?: string }> }) {
  const actor = await requireRole("ADMIN");
  if (!devSinksEnabled()) notFound();
  const params = await searchParams;
  const channel = params.channel === "EMAIL" || params.channel === "SMS" ? params.channel : undefined;
  const [t, tChannel, inbox] = await Promise.all([
    getTranslations("notify.devInbox"),
    getTranslations("notify.channel"),
    listDevMessages(actor, { channel, cursor: params.cursor }),
  ]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <nav aria-label={t("show")}>
        <ul className="flex flex-wrap gap-2">
          {TABS.map((tab) => {
            const current = tab.channel === channel;
            return (
              <li key={tab.key}>
                <Link
                  href={tab.channel ? `/admin/dev-inbox?channel=${tab.channel}` : "/admin/dev-inbox"}
                  aria-current={current ? "page" : undefined}
                  className={cx(
                    "inline-flex min-h-11 items-center rounded-md border-2 px-3 font-semibold",
                    current ? "border-blue-800 bg-blue-800 text-white" : "border-slate-400 text-blue-900 hover:bg-blue-50",
                  )}
                >
                  {t(tab.key)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {inbox.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="space-y-3">
          {inbox.rows.map((message) => (
            <li key={String(message.id)}>
              <article aria-labelledby={`dev-message-${message.id}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={message.channel === "EMAIL" ? "info" : "neutral"}>{tChannel(message.channel)}</Badge>
                  <h2 id={`dev-message-${message.id}`} className="text-lg font-semibold break-words">
                    {message.subject ?? message.body.slice(0, 60)}
                  </h2>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-slate-800">
                  <dt className="font-semibold">{t("to")}</dt>
                  <dd className="break-all">{message.toAddress}</dd>
                  <dt className="font-semibold">{t("receivedAt")}</dt>
                  <dd><DateIst value={message.createdAt} withTime /></dd>
                </dl>
                <pre className="mt-3 overflow-x-auto font-sans whitespace-pre-wrap break-words text-slate-900">{message.body}</pre>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/admin/dev-inbox" searchParams={params} nextCursor={inbox.nextCursor} />
    </div>
  );
}
