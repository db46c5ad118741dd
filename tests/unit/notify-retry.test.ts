import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, retryDelayMs } from "@/lib/notify/retry";

describe("retryDelayMs", () => {
  const policy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 10_000 };

  it.each([
    [1, 500, 1000],
    [2, 1000, 2000],
    [3, 2000, 4000],
    [4, 4000, 8000],
    [5, 5000, 10_000], // capped
    [30, 5000, 10_000],
  ])("attempt %i waits between %i and %i ms", (attempt, low, high) => {
    expect(retryDelayMs(attempt, policy, () => 0)).toBe(low);
    expect(retryDelayMs(attempt, policy, () => 0.999_999)).toBe(high);
    const sample = retryDelayMs(attempt, policy);
    expect(sample).toBeGreaterThanOrEqual(low);
    expect(sample).toBeLessThanOrEqual(high);
  });

  it("spreads retries of messages that failed together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3)));
    expect(delays.size).toBeGreaterThan(10);
  });

  it("gives up after about an hour by default", () => {
    const waits = Array.from({ length: DEFAULT_RETRY.maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1, DEFAULT_RETRY, () => 1));
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50 * 60_000);
    expect(total).toBeLessThan(70 * 60_000);
  });
});
