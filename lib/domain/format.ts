/**
 * Display formatting for dates and numbers. Dates are stored UTC and always shown in India's
 * time zone, whatever the server's or browser's zone; numbers use Indian grouping (1,23,45,678).
 * Hindi uses the same Latin digits (numberingSystem pinned, so an ICU default can't change it).
 */
export type UiLocale = "en" | "hi";

export const DISPLAY_TIME_ZONE = "Asia/Kolkata";

export function intlLocale(locale: UiLocale): string {
  return locale === "hi" ? "hi-IN" : "en-IN";
}

// Intl constructors are costly and these run per table cell; build each one once.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

function dateFormatter(locale: UiLocale, withTime: boolean): Intl.DateTimeFormat {
  return cached(`date:${locale}:${withTime}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: DISPLAY_TIME_ZONE,
      numberingSystem: "latn",
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "numeric", minute: "2-digit", hour12: true } : {}),
    }),
  );
}

/** "5 Mar 2026" / "5 मार्च 2026", the calendar date in IST. Throws RangeError on an invalid Date. */
export function formatDateIst(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, false).format(date);
}

/** "5 Mar 2026, 1:30 am" in IST. Throws RangeError on an invalid Date. */
export function formatDateTimeIst(date: Date, locale: UiLocale): string {
  return dateFormatter(locale, true).format(date);
}

/** Indian digit grouping; bigint is formatted exactly, however large. */
export function formatNumberIndian(n: number | bigint): string {
  return cached("number", () => new Intl.NumberFormat("en-IN", { numberingSystem: "latn" })).format(n);
}
