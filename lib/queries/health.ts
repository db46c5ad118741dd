import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";

export async function checkDatabase(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

const DRAINING = Symbol.for("manak.draining");

/** Set by the web server on SIGTERM: readiness turns 503 so the balancer sends nothing new. */
export function isDraining(): boolean {
  return Boolean((globalThis as unknown as Record<symbol, boolean>)[DRAINING]);
}

export type Readiness = { ready: boolean; database: "up" | "down"; migrations: { pending: string[]; failed: string[] } | null; draining: boolean };

/**
 * Ready to serve: the database answers and every migration this build ships (prisma/migrations,
 * beside the app) is applied and none failed. A node of a newer release started before
 * `npm run db:migrate` stays unready instead of failing requests.
 */
export async function checkReadiness(migrationsDir = path.join(process.cwd(), "prisma/migrations")): Promise<Readiness> {
  const draining = isDraining();
  let shipped: string[];
  try {
    shipped = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    shipped = [];
  }
  try {
    const rows = await db.$queryRaw<{ name: string; finished: boolean; rolledBack: boolean }[]>`
      SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack"
        FROM _prisma_migrations`;
    const applied = new Set(rows.filter((r) => r.finished && !r.rolledBack).map((r) => r.name));
    const failed = rows.filter((r) => !r.finished && !r.rolledBack).map((r) => r.name);
    const pending = shipped.filter((name) => !applied.has(name)).sort();
    return { ready: !draining && pending.length === 0 && failed.length === 0, database: "up", migrations: { pending, failed }, draining };
  } catch {
    return { ready: false, database: "down", migrations: null, draining };
  }
}
