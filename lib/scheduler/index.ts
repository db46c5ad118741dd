/**
 * Scheduled jobs that run once per tick across any number of worker processes (issue 16).
 *
 * A tick is the job's interval-aligned slot (every 60 s: 12:00:00, 12:01:00, …). For each job a
 * worker takes a session-level PostgreSQL advisory lock on its own connection; holding it, the
 * worker claims the tick's ScheduledJobRun row (INSERT … ON CONFLICT … WHERE status = 'RUNNING'),
 * runs the job and marks the row DONE. The primary key (job, tick) allows one row per tick, so a
 * tick completes at most once. A worker killed half-way leaves its row RUNNING and its connection
 * closes, which frees the lock: the next worker to take the lock finds the RUNNING row (no live
 * worker can hold it, since it holds the lock itself) and runs that tick again. The jobs themselves
 * are safe to repeat (conditional updates, dedupe keys), which covers the half-done work.
 * docs/adr/0014-cluster-operations.md.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import pg from "pg";
import type { Db } from "@/lib/prisma-client";
import { log } from "@/lib/log";
import { withRequestContext } from "@/lib/request-context";
import { sleep } from "@/lib/sleep";

export type ScheduledJob = {
  /** Stable name: the lock and the ScheduledJobRun rows are keyed by it. */
  name: string;
  everyMs: number;
  run: (db: Db, context: { tick: Date }) => Promise<unknown>;
};

export type SchedulerOptions = {
  db: Db;
  /** The primary's URL: the lock connection is separate from Prisma's pool. */
  databaseUrl: string;
  jobs: readonly ScheduledJob[];
  signal: AbortSignal;
  /** How often each job's tick is looked at (default 1 s). */
  pollMs?: number;
  workerId?: string;
  /** How far back a RUNNING tick left by a dead worker is still run again (default 1 hour). */
  orphanWindowMs?: number;
};

// pg_try_advisory_lock(int, int): the first key is ours, so other advisory locks (the audit chain's) never collide.
const LOCK_NAMESPACE = 1_600_016;

export const tickOf = (everyMs: number, now = Date.now()) => new Date(Math.floor(now / everyMs) * everyMs);

/** Runs until the signal aborts; a job run in progress is finished before it returns. */
export async function runScheduler(options: SchedulerOptions): Promise<void> {
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}`;
  const lockClient = new pg.Client({ connectionString: options.databaseUrl, application_name: `manak-scheduler ${workerId}`, options: "-c TimeZone=UTC" });
  lockClient.on("error", (error) => log.error({ err: error }, "scheduler lock connection failed"));
  await lockClient.connect();
  const settled = new Map<string, number>();
  try {
    while (!options.signal.aborted) {
      for (const job of options.jobs) {
        if (options.signal.aborted) break;
        const tick = tickOf(job.everyMs);
        if (settled.get(job.name) === tick.getTime()) continue;
        try {
          if (await runDueTicks(lockClient, options, workerId, job, tick)) settled.set(job.name, tick.getTime());
        } catch (error) {
          log.error({ err: error, job: job.name }, "scheduler step failed");
        }
      }
      await sleep(options.pollMs ?? 1000, options.signal);
    }
  } finally {
    await lockClient.end().catch(() => undefined);
  }
}

/**
 * One look at `job` under its lock: re-runs ticks a dead worker left RUNNING, then the current
 * tick unless it is done. True when the current tick is settled (done here or elsewhere); false
 * when another worker holds the lock (it may be running the tick now, or may die doing it).
 */
export async function runDueTicks(lockClient: pg.Client, options: Pick<SchedulerOptions, "db" | "orphanWindowMs">, workerId: string, job: ScheduledJob, tick: Date): Promise<boolean> {
  const { rows } = await lockClient.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked", [LOCK_NAMESPACE, job.name]);
  if (!rows[0].locked) return false;
  try {
    const since = new Date(tick.getTime() - (options.orphanWindowMs ?? 3_600_000));
    const orphans = await lockClient.query<{ tick: Date }>(
      // Columns are "timestamp" holding UTC (Prisma's convention), hence the AT TIME ZONE both ways.
      `SELECT tick AT TIME ZONE 'UTC' AS tick FROM "ScheduledJobRun"
        WHERE job = $1 AND status = 'RUNNING' AND tick >= ($2::timestamptz AT TIME ZONE 'UTC') AND tick < ($3::timestamptz AT TIME ZONE 'UTC')
        ORDER BY tick`,
      [job.name, since.toISOString(), tick.toISOString()],
    );
    for (const orphan of orphans.rows) await claimAndRun(lockClient, options.db, workerId, job, orphan.tick);
    await claimAndRun(lockClient, options.db, workerId, job, tick);
    return true;
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LOCK_NAMESPACE, job.name]);
  }
}

async function claimAndRun(lockClient: pg.Client, db: Db, workerId: string, job: ScheduledJob, tick: Date): Promise<void> {
  // A RUNNING row seen under the lock is a dead worker's: take it over. DONE and FAILED rows stay.
  const claim = await lockClient.query<{ attempts: number }>(
    `INSERT INTO "ScheduledJobRun" (job, tick, "intervalMs", status, worker, attempts, "startedAt")
     VALUES ($1, $2::timestamptz AT TIME ZONE 'UTC', $3, 'RUNNING', $4, 1, now() AT TIME ZONE 'UTC')
     ON CONFLICT (job, tick) DO UPDATE
        SET worker = EXCLUDED.worker, attempts = "ScheduledJobRun".attempts + 1, "startedAt" = EXCLUDED."startedAt"
      WHERE "ScheduledJobRun".status = 'RUNNING'
     RETURNING attempts`,
    [job.name, tick.toISOString(), job.everyMs, workerId],
  );
  if (claim.rowCount === 0) return;
  const attempts = claim.rows[0].attempts;
  const requestId = `job-${job.name}-${tick.toISOString()}-${randomUUID().slice(0, 8)}`;
  const started = performance.now();
  let error: unknown = null;
  await withRequestContext({ requestId }, async () => {
    try {
      await job.run(db, { tick });
    } catch (e) {
      error = e;
    }
  });
  const ms = Math.round(performance.now() - started);
  await lockClient.query(
    `UPDATE "ScheduledJobRun" SET status = $3, "finishedAt" = now() AT TIME ZONE 'UTC', error = $4
      WHERE job = $1 AND tick = ($2::timestamptz AT TIME ZONE 'UTC')`,
    [job.name, tick.toISOString(), error ? "FAILED" : "DONE", error ? String((error as Error).message ?? error).slice(0, 1000) : null],
  );
  if (error) log.error({ err: error, job: job.name, tick, attempts, ms, requestId }, "scheduled job failed");
  else log.info({ job: job.name, tick, attempts, ms, requestId }, attempts > 1 ? "scheduled job re-run after a lost worker" : "scheduled job ran");
}
