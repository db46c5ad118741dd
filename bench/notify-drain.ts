// Notification outbox drain rate: N queued messages (default 10,000; half e-mail, half SMS) sent by
// two workers through the real transports (nodemailer SMTP, twilio SDK) into the local sinks, in
// a throw-away embedded PostgreSQL (or the empty database named by BENCH_DATABASE_URL). Three runs:
//   clean     — every send accepted;
//   faults    — SMTP refusals and stalls, Twilio 500s, 429s and resets: retried until delivered;
//   lost acks — the provider keeps the message but its "OK" never arrives (the documented
//               at-least-once window): each such message is delivered twice, same Message-ID.
// Reports messages/s, lost (queued but never caught by a sink) and duplicates (caught twice).
//   npx tsx bench/notify-drain.ts [--messages=10000]
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { run } from "../lib/dev/run";
import { createEmailTransport, messageIdFor } from "../lib/notify/email";
import { startSmsSink, startSmtpCatcher, type SinkFault } from "../lib/notify/sinks";
import { createSmsTransport } from "../lib/notify/sms";
import { runWorkerOnce, type Transports } from "../lib/notify/worker";
import { createPrisma, type Db } from "../lib/prisma-client";

const messages = Number(process.argv.find((a) => a.startsWith("--messages="))?.split("=")[1] ?? 10_000);
const WORKERS = 2;
// Quick retries so the faulted runs finish in seconds; production waits 30 s and up.
const RETRY = { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 400 };

const root = path.resolve(import.meta.dirname, "..");
const pg = process.env.BENCH_DATABASE_URL
  ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `manak-bench-notify-${process.pid}`),
      port: Number(process.env.BENCH_PG_PORT ?? 54337),
      database: "manak_bench_notify",
      persistent: false,
    });
await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: pg.url });

const db = createPrisma(pg.url);
const smtp = await startSmtpCatcher({ port: 0 });
const sms = await startSmsSink({ port: 0 });
const transportsFor = (): Transports => ({
  EMAIL: createEmailTransport({ host: "127.0.0.1", port: smtp.port, from: "Manak <bench@manak.local>", timeoutMs: 1000, maxConnections: 5 }),
  SMS: createSmsTransport({ accountSid: `AC${"0".repeat(32)}`, authToken: "bench", from: "MANAK", apiBase: sms.url, timeoutMs: 1000 }),
});

type Result = { scenario: string; messages: number; seconds: number; perSecond: number; lost: number; duplicates: number; attempts: number; dead: number };

async function queue(n: number): Promise<void> {
  const now = new Date();
  for (let from = 0; from < n; from += 2_000) {
    await db.notification.createMany({
      data: Array.from({ length: Math.min(2_000, n - from) }, (_, k) => {
        const i = from + k;
        const channel = i % 2 === 0 ? ("EMAIL" as const) : ("SMS" as const);
        return {
          dedupeKey: `bench:${i}:r${i}:${channel}`,
          channel,
          event: "supplyOrder.dispatched",
          locale: i % 4 < 2 ? ("en" as const) : ("hi" as const),
          toAddress: channel === "EMAIL" ? `r${i}@bench.manak.local` : `+9196${String(i).padStart(8, "0")}`,
          subject: `Supply order SO/2026-27/${String(i).padStart(7, "0")} dispatched`,
          body: `Manak: Sahu Traders dispatched supply order SO/2026-27/${String(i).padStart(7, "0")}, invoice ST/${i}.`,
          html: channel === "EMAIL" ? `<p>Sahu Traders dispatched supply order SO/2026-27/${i}.</p>` : null,
          nextAttemptAt: now,
        };
      }),
    });
  }
}

async function drainWith(workers: number): Promise<void> {
  const clients: Db[] = Array.from({ length: workers }, () => createPrisma(pg.url));
  const transports = clients.map(() => transportsFor());
  try {
    await Promise.all(
      clients.map(async (workerDb, w) => {
        for (;;) {
          const batch = await runWorkerOnce({ db: workerDb, transports: transports[w], batchSize: 100, concurrency: 16, retry: RETRY });
          if (batch.claimed > 0) continue;
          const pending = await workerDb.notification.count({ where: { status: { in: ["QUEUED", "FAILED", "SENDING"] } } });
          if (pending === 0) return;
          await new Promise((r) => setTimeout(r, 25)); // rows waiting out their backoff
        }
      }),
    );
  } finally {
    await Promise.all(transports.map((t) => t.EMAIL.close?.()));
    await Promise.all(clients.map((c) => c.$disconnect()));
  }
}

async function scenario(name: string, n: number, faults: { smtp?: Exclude<SinkFault, { kind: "status" }>[]; sms?: SinkFault[] }): Promise<Result> {
  await db.notification.deleteMany();
  smtp.reset();
  sms.reset();
  await queue(n);
  for (const f of faults.smtp ?? []) smtp.fail(f);
  for (const f of faults.sms ?? []) sms.fail(f);

  const t0 = performance.now();
  await drainWith(WORKERS);
  const seconds = (performance.now() - t0) / 1000;

  const mailIds = new Map<string, number>();
  for (const m of smtp.messages) mailIds.set(m.messageId ?? "", (mailIds.get(m.messageId ?? "") ?? 0) + 1);
  const smsKeys = new Map<string, number>();
  for (const m of sms.messages) smsKeys.set(m.to, (smsKeys.get(m.to) ?? 0) + 1);
  let lost = 0;
  for (let i = 0; i < n; i++) {
    const caught = i % 2 === 0 ? mailIds.get(messageIdFor(`bench:${i}:r${i}:EMAIL`)) : smsKeys.get(`+9196${String(i).padStart(8, "0")}`);
    if (!caught) lost++;
  }
  const duplicates = smtp.messages.length + sms.messages.length - (n - lost);
  const agg = await db.notification.aggregate({ _sum: { attempts: true } });
  const dead = await db.notification.count({ where: { status: "DEAD" } });
  return { scenario: name, messages: n, seconds: round(seconds), perSecond: Math.round(n / seconds), lost, duplicates, attempts: agg._sum.attempts ?? 0, dead };
}

const round = (x: number) => Math.round(x * 100) / 100;

try {
  const results = [
    await scenario("clean", messages, {}),
    await scenario("faults", messages, {
      smtp: [
        { kind: "refuse", times: 300 },
        { kind: "stall", times: 10, ms: 1500 },
        { kind: "refuse", times: 200 },
      ],
      sms: [
        { kind: "status", status: 500, times: 200 },
        { kind: "status", status: 429, times: 200 },
        { kind: "refuse", times: 50 },
        { kind: "stall", times: 10, ms: 1500 },
      ],
    }),
    await scenario("lost acks", messages, {
      smtp: [{ kind: "lateAck", times: 25, ms: 1500 }],
      sms: [{ kind: "lateAck", times: 25, ms: 1500 }],
    }),
  ];
  console.log(`\nNotification drain: ${messages} messages (half e-mail, half SMS), ${WORKERS} workers, ${os.cpus().length} CPUs`);
  console.table(results);
  console.log("lost = queued but never caught by a sink; duplicates = caught more than once (lost acks: expected, same Message-ID).");
} finally {
  await smtp.close();
  await sms.close();
  await db.$disconnect();
  await pg.stop();
}
process.exit(0);
