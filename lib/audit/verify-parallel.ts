import os from "node:os";
import { Worker } from "node:worker_threads";
import pg from "pg";
import {
  chainResult, chainWalk, END_OF_CHAIN, EVENTS_SQL, GENESIS_ANCHOR,
  type Anchor, type ChainVerification, type RangeVerification,
} from "./verify";
import type { StoredEvent } from "./canonical";

/** A seq range of the chain: rows with after < seq ≤ upTo (decimal strings). */
export type SeqRange = { after: string; upTo: string };

const DEFAULT_RANGE_EVENTS = 50_000;
// A forged row far beyond the head (seq 10¹⁸) must widen the ranges, not multiply them.
const MAX_RANGES = 1_000;

/**
 * verifyAuditChain spread over threads, for `npm run audit:verify` and the bench. Every row stores
 * its predecessor's hash, so the chain is cut into seq ranges of `rangeEvents` that are verified
 * independently, each over a connection of its own: this thread verifies the first range while
 * `threads` worker threads start (≈ 0.3 s, tsx loading the TypeScript), then they take the other
 * ranges from one queue (a worker that shares its core with another process simply takes fewer).
 * The result is the sequential walk's: the first broken link in seq order and the count of events
 * before it. No range after a broken one is started; those before it run to the end, since an
 * earlier break would win. `threads: 1`, or a chain of one range, runs in this thread only.
 * The web app does not use this: a bundled server should not start threads from source files.
 */
export async function verifyAuditChainParallel(
  connectionString: string,
  opts: { threads?: number; rangeEvents?: number } = {},
): Promise<ChainVerification> {
  const started = performance.now();
  const wanted = opts.threads ?? os.availableParallelism();
  const rangeEvents = opts.rangeEvents ?? DEFAULT_RANGE_EVENTS;
  if (!(wanted >= 1 && rangeEvents >= 1)) throw new Error(`threads and rangeEvents must be at least 1 (${wanted}, ${rangeEvents})`);
  const client = await connect(connectionString);
  const workers: Worker[] = [];
  try {
    const { rows } = await client.query<{ seq: string | null }>(`SELECT max(seq)::text AS seq FROM "AuditEvent"`);
    const ranges = seqRanges(Number(rows[0].seq ?? 0), rangeEvents);
    const threads = Math.min(Math.floor(wanted), ranges.length - 1);
    if (threads <= 1) return chainResult([await verifySeqRange(client, { after: "0", upTo: END_OF_CHAIN })], started);

    // A worker needs none of this process's flags (under tsx, its loader: the worker registers its own).
    for (let i = 0; i < threads; i++) workers.push(new Worker(new URL("./verify-worker.mjs", import.meta.url), { workerData: { connectionString }, execArgv: [] }));
    const results: RangeVerification[] = [];
    let next = 1;
    let firstBroken = ranges.length;
    const settle = (i: number, result: RangeVerification) => {
      results[i] = result;
      if (result.broken) firstBroken = Math.min(firstBroken, i);
    };
    await Promise.all([
      verifySeqRange(client, ranges[0]).then((result) => settle(0, result)),
      ...workers.map(async (worker) => {
        await reply<"ready">(worker);
        while (next < firstBroken) {
          const i = next++;
          worker.postMessage(ranges[i]);
          settle(i, await reply<RangeVerification>(worker));
        }
      }),
    ]);
    return chainResult(results.slice(0, firstBroken + 1), started);
  } finally {
    for (const worker of workers) worker.postMessage(null);
    await client.end();
  }
}

/** Equal ranges up to the head seen now; the last is open-ended, so events appended meanwhile are verified too, as the sequential walk would. */
function seqRanges(head: number, rangeEvents: number): SeqRange[] {
  const size = Math.max(rangeEvents, Math.ceil(head / MAX_RANGES));
  const count = Math.max(1, Math.ceil(head / size));
  return Array.from({ length: count }, (_, i) => ({
    after: String(i * size),
    upTo: i === count - 1 ? END_OF_CHAIN : String((i + 1) * size),
  }));
}

/** A worker's next message: "ready", then the verification of each range it is sent. */
function reply<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      worker.off("message", done);
      reject(error instanceof Error ? error : new Error(`audit verification thread exited (${error}) without a result`));
    };
    const done = (message: T) => {
      worker.off("error", fail).off("exit", fail);
      resolve(message);
    };
    worker.once("message", done).once("error", fail).once("exit", fail);
  });
}

export async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}

/**
 * Verifies one range as the continuation of the last row before it (on a worker's connection, or
 * this thread's). One query streams the range and each row is checked as it arrives: rows read in
 * batches outlive a young-generation collection or two and made reading cost twice the CPU.
 */
export async function verifySeqRange(client: pg.Client, range: SeqRange): Promise<RangeVerification> {
  const walk = chainWalk(range.after === "0" ? GENESIS_ANCHOR : await anchorAt(client, range.after));
  const query: pg.QueryArrayConfig = { text: EVENTS_SQL, values: [range.after, range.upTo], rowMode: "array" };
  await new Promise((resolve, reject) => {
    client
      .query(new pg.Query<StoredEvent>(query))
      .on("row", walk.check)
      .on("end", resolve)
      .on("error", reject);
  });
  return walk.result();
}

/** The last row at or before `seq`: what the sequential walk holds when it reaches the range after it. */
async function anchorAt(client: pg.Client, seq: string): Promise<Anchor> {
  const { rows } = await client.query<{ seq: string; hash: string }>(
    `SELECT seq::text AS seq, hash FROM "AuditEvent" e WHERE e.seq > 0 AND e.seq <= $1::bigint ORDER BY e.seq DESC LIMIT 1`,
    [seq],
  );
  return rows.length === 0 ? GENESIS_ANCHOR : { seq: Number(rows[0].seq), hash: rows[0].hash };
}
