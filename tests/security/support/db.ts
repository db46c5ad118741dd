// A direct connection to the test server's database: to find resources of each scope and to prove
// that a refused call changed nothing. Plain SQL on purpose — nothing from the code under test.
import pg from "pg";

export const DATABASE_URL =
  process.env.SECURITY_DATABASE_URL ?? `postgresql://postgres:postgres@localhost:${process.env.E2E_PG_PORT ?? 54331}/manak_e2e`;

let pool: pg.Pool | null = null;

export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  return pool;
}

export async function closeDb() {
  await pool?.end();
  pool = null;
}

export async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db().query(sql, params);
  if (rows.length === 0) throw new Error(`no row for: ${sql} ${JSON.stringify(params)}`);
  return rows[0] as T;
}

export async function maybe<T>(sql: string, params: unknown[] = []): Promise<T | null> {
  const { rows } = await db().query(sql, params);
  return (rows[0] as T | undefined) ?? null;
}

/**
 * Tables a refused call may still write to by design: failed sign-ins are counted, an OTP request
 * for any number leaves a row (so that existence does not leak), the dev mail/SMS sink.
 */
const VOLATILE = new Set(["LoginAttempt", "OtpCode", "DevMessage", "_prisma_migrations"]);

let tablesCache: string[] | null = null;

async function tables(): Promise<string[]> {
  tablesCache ??= (
    await db().query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
  ).rows
    .map((r) => r.t)
    .filter((t) => !VOLATILE.has(t));
  return tablesCache;
}

/** table → "count:md5 of all rows" for every table but the volatile ones. */
export async function snapshot(): Promise<Record<string, string>> {
  const names = await tables();
  const sql = names
    .map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  const { rows } = await db().query<{ t: string; h: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
