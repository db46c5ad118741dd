// `npm run audit:verify [-- --threads=N]`: recomputes the audit log's hash chain from the genesis
// hash and prints OK with the count, head and time, or the first broken link (exit 1). The chain
// is verified in seq ranges on N worker threads (default: the cores available; 1 = this thread).
// DATABASE_URL names the database; without it, the local development database (embedded
// PostgreSQL in .data/pg) is used, started here if `npm run dev` is not already running it.
import pg from "pg";
import { verifyAuditChainParallel } from "../lib/audit/verify-parallel";
import { bootDatabase } from "./lib/boot";

const devUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.PG_PORT ?? 54320}/manak`;

async function reachable(url: string): Promise<boolean> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await pool.end();
  }
}

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return (await reachable(devUrl)) ? { url: devUrl, stop: async () => {} } : bootDatabase();
}

const threadsArg = process.argv.find((a) => a.startsWith("--threads="))?.split("=")[1];
const { url, stop } = await database();
const result = await verifyAuditChainParallel(url, { threads: threadsArg ? Number(threadsArg) : undefined }).finally(stop);
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
