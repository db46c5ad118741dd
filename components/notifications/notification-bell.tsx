import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * A link to the notification list with the unread count. The count is part of the link's name
 * ("Notifications: 3 unread") so screen readers hear it; the badge itself is decoration.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("notify.bell");
  return (
    <Link
      href="/notifications"
      aria-label={t("label", { count: unread })}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-blue-900 hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-blue-300"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-bold text-white">
          {unread > 99 ? t("overflow") : unread}
        </span>
      ) : null}
    </Link>
  );
}
