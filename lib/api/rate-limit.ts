import "server-only";
import { db } from "@/lib/db";

/**
 * Fixed one-minute windows counted in Postgres (table ApiRateWindow), so every web node agrees:
 * one upsert a request. Per token (API_TOKEN_RATE_PER_MINUTE, 120) and per client address
 * (API_PUBLIC_RATE_PER_MINUTE, 60) — docs/api.md. About one request in a hundred also deletes
 * windows older than an hour, so the table stays a few rows per active client.
 */
const WINDOW_MS = 60_000;

export { apiRateLimits } from "./limits";

/** Counts one request in `bucket`; over `limit` in this window → the seconds until the next one. */
export async function countApiRequest(
  bucket: string,
  limit: number,
  now = new Date(),
): Promise<{ allowed: true } | { allowed: false; retryAfter: number; firstRefusal: boolean }> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO "ApiRateWindow" ("bucket", "windowStart", "hits") VALUES (${bucket.slice(0, 200)}, ${windowStart}, 1)
    ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "hits" = "ApiRateWindow"."hits" + 1
    RETURNING "hits"`;
  if (Math.random() < 0.01) {
    await db.$executeRaw`DELETE FROM "ApiRateWindow" WHERE "windowStart" < ${new Date(now.getTime() - 3_600_000)}`;
  }
  if (row.hits <= limit) return { allowed: true };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000)), firstRefusal: row.hits === limit + 1 };
}
