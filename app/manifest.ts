import type { MetadataRoute } from "next";
import { cookies, headers } from "next/headers";
import { MESSAGES } from "@/lib/i18n/load-messages";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";

/**
 * The web app manifest that makes Manak installable on a phone. Names follow the request's
 * language (the one the person is using when they install), Hindi or English.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  const t = MESSAGES[locale].pwa;
  return {
    id: "/",
    name: t.appName,
    short_name: t.shortName,
    description: t.description,
    lang: locale === "hi" ? "hi-IN" : "en-IN",
    dir: "ltr",
    // Sign-in sends a signed-in user straight to their own window.
    start_url: "/sign-in",
    scope: "/",
    display: "standalone",
    theme_color: "#1e3a8a",
    background_color: "#ffffff",
    categories: ["government", "business"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
