// `npm run worker`: the notification worker as its own process (production runs one or more of
// these; the dev command starts one). SIGTERM lets the batch in hand finish and hands back rows
// not yet sent, so a deploy loses nothing and sends nothing twice.
import { createEmailTransport, emailConfigFromEnv } from "../lib/notify/email";
import { createSmsTransport, smsConfigFromEnv } from "../lib/notify/sms";
import { startWorker } from "../lib/notify/worker";
import { createPrisma } from "../lib/prisma-client";

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
await startWorker({ db, transports, signal: controller.signal, batchSize: Number(process.env.NOTIFY_BATCH_SIZE ?? 50) });
await transports.EMAIL.close?.();
await db.$disconnect();
process.exit(0);
