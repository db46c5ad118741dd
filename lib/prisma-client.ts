import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// The connection pools of this process by name ("primary", "replica"), for the metrics endpoint
// (lib/metrics.ts). On globalThis because Next's bundle and the web server share one process.
const POOLS = Symbol.for("manak.dbPools");
const registry = globalThis as unknown as { [POOLS]?: Map<string, pg.Pool> };
export const dbPools = (registry[POOLS] ??= new Map<string, pg.Pool>());

/** Builds a Prisma client over the pg driver adapter. Scripts and tests call this directly. */
export function createPrisma(
  url = process.env.DATABASE_URL,
  { name = "primary", max = Number(process.env.DB_POOL_MAX ?? 10) }: { name?: string; max?: number } = {},
): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  // Timestamps are stored as UTC; pin the session time zone so database defaults (now()) agree
  // whatever the server's own zone is.
  const pool = new pg.Pool({ connectionString: url, max, options: "-c TimeZone=UTC" });
  dbPools.set(name, pool);
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
