/**
 * Prometheus metrics (prom-client), served by each web node at /api/metrics behind METRICS_TOKEN
 * (scripts/serve.ts). Process-local figures (request latency, pools, replica reads) are recorded as
 * they happen; cluster-wide ones (outbox backlog, scheduler lag) are read from the database when
 * scraped, so any node answers for the whole cluster. The registry lives on globalThis: Next's
 * bundle and the server around it share one process and must share one registry.
 */
import client from "prom-client";
import { dbPools } from "./prisma-client";

type Metrics = {
  registry: client.Registry;
  requestSeconds: client.Histogram<"method" | "route" | "status">;
  reads: client.Counter<"target">;
  replicaLag: client.Gauge;
};
const KEY = Symbol.for("manak.metrics");
const holder = globalThis as unknown as { [KEY]?: Metrics };

export function metrics(): Metrics {
  if (holder[KEY]) return holder[KEY];
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "manak_" });
  const requestSeconds = new client.Histogram({
    name: "manak_http_request_duration_seconds",
    help: "HTTP request latency by route group (first path segment), method and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10],
    registers: [registry],
  });
  const reads = new client.Counter({
    name: "manak_public_reads_total",
    help: "Public read-side queries by the database that answered (replica or primary)",
    labelNames: ["target"] as const,
    registers: [registry],
  });
  const replicaLag = new client.Gauge({ name: "manak_replica_lag_seconds", help: "Replica lag last measured (-1: unknown or unreachable)", registers: [registry] });
  new client.Gauge({
    name: "manak_db_pool_connections",
    help: "Connections in this process's database pools",
    labelNames: ["pool", "state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, p] of dbPools) {
        this.set({ pool, state: "total" }, p.totalCount);
        this.set({ pool, state: "idle" }, p.idleCount);
        this.set({ pool, state: "waiting" }, p.waitingCount);
      }
    },
  });
  holder[KEY] = { registry, requestSeconds, reads, replicaLag };
  return holder[KEY];
}

export function countRead(target: "primary" | "replica") {
  metrics().reads.inc({ target });
}

export function setReplicaLag(lagMs: number | null) {
  metrics().replicaLag.set(lagMs === null || !Number.isFinite(lagMs) ? -1 : lagMs / 1000);
}

/** The route label: the first one or two path segments, so ids never become label values. */
export function routeGroup(pathname: string): string {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  if (parts[0] === "_next") return "/_next";
  if (parts[0] === "api" && parts[1]) return `/api/${parts[1]}`;
  return `/${parts[0]}`;
}

type Queryable = { $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> };

/**
 * Figures read from the database at scrape time: the outbox backlog (due, failed, dead) and the age
 * of the oldest unsent notification; each scheduled job's lag (how long its newest due tick has
 * waited to finish) and failures.
 */
export async function clusterMetricsText(db: Queryable): Promise<string> {
  const [outbox] = await db.$queryRaw<{ queued: bigint; failed: bigint; sending: bigint; dead: bigint; oldest: number | null }[]>`
    SELECT count(*) FILTER (WHERE status = 'QUEUED') AS queued,
           count(*) FILTER (WHERE status = 'FAILED') AS failed,
           count(*) FILTER (WHERE status = 'SENDING') AS sending,
           count(*) FILTER (WHERE status = 'DEAD') AS dead,
           EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - min("createdAt") FILTER (WHERE status IN ('QUEUED', 'FAILED', 'SENDING')))::float8 AS oldest
      FROM "Notification" WHERE status IN ('QUEUED', 'FAILED', 'SENDING', 'DEAD')`;
  const jobs = await db.$queryRaw<{ job: string; lag: number; failed: bigint }[]>`
    SELECT job,
           GREATEST(0, EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC') - max(tick) FILTER (WHERE status <> 'RUNNING'))
                       - max("intervalMs") / 1000.0)::float8 AS lag,
           count(*) FILTER (WHERE status = 'FAILED' AND tick > (now() AT TIME ZONE 'UTC') - interval '1 day') AS failed
      FROM "ScheduledJobRun" WHERE tick > (now() AT TIME ZONE 'UTC') - interval '7 days' GROUP BY job ORDER BY job`;
  const lines = [
    "# HELP manak_outbox_backlog Notifications not yet sent, by status (cluster-wide)",
    "# TYPE manak_outbox_backlog gauge",
    ...(["queued", "failed", "sending", "dead"] as const).map((s) => `manak_outbox_backlog{status="${s}"} ${Number(outbox[s])}`),
    "# HELP manak_outbox_oldest_unsent_seconds Age of the oldest notification not yet sent (0 when none)",
    "# TYPE manak_outbox_oldest_unsent_seconds gauge",
    `manak_outbox_oldest_unsent_seconds ${outbox.oldest ?? 0}`,
    "# HELP manak_scheduler_lag_seconds How long past its interval each scheduled job's last finished tick is",
    "# TYPE manak_scheduler_lag_seconds gauge",
    ...jobs.map((j) => `manak_scheduler_lag_seconds{job="${j.job}"} ${j.lag ?? 0}`),
    "# HELP manak_scheduler_failed_runs Scheduled job ticks that failed in the last day",
    "# TYPE manak_scheduler_failed_runs gauge",
    ...jobs.map((j) => `manak_scheduler_failed_runs{job="${j.job}"} ${Number(j.failed)}`),
  ];
  return lines.join("\n") + "\n";
}
