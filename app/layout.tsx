import "./globals.css";
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Pwa } from "@/components/pwa/pwa";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader, type HeaderAccount } from "@/components/site/site-header";
import { signOutAction } from "@/app/actions/auth";
import { setLocaleAction } from "@/app/actions/locale";
import { getActor } from "@/lib/auth/session";
import { clientMessages } from "@/lib/i18n/load-messages";
import { getUiLocale } from "@/lib/i18n/server";
import { MANIFEST_PATHS } from "@/lib/pwa/manifest";
import { getProfileSummary } from "@/lib/queries/profile";
import { countUnread } from "@/lib/notify/queries";
import { devanagariFont, latinFont } from "./fonts";

export async function generateMetadata(): Promise<Metadata> {
  const [t, common, locale] = await Promise.all([getTranslations("home"), getTranslations("common"), getUiLocale()]);
  return {
    title: { default: t("metaTitle"), template: `%s · ${common("brand.latin")}` },
    description: t("metaDescription"),
    manifest: MANIFEST_PATHS[locale],
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e3a8a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, actor, t] = await Promise.all([getUiLocale(), getActor(), getTranslations("common")]);
  const account: HeaderAccount = actor
    ? { name: (await getProfileSummary(actor)).name, role: actor.role, unread: await countUnread(actor) }
    : null;
  return (
    <html lang={locale} className={`${latinFont.variable} ${devanagariFont.variable}`}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:font-semibold"
        >
          {t("skipToContent")}
        </a>
        {/* Only the namespaces client components use are sent to the browser. */}
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <SiteHeader account={account} actions={{ signOut: signOutAction, setLocale: setLocaleAction }} />
          <Pwa userId={actor?.userId ?? null} />
          {/* At least a screen tall: while a page streams in (loading.tsx, then the content), the
              footer stays below the fold instead of jumping down the screen (layout shift). */}
          <main id="main" tabIndex={-1} className="min-h-svh flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
