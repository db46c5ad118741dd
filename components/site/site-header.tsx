import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitch } from "./language-switch";

export type HeaderAccount = { name: string; role: Role; unread: number } | null;

/** The site-wide forms, passed in by the root layout (components never import from app/). */
export type HeaderActions = { signOut: (form: FormData) => Promise<void>; setLocale: (form: FormData) => Promise<void> };

const PUBLIC_LINKS = [
  { href: "/catalogue", key: "catalogue" },
  { href: "/orders", key: "orders" },
  { href: "/dashboard", key: "dashboard" },
  { href: "/verify", key: "verify" },
] as const;

const navLinkClasses = "inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-blue-900 no-underline hover:bg-blue-50 hover:underline";

/**
 * Site header. Phones get the logo, the language switch and a "Menu" disclosure (<details>, so it
 * opens without JavaScript); from `md` up the navigation is shown inline.
 */
export function SiteHeader({ account, actions }: { account: HeaderAccount; actions: HeaderActions }) {
  const t = useTranslations("nav");
  const brand = useTranslations("common.brand");

  const links = (
    <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:items-center">
      {PUBLIC_LINKS.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className={cx(navLinkClasses, "w-full md:w-auto")}>
            {t(link.key)}
          </Link>
        </li>
      ))}
      {account ? null : (
        <li>
          <Link href="/register" className={cx(navLinkClasses, "w-full md:w-auto")}>
            {t("register")}
          </Link>
        </li>
      )}
    </ul>
  );

  const accountArea = account ? (
    <div className="flex flex-col gap-2 md:flex-row md:items-center">
      <p className="font-semibold text-slate-800">{t("signedInAs", { name: account.name })}</p>
      <NotificationBell unread={account.unread} />
      <ButtonLink href={ROLE_HOME[account.role]} variant="secondary">
        {t(`roleHome.${account.role}`)}
      </ButtonLink>
      <form action={actions.signOut}>
        <button type="submit" className={buttonClasses("ghost", "w-full md:w-auto")}>
          {t("signOut")}
        </button>
      </form>
    </div>
  ) : (
    <ButtonLink href="/sign-in">{t("signIn")}</ButtonLink>
  );

  return (
    <header className="relative border-t-4 border-b border-t-saffron border-b-slate-300 bg-white">
      {/* One row, whatever the font: wrapping under the fallback font and not under the web font
          (or the other way round) moved the whole page when the font arrived. */}
      <div className="mx-auto flex max-w-6xl flex-nowrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="flex min-h-11 min-w-0 items-center overflow-hidden text-xl font-bold whitespace-nowrap text-blue-900 no-underline">
          <span lang="en">{brand("latin")}</span>
          <span aria-hidden="true" className="px-1.5 text-slate-500">/</span>
          <span lang="hi">{brand("devanagari")}</span>
        </Link>
        <div className="flex shrink-0 items-center gap-2">
          <LanguageSwitch setLocaleAction={actions.setLocale} />
          <div className="hidden md:block">{accountArea}</div>
          {/* On a phone the unread count stays in sight, not inside the closed menu (issue 15). */}
          {account ? (
            <div className="md:hidden" data-testid="phone-bell">
              <NotificationBell unread={account.unread} />
            </div>
          ) : null}
          <details className="group md:hidden">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-md border-2 border-slate-400 px-3 font-semibold text-blue-900 [&::-webkit-details-marker]:hidden">
              {t("menu")}
              <span aria-hidden="true" className="ml-1 group-open:rotate-180">▾</span>
            </summary>
            <div className="absolute inset-x-0 top-full z-20 border-b border-slate-300 bg-white px-4 py-3 shadow-lg">
              <nav aria-label={t("main")}>{links}</nav>
              <div className="mt-3 border-t border-slate-200 pt-3">{accountArea}</div>
            </div>
          </details>
        </div>
      </div>
      <nav aria-label={t("main")} className="mx-auto hidden max-w-6xl px-4 pb-2 md:block">
        {links}
      </nav>
    </header>
  );
}
