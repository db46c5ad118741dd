// `npm run worker`: the notification worker as its own process (production runs one or more of
// these; the dev command starts one). SIGTERM lets the batch in hand finish and hands back rows
// not yet sent, so a deploy loses nothing and sends nothing twice.
import { createEmailTransport, emailConfigFromEnv } from "../lib/notify/email";
import { createSmsTransport, smsConfigFromEnv } from "../lib/notify/sms";
import { startWorker } from "../lib/notify/worker";
import { createPrisma } from "../lib/prisma-client";
import { runBillReminders } from "../lib/services/bill/run-bill-reminders";
import { runScheduledSweeps } from "../lib/services/supply-order/expire-overdue";
import { refreshPublicViews } from "../lib/queries/public-views";
import { runWebhookFanout } from "../lib/webhooks/fanout";

const db = createPrisma();
// Read the configuration before the first batch: a missing SMS account fails here, loudly.
const emailConfig = emailConfigFromEnv();
const smsConfig = smsConfigFromEnv();
const transports = { EMAIL: createEmailTransport(emailConfig), SMS: createSmsTransport(smsConfig) };

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

console.log(
  `[manak] notification worker: mail via ${emailConfig.host}:${emailConfig.port}, SMS via ${smsConfig.apiBase ?? "api.twilio.com"}`,
);
// The scheduled jobs ride along with the worker: expiring supply orders past their acceptance
// deadline (and reallocating them), SLA reminders, and bills due soon or overdue. Each is safe to
// run from several workers at once (conditional updates and dedupe keys).
const SWEEP_EVERY_MS = Number(process.env.SWEEP_INTERVAL_MS ?? 60_000);
async function scheduledJobs() {
  await runScheduledSweeps(db).catch((e) => console.error("[manak] supply-order sweep failed", e));
  await runBillReminders(db).catch((e) => console.error("[manak] bill reminders failed", e));
}
// Runs `job` every `ms` (and at once with `now`), skipping a turn while the previous run is still
// going: a long first sweep after a deploy must not pile up copies of itself.
function every(ms: number, job: () => Promise<unknown>, opts: { now?: boolean } = {}) {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void job().finally(() => (running = false));
  };
  if (opts.now) tick();
  return setInterval(tick, ms);
}
const sweeps = every(SWEEP_EVERY_MS, scheduledJobs, { now: true });
// The public dashboard reads materialised views; keep them at most five minutes old.
const views = every(Number(process.env.VIEWS_REFRESH_MS ?? 300_000), () =>
  refreshPublicViews(db).catch((e) => console.error("[manak] dashboard refresh failed", e)),
);
// Webhook deliveries are read off the audit chain (lib/webhooks/fanout.ts) and sent by this worker.
const webhooks = every(Number(process.env.WEBHOOK_FANOUT_MS ?? 2_000), () =>
  runWebhookFanout(db).catch((e) => console.error("[manak] webhook fan-out failed", e)),
);
controller.signal.addEventListener("abort", () => {
  clearInterval(sweeps);
  clearInterval(views);
  clearInterval(webhooks);
});

await startWorker({ db, transports, signal: controller.signal, batchSize: Number(process.env.NOTIFY_BATCH_SIZE ?? 50) });
await transports.EMAIL.close?.();
await db.$disconnect();
process.exit(0);
