import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { DateIst } from "@/components/ui/date-ist";

export type NotificationItem = {
  id: string;
  subject: string;
  body: string;
  createdAt: Date;
  read: boolean;
  hasLink: boolean;
};

/**
 * The in-app notification list. Each entry's button is a form posting to `openAction`, which
 * marks it read and goes to its page, so it works without JavaScript.
 */
export function NotificationList({ items, openAction }: { items: NotificationItem[]; openAction: (formData: FormData) => Promise<void> }) {
  const t = useTranslations("notify.inbox");
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id}>
          <article
            aria-labelledby={`notification-${item.id}`}
            className={cx("rounded-lg border bg-white p-4 shadow-sm", item.read ? "border-slate-300" : "border-l-4 border-blue-800")}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`notification-${item.id}`} className={cx("text-lg", item.read ? "font-normal" : "font-bold")}>
                {item.read ? null : <span className="mr-2 rounded bg-blue-800 px-1.5 py-0.5 text-sm font-semibold text-white">{t("unread")}</span>}
                {item.subject}
              </h2>
              <span className="text-slate-700">
                <DateIst value={item.createdAt} withTime />
              </span>
            </div>
            <p className="mt-2 whitespace-pre-line text-slate-800">{item.body}</p>
            {item.hasLink || !item.read ? (
              <form action={openAction} className="mt-3">
                <input type="hidden" name="notificationId" value={item.id} />
                <button type="submit" className={buttonClasses(item.hasLink ? "secondary" : "ghost")}>
                  {item.hasLink ? t("open") : t("markRead")}
                </button>
              </form>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
