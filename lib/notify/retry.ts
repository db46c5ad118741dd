/** When a failed send is tried again, and when the outbox gives up on it (DEAD). Pure. */
export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

/** 8 attempts over about an hour: waits of up to 30 s, 1, 2, 4, 8, 16 and 32 minutes (jittered). */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000 };

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries of
 * rows that failed together (a provider outage) spread out instead of returning as one wave.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
