/**
 * The vendor's acceptance deadline and its reminder (DOMAIN.md workflow step 5). Pure: the caller
 * passes the clock in.
 *
 * The SLA is counted in whole 24-hour periods from the moment the supply order was created (an
 * order created at 16:00 IST with a 3-day SLA must be answered by 16:00 IST three days later), so
 * every vendor gets the same time to answer whatever hour the order arrives.
 */
import type { Policy } from "@/lib/domain/policy/policy";

const HOUR_MS = 3_600_000;

export function acceptBy(createdAt: Date, policy: Pick<Policy, "acceptanceSlaDays">): Date {
  return new Date(createdAt.getTime() + policy.acceptanceSlaDays * 24 * HOUR_MS);
}

/**
 * Should the reminder go out now? Once only (`reminderSentAt` null), from `reminderHours` before
 * the deadline until the deadline itself; after that the order expires instead.
 */
export function reminderDue(
  now: Date,
  acceptByAt: Date,
  reminderHours: number,
  reminderSentAt: Date | null,
): boolean {
  if (reminderSentAt !== null) return false;
  const remindFrom = acceptByAt.getTime() - reminderHours * HOUR_MS;
  return now.getTime() >= remindFrom && now.getTime() < acceptByAt.getTime();
}

/** The deadline has passed: the expiry sweep fires `expire` and reallocates. */
export function acceptanceExpired(now: Date, acceptByAt: Date): boolean {
  return now.getTime() >= acceptByAt.getTime();
}
