// `npm run audit:verify`: recomputes the audit log's hash chain from the genesis hash and prints
// OK with the count, head and time, or the first broken link (exit 1). DATABASE_URL names the
// database; without it, the local development database (embedded PostgreSQL in .data/pg) is used,
// started here if `npm run dev` is not already running it.
import pg from "pg";
import { verifyAuditChain } from "../lib/audit/verify";
import { bootDatabase } from "./lib/boot";

const devUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.PG_PORT ?? 54320}/manak`;

async function connect(): Promise<{ pool: pg.Pool; stop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL ?? devUrl;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await pool.query("SELECT 1");
    return { pool, stop: () => pool.end() };
  } catch (error) {
    await pool.end();
    if (process.env.DATABASE_URL) throw error;
    const database = await bootDatabase();
    const booted = new pg.Pool({ connectionString: database.url, max: 2 });
    return { pool: booted, stop: async () => { await booted.end(); await database.stop(); } };
  }
}

const { pool, stop } = await connect();
const result = await verifyAuditChain(pool).finally(stop);
if (result.ok) {
  console.log(`OK: ${result.count} audit events verified in ${result.ms} ms`);
  if (result.count > 0) console.log(`head: seq ${result.headSeq} hash ${result.headHash}`);
} else {
  const { seq, reason, expected, found } = result.broken;
  console.error(`BROKEN at seq ${seq} (${reason}): expected ${expected}, found ${found}`);
  console.error(`${result.count} events before it verified in ${result.ms} ms`);
  // Exit explicitly: tsx does not pass process.exitCode on to the shell.
  process.exit(1);
}
