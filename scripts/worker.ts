// `npm run worker`: the notification worker as its own process (production runs one or more of
// these; the dev command starts one). SIGTERM lets the batch in hand finish and hands back rows
// not yet sent, so a deploy loses nothing and sends nothing twice.
import { createEmailTransport, emailConfigFromEnv } from "../lib/notify/email";
import { createSmsTransport, smsConfigFromEnv } from "../lib/notify/sms";
import { startWorker } from "../lib/notify/worker";
import { createPrisma } from "../lib/prisma-client";
import { runBillReminders } from "../lib/services/bill/run-bill-reminders";
import { runInspectionDeadlines } from "../lib/services/inspection/run-inspection-deadlines";
import { runScheduledSweeps } from "../lib/services/supply-order/expire-overdue";
import { escalateOverdueIncidents } from "../lib/services/incident/escalate-overdue";
import { refreshPublicViews } from "../lib/queries/public-views";
import { log } from "../lib/log";
import { runScheduler, type ScheduledJob } from "../lib/scheduler";
import { loadSigningKey } from "../lib/audit/signing-key";
import { runAuditCheckpoints } from "../lib/services/audit/sign-checkpoint";
import { computeRiskFlags } from "../lib/services/risk/compute-risk-flags";
import { runWebhookFanout } from "../lib/webhooks/fanout";
import { runStatementImports } from "../lib/services/payment-batch/run-statement-imports";
import { keepDaysFromEnv, pruneTokenUses } from "../lib/services/api-token/prune-token-uses";

const db = createPrisma();
// Read the configuration before the first batch: a missing SMS account fails here, loudly.
const emailConfig = emailConfigFromEnv();
const smsConfig = smsConfigFromEnv();
const transports = { EMAIL: createEmailTransport(emailConfig), SMS: createSmsTransport(smsConfig) };

// The audit checkpoint key comes from outside the database (lib/audit/signing-key.ts); a worker
// without one signs nothing and says so.
const auditKey = loadSigningKey();
if (!auditKey) log.warn("no AUDIT_SIGNING_KEY: this worker publishes no audit checkpoints");

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "worker stopping");
    controller.abort();
  });
}

log.info({ mail: `${emailConfig.host}:${emailConfig.port}`, sms: smsConfig.apiBase ?? "api.twilio.com" }, "notification worker started");
// The scheduled jobs ride along with the worker. Any number of workers may run: each job runs
// once per tick cluster-wide (lib/scheduler: an advisory lock and one ScheduledJobRun row per
// tick), and a tick whose worker died half-way is run again by another. To add a job, add an entry.
const SWEEP_EVERY_MS = Number(process.env.SWEEP_INTERVAL_MS ?? 60_000);
const SCHEDULED_JOBS: ScheduledJob[] = [
  // Supply orders past their acceptance deadline expire and are reallocated; SLA reminders.
  { name: "supply-order-sweep", everyMs: SWEEP_EVERY_MS, run: (client) => runScheduledSweeps(client) },
  // Bills due soon or overdue.
  { name: "bill-reminders", everyMs: SWEEP_EVERY_MS, run: (client) => runBillReminders(client) },
  // Post-dispatch inspection deadlines: reminder, escalation, and deemed acceptance on day 16.
  { name: "inspection-deadlines", everyMs: SWEEP_EVERY_MS, run: (client) => runInspectionDeadlines(client) },
  // Incidents past their respond-by or resolve-by go one level up (docs/adr/0016-incidents.md).
  { name: "incident-escalation", everyMs: SWEEP_EVERY_MS, run: (client) => escalateOverdueIncidents(client) },
  // The public dashboard reads materialised views; keep them at most five minutes old.
  { name: "public-views-refresh", everyMs: Number(process.env.VIEWS_REFRESH_MS ?? 300_000), run: (client) => refreshPublicViews(client) },
  // Signs the chain's head when the last checkpoint is a day old (AUDIT_CHECKPOINT_EVERY_MS).
  { name: "audit-checkpoint", everyMs: SWEEP_EVERY_MS, run: (client) => runAuditCheckpoints(client, auditKey) },
  // Bank statements too long to match inside their upload: about 20 s of matching a tick, every 30 s.
  {
    name: "statement-import",
    everyMs: Number(process.env.STATEMENT_IMPORT_EVERY_MS ?? 30_000),
    run: async (client) => {
      const run = await runStatementImports(client);
      if (run.lines > 0 || run.pending > 0) log.info(run, "statement import ran");
    },
  },
  // The open API's per-request log is kept API_TOKEN_USE_KEEP_DAYS (90) days: hourly prune.
  {
    name: "api-token-use-prune",
    everyMs: Number(process.env.API_TOKEN_USE_PRUNE_EVERY_MS ?? 3_600_000),
    run: async (client) => {
      const deleted = await pruneTokenUses(client, { keepDays: keepDaysFromEnv() });
      if (deleted > 0) log.info({ deleted }, "api token uses pruned");
    },
  },
  // Public risk flags (lib/services/risk/compute-risk-flags.ts): hourly by default.
  {
    name: "risk-flags",
    everyMs: Number(process.env.RISK_FLAGS_EVERY_MS ?? 3_600_000),
    run: async (client) => {
      const run = await computeRiskFlags(client);
      if (!run.skipped) log.info({ found: run.found, ms: run.ms }, "risk flags computed");
    },
  },
];
const scheduler = runScheduler({ db, databaseUrl: process.env.DATABASE_URL!, jobs: SCHEDULED_JOBS, signal: controller.signal }).catch((error) =>
  log.error({ err: error }, "scheduler stopped"),
);
// Webhook deliveries are read off the audit chain (lib/webhooks/fanout.ts) and queued by this worker.
// Not a scheduled job: it runs every 2 s, and its cursor row (FOR UPDATE) already lets only one
// worker at a time advance it, so a per-tick record would only add rows.
const webhooks = setInterval(() => {
  runWebhookFanout(db).catch((error) => log.error({ err: error }, "webhook fan-out failed"));
}, Number(process.env.WEBHOOK_FANOUT_MS ?? 2_000));
controller.signal.addEventListener("abort", () => clearInterval(webhooks));

await startWorker({
  db, transports, signal: controller.signal, batchSize: Number(process.env.NOTIFY_BATCH_SIZE ?? 50),
  // The lease on claimed rows: how long a dead worker's batch waits before another worker sends it.
  lockMs: Number(process.env.NOTIFY_LOCK_MS ?? 120_000),
  sendBudgetMs: Number(process.env.NOTIFY_SEND_BUDGET_MS ?? 60_000),
  onError: (error) => log.error({ err: error }, "notification batch failed"),
});
await scheduler;
log.info("worker stopped: batch in hand and running job finished");
await transports.EMAIL.close?.();
await db.$disconnect();
process.exit(0);
