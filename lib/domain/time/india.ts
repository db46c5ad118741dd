/**
 * India time (DOMAIN.md: dates stored UTC, shown and counted in Asia/Kolkata). The one place that
 * turns instants into India's calendar days and back. India has one zone and no daylight saving,
 * so the offset is a constant and no time-zone database is needed. Pure.
 *
 * A "day number" is the count of IST calendar days since 1970-01-01. A "date-only" value is a
 * Date at 00:00 UTC of that calendar day — the shape Prisma returns for a `@db.Date` column.
 * Inputs may be either a date-only value or a full timestamp: both map to the same IST day.
 */
export const DAY_MS = 86_400_000;
export const IST_OFFSET_MS = 330 * 60_000;

/** Days since 1970-01-01 of the IST calendar date `date` falls on. */
export function istDayNumber(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError("invalid date");
  return Math.floor((time + IST_OFFSET_MS) / DAY_MS);
}

/** The date-only value (00:00 UTC) of day number `day`. */
export function dateOnly(day: number): Date {
  return new Date(day * DAY_MS);
}

/** The IST calendar day of `date` as a date-only value. */
export function istDate(date: Date): Date {
  return dateOnly(istDayNumber(date));
}

/** "YYYY-MM-DD" of the IST calendar day `date` falls on. */
export function istIsoDay(date: Date): string {
  return istDate(date).toISOString().slice(0, 10);
}

/** A date-only value from "YYYY-MM-DD" (tests, seeds). */
export function day(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a date: ${iso}`);
  return date;
}

/** The instant of `hh:mm` IST on the day "YYYY-MM-DD" (tests and seeds set "now" with it). */
export function istInstant(iso: string, hh = 12, mm = 0): Date {
  return new Date(day(iso).getTime() - IST_OFFSET_MS + (hh * 60 + mm) * 60_000);
}

/**
 * Where services get "now". Passing a clock (instead of calling `new Date()` inside) lets a test
 * set "today" — e.g. run the deemed-acceptance sweep 16 days after a delivery.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (tests). */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}
