import type { Db } from "@/lib/prisma-client";

/** How long each API request stays in a token's use log (docs/adr/0018-open-api-and-tokens.md). */
export function keepDaysFromEnv(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.API_TOKEN_USE_KEEP_DAYS ?? 90);
  return Number.isInteger(days) && days >= 1 ? days : 90;
}

/**
 * Deletes token-use rows older than `keepDays`, a bounded batch at a time so one run never holds
 * a long lock or a huge transaction (a busy token writes ≈ 170,000 rows a day). Stops after
 * `maxBatches`; the next tick carries on. Returns how many rows went.
 */
export async function pruneTokenUses(
  db: Db,
  { keepDays, now = new Date(), batchSize = 10_000, maxBatches = 50 }: { keepDays: number; now?: Date; batchSize?: number; maxBatches?: number },
): Promise<number> {
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000);
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const count = await db.$executeRaw`
      DELETE FROM "ApiTokenUse" WHERE id IN (
        SELECT id FROM "ApiTokenUse" WHERE "createdAt" < ${cutoff} ORDER BY "createdAt" LIMIT ${batchSize})`;
    deleted += count;
    if (count < batchSize) break;
  }
  return deleted;
}
