import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("common");
  return (
    <footer className="mt-12 border-t-4 border-t-blue-900 bg-slate-100">
      <div className="mx-auto max-w-6xl px-4 py-6">
        <p className="max-w-prose text-slate-800">{t("footer.about")}</p>
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href="/dashboard" className="inline-flex min-h-11 items-center">{t("footer.dashboard")}</Link>
          </li>
          <li>
            <Link href="/verify" className="inline-flex min-h-11 items-center">{t("footer.verify")}</Link>
          </li>
          <li>
            {/* A JSON download, not a page: a plain link, no client-side navigation. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/api/ocds/releases" className="inline-flex min-h-11 items-center">{t("footer.openData")}</a>
          </li>
          <li>
            <Link href="/developers" className="inline-flex min-h-11 items-center">{t("footer.developers")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
