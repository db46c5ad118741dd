// `npm run audit:verify [-- --threads=N] [-- --checkpoints=FILE]`: recomputes the audit log's hash
// chain from the genesis hash and prints OK with the count, head and time, or the first broken link
// (exit 1); then checks the chain against every published audit checkpoint (signed with the key kept
// outside the database: AUDIT_PUBLIC_KEY[_FILE], else the signing key's public half) and, with
// --checkpoints, against a copy kept by `npm run audit:checkpoints -- keep`. A chain rewritten from
// an old row on, every later hash recomputed, verifies by itself but fails here.
// The chain is verified in seq ranges on N worker threads (default: the cores available; 1 = this
// thread). DATABASE_URL names the database; without it, the local development database (embedded
// PostgreSQL in .data/pg) is used, started here if `npm run dev` is not already running it.
import { readFileSync } from "node:fs";
import pg from "pg";
import { describeCheckpointFailure, loadStoredCheckpoints, verifyAgainstCheckpoints, verifyKeyFromPem, type Checkpoint } from "../lib/audit/checkpoint";
import { loadVerifyKey } from "../lib/audit/signing-key";
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

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const threadsArg = arg("threads");
const keptFile = arg("checkpoints");
const { url, stop } = await database();
let failed = false;
try {
  const result = await verifyAuditChainParallel(url, { threads: threadsArg ? Number(threadsArg) : undefined });
  if (result.ok) {
    console.log(`OK: ${result.count} audit events verified in ${result.ms} ms`);
    if (result.count > 0) console.log(`head: seq ${result.headSeq} hash ${result.headHash}`);
  } else {
    const { seq, reason, expected, found } = result.broken;
    console.error(`BROKEN at seq ${seq} (${reason}): expected ${expected}, found ${found}`);
    console.error(`${result.count} events before it verified in ${result.ms} ms`);
    failed = true;
  }

  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const lists: { label: string; list: Checkpoint[]; key: ReturnType<typeof loadVerifyKey> }[] = [
      { label: "published checkpoints", list: await loadStoredCheckpoints(pool), key: loadVerifyKey() },
    ];
    if (keptFile) {
      const kept = JSON.parse(readFileSync(keptFile, "utf8")) as { publicKey: string; checkpoints: Checkpoint[] };
      lists.push({ label: `checkpoints kept in ${keptFile}`, list: kept.checkpoints, key: verifyKeyFromPem(kept.publicKey) });
    }
    for (const { label, list, key } of lists) {
      if (!key) {
        console.error(`${label}: no key to verify them with (set AUDIT_PUBLIC_KEY or AUDIT_PUBLIC_KEY_FILE)`);
        failed = true;
        continue;
      }
      const check = await verifyAgainstCheckpoints(pool, result, list, key);
      if (check.ok) console.log(`OK: the chain holds all ${check.checked} ${label}${check.latest ? ` (latest #${check.latest.number}, seq ${check.latest.seq}, ${check.latest.signedAt})` : ""}`);
      else {
        console.error(`${label}: ${describeCheckpointFailure(check)}`);
        failed = true;
      }
    }
  } finally {
    await pool.end();
  }
} finally {
  await stop();
}
// Exit explicitly: tsx does not pass process.exitCode on to the shell.
if (failed) process.exit(1);
