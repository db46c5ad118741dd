/**
 * Drains the outbox. Any number of workers may run: each claims a batch of due rows with
 * `FOR UPDATE SKIP LOCKED`, marking them SENDING with a lease (lockedUntil), so two workers never
 * hold the same row; a worker that dies leaves its rows SENDING until the lease ends, when any
 * worker reclaims them. Every claim bumps `attempts`, which doubles as a fencing token: a worker
 * records a result only if the row is still SENDING under its own attempt number.
 * See docs/adr/0003-notification-outbox.md.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrisma, type Db } from "@/lib/prisma-client";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { createEmailTransport, emailConfigFromEnv } from "./email";
import { createSmsTransport, smsConfigFromEnv } from "./sms";
import { DEFAULT_RETRY, retryDelayMs, type RetryPolicy } from "./retry";
import { PermanentSendError, type Transport } from "./transport";
import { createWebhookTransport } from "@/lib/webhooks/transport";
import { sleep } from "@/lib/sleep";

/** WEBHOOK defaults to the signed-POST transport over the worker's database (lib/webhooks/transport.ts). */
export type Transports = Record<"EMAIL" | "SMS", Transport> & { WEBHOOK?: Transport };

export type WorkerOptions = {
  batchSize?: number;
  /** Sends in flight at once within a batch. */
  concurrency?: number;
  /** Lease on claimed rows; must outlast the slowest single send (transport timeouts). */
  lockMs?: number;
  /** A row is sent only while at least this much of its lease is left, so a send never outlives it. */
  sendBudgetMs?: number;
  retry?: RetryPolicy;
  db?: Db;
  transports?: Transports;
  signal?: AbortSignal;
};

type Claimed = {
  id: bigint;
  channel: Exclude<NotificationChannel, "IN_APP">;
  dedupeKey: string;
  toAddress: string;
  subject: string;
  body: string;
  html: string | null;
  attempts: number;
  createdAt: Date;
};

type Accepted = { row: Claimed; providerId: string };

/** Sends accepted by a provider but not yet recorded SENT, at most: the at-least-once window of ADR 0003. */
const SENT_FLUSH_SIZE = 16;

/** How far the provider's clock may be behind ours when we ask it what it accepted since a time. */
const CLOCK_SKEW_MS = 5 * 60_000;

// Timestamps are "timestamp without time zone" holding UTC (Prisma's convention); compare them
// with UTC wall-clock time so the session's TimeZone setting cannot shift the schedule.
const NOW = Prisma.raw(`(now() AT TIME ZONE 'UTC')`);

/** `found`: rows an earlier attempt had in fact delivered, recorded SENT without a second send. */
export type BatchResult = { claimed: number; sent: number; failed: number; dead: number; released: number; found: number };

/**
 * Claims up to `batchSize` due rows (or rows whose lease expired) for this worker, earliest due
 * first. One sub-select per state, each an ordered scan of the (status, nextAttemptAt) index that
 * stops after `batchSize` rows: a single query with an OR over the states makes Postgres gather and
 * sort every due row instead (docs/performance.md §5). The CTEs are MATERIALIZED because FOR UPDATE
 * is not allowed under UNION; the up to 2 × batchSize rows locked but not taken are free again when
 * the statement ends.
 */
export async function claimDue(db: Db, { batchSize, lockMs }: { batchSize: number; lockMs: number }): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    WITH queued AS MATERIALIZED (
           SELECT id, "nextAttemptAt" FROM "Notification"
            WHERE status = 'QUEUED' AND "nextAttemptAt" <= ${NOW}
            ORDER BY "nextAttemptAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED),
         failed AS MATERIALIZED (
           SELECT id, "nextAttemptAt" FROM "Notification"
            WHERE status = 'FAILED' AND "nextAttemptAt" <= ${NOW}
            ORDER BY "nextAttemptAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED),
         -- Few rows are SENDING at any time (the batches in flight), so filtering on the lease is cheap.
         expired AS MATERIALIZED (
           SELECT id, "nextAttemptAt" FROM "Notification"
            WHERE status = 'SENDING' AND "lockedUntil" < ${NOW}
            ORDER BY "nextAttemptAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED),
         due AS (
           SELECT id FROM (TABLE queued UNION ALL TABLE failed UNION ALL TABLE expired) AS candidates
            ORDER BY "nextAttemptAt" LIMIT ${batchSize}),
         claimed AS (
           UPDATE "Notification" AS n
              SET status = 'SENDING', "lockedUntil" = ${NOW} + ${lockMs}::float8 * interval '1 millisecond', attempts = n.attempts + 1
             FROM due
            WHERE n.id = due.id
           RETURNING n.id, n.channel::text AS channel, n."dedupeKey", n."toAddress", n.subject, n.body, n.html, n.attempts, n."nextAttemptAt", n."createdAt")
    SELECT id, channel, "dedupeKey", "toAddress", subject, body, html, attempts, "createdAt" FROM claimed ORDER BY "nextAttemptAt", id`;
}

/** Claims one batch, sends it and records every outcome. */
export async function runWorkerOnce(options: WorkerOptions = {}): Promise<BatchResult> {
  const db = options.db ?? defaultDb();
  const transports = options.transports ?? defaultTransports();
  let webhook = transports.WEBHOOK;
  const transportFor = (channel: Claimed["channel"]) => (channel === "WEBHOOK" ? (webhook ??= createWebhookTransport(db)) : transports[channel]);
  const lockMs = options.lockMs ?? 120_000;
  const sendBudgetMs = options.sendBudgetMs ?? 60_000;
  const retry = options.retry ?? DEFAULT_RETRY;
  const claimedAt = Date.now();
  const rows = await claimDue(db, { batchSize: options.batchSize ?? 50, lockMs });
  const result: BatchResult = { claimed: rows.length, sent: 0, failed: 0, dead: 0, released: 0, found: 0 };

  // Successes are recorded a few at a time: one statement per flush instead of one per message.
  let accepted: Accepted[] = [];
  const flushSent = async () => {
    const batch = accepted;
    accepted = [];
    if (batch.length === 0) return;
    await recordSent(db, batch);
    result.sent += batch.length;
  };

  const handle = async (row: Claimed) => {
    // Late in a slow batch, or shutting down: hand the row back rather than risk sending it
    // after the lease ran out, when another worker may already have reclaimed it.
    if (options.signal?.aborted || Date.now() > claimedAt + lockMs - sendBudgetMs) {
      await release(db, row);
      result.released++;
      return;
    }
    // Only reclaims push attempts past the maximum: a row whose sending keeps killing workers.
    if (row.attempts > retry.maxAttempts) {
      await recordFailure(db, row, new Error("abandoned by workers too often"), null);
      result.dead++;
      return;
    }
    const transport = transportFor(row.channel);
    const message = { id: row.id, dedupeKey: row.dedupeKey, to: row.toAddress, subject: row.subject, body: row.body, html: row.html };
    let providerId: string;
    try {
      // An earlier attempt ended without an answer we recorded (its worker died, or the answer was
      // lost): where the provider can be asked, ask before sending a second copy.
      const earlier = row.attempts > 1 && transport.findAccepted ? await transport.findAccepted(message, new Date(row.createdAt.getTime() - CLOCK_SKEW_MS)) : null;
      if (earlier) {
        result.found++;
        accepted.push({ row, providerId: earlier });
        if (accepted.length >= SENT_FLUSH_SIZE) await flushSent();
        return;
      }
      ({ providerId } = await transport.send(message));
    } catch (error) {
      const dead = error instanceof PermanentSendError || row.attempts >= retry.maxAttempts;
      await recordFailure(db, row, error, dead ? null : retryDelayMs(row.attempts, retry));
      if (dead) result.dead++;
      else result.failed++;
      return;
    }
    // Outside the try above: the provider has the message now, so a failure to record it must
    // never be mistaken for a failed send (that would queue a second copy). Until the flush, a
    // worker that dies leaves the message to be sent again after the lease (ADR 0003), so flushes
    // come often.
    accepted.push({ row, providerId });
    if (accepted.length >= SENT_FLUSH_SIZE) await flushSent();
  };

  try {
    await runPool(rows, options.concurrency ?? 8, handle);
  } finally {
    await flushSent();
  }
  return result;
}

/** Runs batches until the signal aborts; waits `pollMs` whenever the outbox has nothing due. */
export async function startWorker(options: WorkerOptions & { signal: AbortSignal; pollMs?: number; onError?: (e: unknown) => void }): Promise<void> {
  const { signal } = options;
  while (!signal.aborted) {
    let claimed = 0;
    try {
      claimed = (await runWorkerOnce(options)).claimed;
    } catch (error) {
      // The database being away for a moment must not end the worker.
      (options.onError ?? ((e) => console.error("[notify worker]", e)))(error);
    }
    if (claimed === 0) await sleep(options.pollMs ?? 1000, signal);
  }
}

async function recordSent(db: Db, batch: Accepted[]): Promise<void> {
  // Losing this write means a second copy once the lease ends, so a database hiccup gets retries.
  for (let attempt = 1; ; attempt++) {
    try {
      const recorded = await db.$queryRaw<{ id: bigint }[]>`
        UPDATE "Notification" AS n
           SET status = 'SENT', "providerId" = s."providerId", "sentAt" = ${NOW}, "lockedUntil" = NULL, "lastError" = NULL
          FROM unnest(${batch.map((a) => a.row.id)}::bigint[], ${batch.map((a) => a.row.attempts)}::int[], ${batch.map((a) => a.providerId)}::text[])
               AS s(id, attempts, "providerId")
         WHERE n.id = s.id AND n.status = 'SENDING' AND n.attempts = s.attempts
        RETURNING n.id`;
      if (recorded.length < batch.length) {
        // The lease ran out mid-send and another worker took the row, or the provider's delivery
        // report got here first; the row holds the later truth.
        const ids = new Set(recorded.map((r) => r.id));
        for (const { row, providerId } of batch) {
          if (!ids.has(row.id)) console.warn(`[notify worker] notification ${row.id} changed while being sent (${providerId})`);
        }
      }
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

async function recordFailure(db: Db, row: Claimed, error: unknown, delayMs: number | null): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  if (delayMs === null) {
    await db.$executeRaw`
      UPDATE "Notification" SET status = 'DEAD', "lockedUntil" = NULL, "lastError" = ${message}
       WHERE id = ${row.id} AND status = 'SENDING' AND attempts = ${row.attempts}`;
  } else {
    await db.$executeRaw`
      UPDATE "Notification"
         SET status = 'FAILED', "lockedUntil" = NULL, "lastError" = ${message},
             "nextAttemptAt" = ${NOW} + ${delayMs}::float8 * interval '1 millisecond'
       WHERE id = ${row.id} AND status = 'SENDING' AND attempts = ${row.attempts}`;
  }
}

// The attempt is given back: nothing was sent, so it must not count towards DEAD.
async function release(db: Db, row: Claimed): Promise<void> {
  await db.$executeRaw`
    UPDATE "Notification" SET status = 'QUEUED', "lockedUntil" = NULL, attempts = attempts - 1
     WHERE id = ${row.id} AND status = 'SENDING' AND attempts = ${row.attempts}`;
}

// Waits for every lane before reporting a failure, so the final flush sees every accepted send.
async function runPool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  const failure = (await Promise.allSettled(lanes)).find((lane) => lane.status === "rejected");
  if (failure) throw failure.reason;
}

// The worker runs outside Next (its own process, or beside Next in the dev command), so it
// builds its own client and transports from the environment on first use.
let sharedDb: Db | undefined;
let sharedTransports: Transports | undefined;

function defaultDb(): Db {
  return (sharedDb ??= createPrisma());
}

function defaultTransports(): Transports {
  return (sharedTransports ??= {
    EMAIL: createEmailTransport(emailConfigFromEnv()),
    SMS: createSmsTransport(smsConfigFromEnv()),
  });
}
