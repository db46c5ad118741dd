// One outbox worker process for the drain bench: what `npm run worker` (scripts/worker.ts) runs —
// the same transports from the environment, startWorker with the same batch size and defaults —
// without the scheduled jobs that ride along there (supply-order sweeps, bill reminders, view
// refreshes), which on a 10⁶-order database would compete with the drain being measured.
import { createEmailTransport, emailConfigFromEnv } from "../../lib/notify/email";
import { createSmsTransport, smsConfigFromEnv } from "../../lib/notify/sms";
import { startWorker } from "../../lib/notify/worker";
import { createPrisma } from "../../lib/prisma-client";

const db = createPrisma();
const transports = { EMAIL: createEmailTransport(emailConfigFromEnv()), SMS: createSmsTransport(smsConfigFromEnv()) };
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());
console.log("[bench] outbox worker ready");
await startWorker({ db, transports, signal: controller.signal, batchSize: Number(process.env.NOTIFY_BATCH_SIZE ?? 50) });
await transports.EMAIL.close?.();
await db.$disconnect();
process.exit(0);
