// Audit-chain verification time. Generates a valid hash chain of N events (default 100,000;
// `--events=1000000`) into a throw-away embedded PostgreSQL (or the empty database named by
// BENCH_DATABASE_URL), then times verifyAuditChainParallel as `npm run audit:verify` runs it (worker
// threads, default count), the same in one thread, and verifyAuditChain through Prisma as the
// public /verify page runs it. Traffic stays on localhost.
//   npx tsx bench/audit-verify.ts [--events=N] [--runs=3] [--threads=N]
// bench/run.ts can import generateAuditEvents and timeAuditVerify for its large data set.
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { auditHash, GENESIS_HASH } from "../lib/audit/canonical";
import { verifyAuditChain, type ChainVerification, type Queryable } from "../lib/audit/verify";
import { verifyAuditChainParallel } from "../lib/audit/verify-parallel";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { createPrisma } from "../lib/prisma-client";
import { run } from "../lib/dev/run";

const ACTIONS = ["supplyOrder.accepted", "supplyOrder.dispatched", "inspection.passed", "bill.generated", "payment.released"];
const ROLES = ["VENDOR", "VENDOR", "INSPECTOR", "SYSTEM", "FINANCE"];

/** Appends a valid chain of `n` events shaped like the workflow's (state changes with a few facts). */
export async function generateAuditEvents(db: Queryable, n: number, batch = 5_000): Promise<void> {
  const start = Date.UTC(2026, 3, 1);
  let prevHash = GENESIS_HASH;
  for (let from = 1; from <= n; from += batch) {
    const cols: unknown[][] = Array.from({ length: 11 }, () => []);
    for (let seq = from; seq < Math.min(from + batch, n + 1); seq++) {
      const k = seq % ACTIONS.length;
      const fields = {
        seq: BigInt(seq),
        occurredAt: new Date(start + seq * 1_000),
        actorId: ROLES[k] === "SYSTEM" ? null : randomUUID(),
        actorRole: ROLES[k],
        entityType: ACTIONS[k].split(".")[0],
        entityId: randomUUID(),
        action: ACTIONS[k],
        purchaseOrderId: randomUUID(),
        data: { from: "AWAITING_ACCEPTANCE", to: "READY_TO_DISPATCH", supplyOrderNumber: `SO-2026-${seq}`, valuePaise: String(seq * 12_345) },
      };
      const hash = auditHash(prevHash, fields);
      const values = [String(seq), fields.occurredAt.toISOString(), fields.actorId, fields.actorRole, fields.entityType, fields.entityId, fields.action, fields.purchaseOrderId, JSON.stringify(fields.data), prevHash, hash];
      values.forEach((v, i) => cols[i].push(v));
      prevHash = hash;
    }
    // occurredAt is a UTC timestamp without time zone, as Prisma stores it.
    await db.query(
      `INSERT INTO "AuditEvent" (seq, "occurredAt", "actorId", "actorRole", "entityType", "entityId", action, "purchaseOrderId", data, "prevHash", hash)
       SELECT s::bigint, (o::timestamptz AT TIME ZONE 'UTC'), a::uuid, r, et, ei, ac, p::uuid, d::jsonb, ph, h
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
           AS t(s, o, a, r, et, ei, ac, p, d, ph, h)`,
      cols,
    );
  }
  await db.query(`ANALYZE "AuditEvent"`);
}

/**
 * Median time of `runs` full verifications, by default as `npm run audit:verify` does them (worker
 * threads over `connectionString`); throws unless every run verifies `expected` events.
 */
export async function timeAuditVerify(
  connectionString: string,
  expected: number,
  runs = 3,
  verify: () => Promise<ChainVerification> = () => verifyAuditChainParallel(connectionString),
): Promise<{ medianMs: number; times: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await verify();
    if (!result.ok || result.count !== expected) throw new Error(`audit chain did not verify: ${result.ok ? `${result.count} events` : `seq ${result.broken.seq} ${result.broken.reason}`}`);
    times.push(result.ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], times };
}

async function main() {
  const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
  const events = arg("events", 100_000);
  const runs = arg("runs", 3);
  const server = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `manak-bench-audit-${process.pid}`),
        port: Number(process.env.BENCH_PG_PORT ?? 55473),
        database: "bench_audit",
        persistent: false,
      });
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  try {
    await run(process.execPath, [path.resolve(import.meta.dirname, "../scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: server.url });
    const t0 = performance.now();
    await generateAuditEvents(pool, events);
    const generateS = (performance.now() - t0) / 1000;
    const threads = arg("threads", os.availableParallelism());
    const { medianMs, times } = await timeAuditVerify(server.url, events, runs, () => verifyAuditChainParallel(server.url, { threads }));
    const oneThread = await timeAuditVerify(server.url, events, 1, () => verifyAuditChainParallel(server.url, { threads: 1 }));
    // The public /verify page verifies in its own thread through Prisma's raw queries.
    const prisma = createPrisma(server.url);
    const viaPrisma: Queryable = { query: async (text, values = []) => ({ rows: await prisma.$queryRawUnsafe<unknown[]>(text, ...values) }) };
    const prismaRun = await timeAuditVerify(server.url, events, 1, () => verifyAuditChain(viaPrisma));
    await prisma.$disconnect();
    console.log(`machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`);
    console.log(`generated ${events} events in ${generateS.toFixed(1)} s`);
    console.log(`verify (npm run audit:verify, ${threads} threads): median ${medianMs} ms over ${runs} runs (${times.join(", ")} ms), ${Math.round(events / (medianMs / 1000))} events/s`);
    console.log(`verify (pg, one thread): ${oneThread.medianMs} ms`);
    console.log(`verify (Prisma, /verify page): ${prismaRun.medianMs} ms`);
  } finally {
    await pool.end();
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
