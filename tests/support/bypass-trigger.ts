import type pg from "pg";

/** Runs SQL as the superuser with triggers off: how an attacker with database access would edit history. */
export async function bypassingTrigger(pool: pg.Pool, sql: string, values: unknown[] = []): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SET session_replication_role = replica");
    await client.query(sql, values);
  } finally {
    await client.query("RESET session_replication_role");
    client.release();
  }
}
