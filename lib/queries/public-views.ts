import type { Db } from "@/lib/prisma-client";

/**
 * Refreshing the public dashboard's materialised views (migration public_dashboard_views, ADR
 * 0006). Not server-only: the worker calls refreshPublicViews(db) on a schedule, the dashboard when
 * its figures are stale, and scripts after bulk loads.
 */
const REFRESH_LOCK_KEY = 7_202_612;
const VIEWS = ["public_spend_by_month", "public_spend_by_department", "public_spend_by_district", "public_unpaid_bills", "public_views_refreshed"];

/**
 * Refreshes every dashboard view in one transaction (so they always agree with each other).
 * Only one refresh runs at a time across all app servers and workers; a caller that finds one
 * running returns false at once. CONCURRENTLY keeps the views readable while they refresh.
 */
export async function refreshPublicViews(client: Db): Promise<boolean> {
  return client.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK_KEY}) AS locked`;
      if (!locked) return false;
      const populated = await publicViewsPopulated(tx);
      for (const view of VIEWS) {
        await tx.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW ${populated ? "CONCURRENTLY " : ""}"${view}"`);
      }
      return true;
    },
    { timeout: 10 * 60_000, maxWait: 10_000 },
  );
}

/** False on a fresh database, until the first refresh. */
export async function publicViewsPopulated(client: Pick<Db, "$queryRaw">): Promise<boolean> {
  const rows = await client.$queryRaw<{ populated: boolean }[]>`SELECT relispopulated AS populated FROM pg_class WHERE relname = 'public_views_refreshed'`;
  return rows[0]?.populated ?? false;
}
