import type { MetadataRoute } from "next";
import { MESSAGES } from "@/lib/i18n/load-messages";
import type { UiLocale } from "@/lib/i18n/locale";

/** Where each language's manifest is served; the root layout links the one of the page's language. */
export const MANIFEST_PATHS: Record<UiLocale, string> = { en: "/manifest.webmanifest", hi: "/manifest.hi.webmanifest" };

/**
 * The web app manifest that makes Manak installable on a phone, in one language. Each language's
 * manifest is a static file: a manifest computed per request from cookies and headers kept
 * Next's dev server reloading idle pages ("HMR hash mismatch", docs/adr/0013-static-manifests-and-dev-cache.md).
 */
export function webManifest(locale: UiLocale): MetadataRoute.Manifest {
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

export function manifestResponse(locale: UiLocale): Response {
  return new Response(JSON.stringify(webManifest(locale)), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
