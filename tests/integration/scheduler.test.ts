// Issue 16: scheduled jobs run once per tick across any number of workers, and a tick whose worker
// died half-way is run again by another. Real PostgreSQL: the advisory locks and the rows are real.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDueTicks, runScheduler, tickOf, type ScheduledJob } from "@/lib/scheduler";

const url = process.env.DATABASE_URL!;
const clients: pg.Client[] = [];
async function lockConnection() {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  clients.push(client);
  return client;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
});

const runsOf = (job: string) =>
  db.scheduledJobRun.findMany({ where: { job }, orderBy: { tick: "asc" } });

describe("runScheduler", () => {
  it("three workers running the same jobs: every tick of every job runs exactly once", async () => {
    const seen = new Map<string, number>();
    const job = (name: string, everyMs: number): ScheduledJob => ({
      name, everyMs,
      run: async (_db, { tick }) => {
        const key = `${name}@${tick.getTime()}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 30));
      },
    });
    const jobs = [job("t-fast", 250), job("t-slow", 600)];
    const controller = new AbortController();
    const workers = [1, 2, 3].map((n) => runScheduler({ db, databaseUrl: url, jobs, signal: controller.signal, pollMs: 40, workerId: `w${n}` }));
    await new Promise((r) => setTimeout(r, 2600));
    controller.abort();
    await Promise.all(workers);

    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    for (const { name, everyMs } of jobs) {
      const runs = await runsOf(name);
      expect(runs.length).toBeGreaterThanOrEqual(2);
      expect(runs.every((r) => r.status === "DONE" && r.attempts === 1)).toBe(true);
      expect(runs.length).toBe([...seen.keys()].filter((k) => k.startsWith(`${name}@`)).length);
      // Ticks are aligned to the interval. (On a loaded machine a tick may pass while every worker
      // is busy; it is not replayed: the next tick's run does the work. So no "no gaps" check.)
      expect(runs.every((r) => r.tick.getTime() % everyMs === 0)).toBe(true);
    }
  });
});

describe("runDueTicks", () => {
  it("a worker whose connection dies mid-job: the lock frees and the next worker runs that tick again", async () => {
    const tick = tickOf(60_000, Date.UTC(2026, 11, 6, 7, 0, 0));
    let started!: () => void;
    const hasStarted = new Promise<void>((r) => (started = r));
    const hanging: ScheduledJob = { name: "t-killed", everyMs: 60_000, run: () => (started(), new Promise(() => {})) };
    const doomed = await lockConnection();
    doomed.on("error", () => undefined);
    void runDueTicks(doomed, { db }, "doomed", hanging, tick).catch(() => undefined);
    await hasStarted;

    // While the first worker lives, nobody else runs the job.
    const other = await lockConnection();
    let reruns = 0;
    const counting: ScheduledJob = { ...hanging, run: async () => void reruns++ };
    expect(await runDueTicks(other, { db }, "other", counting, tick)).toBe(false);
    expect(reruns).toBe(0);

    // The first worker is killed: its connection ends (what SIGKILL does to the process's sockets).
    const { rows } = await other.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = '' AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO \"ScheduledJobRun\"%'");
    expect(rows.length).toBe(1);
    await other.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
    await new Promise((r) => setTimeout(r, 100));
    const [left] = await runsOf("t-killed");
    expect(left).toMatchObject({ status: "RUNNING", worker: "doomed", attempts: 1 });

    // A minute later another worker takes the lock, re-runs the dead tick, then runs its own.
    expect(await runDueTicks(other, { db }, "other", counting, new Date(tick.getTime() + 60_000))).toBe(true);
    expect(reruns).toBe(2);
    const runs = await runsOf("t-killed");
    expect(runs.map((r) => [r.tick.getTime(), r.status, r.worker, r.attempts])).toEqual([
      [tick.getTime(), "DONE", "other", 2],
      [tick.getTime() + 60_000, "DONE", "other", 1],
    ]);
    // A DONE tick is never run again.
    expect(await runDueTicks(other, { db }, "other", counting, new Date(tick.getTime() + 60_000))).toBe(true);
    expect(reruns).toBe(2);
  });

  it("a job that throws is recorded FAILED with its error, and the tick is not retried in a loop", async () => {
    const client = await lockConnection();
    const tick = tickOf(60_000, Date.UTC(2026, 11, 6, 8, 0, 0));
    let calls = 0;
    const failing: ScheduledJob = { name: "t-failing", everyMs: 60_000, run: async () => { calls++; throw new Error("SMTP down"); } };
    expect(await runDueTicks(client, { db }, "w", failing, tick)).toBe(true);
    expect(await runDueTicks(client, { db }, "w", failing, tick)).toBe(true);
    expect(calls).toBe(1);
    expect(await runsOf("t-failing")).toMatchObject([{ status: "FAILED", error: "SMTP down" }]);
  });
});
