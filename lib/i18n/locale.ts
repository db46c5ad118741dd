/**
 * Which UI language a request gets. Pure (no Next.js imports) so it is unit-tested directly and
 * usable from any layer. URLs carry no locale prefix: the choice lives in the NEXT_LOCALE cookie
 * (set by the language switch), and a first visit follows the browser's Accept-Language.
 */
import type { UiLocale } from "@/lib/domain/format";

export type { UiLocale };

export const LOCALES = ["en", "hi"] as const satisfies readonly UiLocale[];
export const DEFAULT_LOCALE: UiLocale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** "hi", "HI", "hi-IN", "hi_IN" → "hi"; anything unsupported → null. */
export function parseUiLocale(tag: string | null | undefined): UiLocale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? "") ? (primary as UiLocale) : null;
}

/** For next-intl's "en-IN"/"hi-IN" locale strings; never fails (default language). */
export function toUiLocale(tag: string | null | undefined): UiLocale {
  return parseUiLocale(tag) ?? DEFAULT_LOCALE;
}

type Preference = { tag: string; q: number; order: number };

// RFC 9110 §12.5.4: `tag;q=0.8`; q defaults to 1 and q=0 means "not acceptable". Entries with a
// malformed q are dropped rather than guessed at.
function parseAcceptLanguage(header: string): Preference[] {
  const preferences: Preference[] = [];
  header.split(",").forEach((part, order) => {
    const [rawTag, ...params] = part.split(";");
    const tag = rawTag.trim();
    if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(tag)) return;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*(.*?)\s*$/i.exec(param);
      if (match) q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(match[1]) ? Number(match[1]) : NaN;
    }
    if (q > 0) preferences.push({ tag, q, order });
  });
  return preferences.sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * The saved choice (cookie) wins; otherwise the browser's most preferred language we have
 * ("*" means any, so the default); otherwise English.
 */
export function pickLocale(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): UiLocale {
  const saved = parseUiLocale(cookieValue);
  if (saved) return saved;
  for (const { tag } of parseAcceptLanguage(acceptLanguage ?? "")) {
    if (tag === "*") return DEFAULT_LOCALE;
    const supported = parseUiLocale(tag);
    if (supported) return supported;
  }
  return DEFAULT_LOCALE;
}

/**
 * A path on this site to send the browser back to after a form post, or "/". Rejects absolute
 * and protocol-relative URLs ("//evil", "/\evil" — browsers treat "\" as "/") so a crafted form
 * cannot turn the redirect into an open redirect.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2048 || !isSitePath(value)) return "/";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
  // Normalise, then check again: "/.//evil" resolves to the path "//evil".
  const base = "http://manak.invalid";
  const url = new URL(value, base);
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === base && isSitePath(path) ? path : "/";
}

function isSitePath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
}
