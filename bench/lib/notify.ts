/**
 * Issue 9 §5: the outbox drained as it runs in production — two worker processes
 * (outbox-worker.ts: scripts/worker.ts's worker loop, default batch and concurrency) — through the
 * real transports into the local SMTP catcher and SMS sink (lib/notify/sinks.ts) running here. `count` messages, half e-mail and
 * half SMS, each to its own address, are queued in one transaction once both workers are polling;
 * the clock runs from that commit to the last row marked SENT. Lost: queued but never caught by a
 * sink; duplicates: caught more than once. (bench/notify-drain.ts covers faults and lost acks.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { startSmsSink, startSmtpCatcher } from "../../lib/notify/sinks";

export type DrainResult = { messages: number; workers: number; seconds: number; perSecond: number; lost: number; duplicates: number; dead: number };

const root = path.resolve(import.meta.dirname, "../..");

export async function benchOutboxDrain(opts: { databaseUrl: string; pool: pg.Pool; messages: number; workers?: number }): Promise<DrainResult> {
  const workers = opts.workers ?? 2;
  const smtp = await startSmtpCatcher({ port: 0 });
  const sms = await startSmsSink({ port: 0 });
  const children: ChildProcess[] = [];
  // Should the bench itself be stopped mid-drain, the workers go with it.
  const killChildren = () => children.forEach((child) => child.kill("SIGTERM"));
  process.once("exit", killChildren);
  try {
    await opts.pool.query(`DELETE FROM "Notification" WHERE status <> 'SENT' OR channel <> 'IN_APP'`);
    const env = { ...process.env, DATABASE_URL: opts.databaseUrl, SMTP_PORT: String(smtp.port), SMS_SINK_PORT: String(sms.port), NODE_ENV: "development" as const };
    const ready: Promise<void>[] = [];
    for (let w = 0; w < workers; w++) {
      const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench/lib/outbox-worker.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
      children.push(child);
      ready.push(
        new Promise((resolve, reject) => {
          child.stdout!.on("data", (chunk: Buffer) => {
            if (chunk.toString().includes("outbox worker ready")) resolve();
          });
          child.once("exit", (code) => reject(new Error(`worker exited with ${code} before it started`)));
        }),
      );
    }
    await Promise.all(ready);

    const { rows } = await opts.pool.query<{ queuedAt: Date }>(
      `WITH q AS (
         INSERT INTO "Notification" ("dedupeKey", channel, event, locale, "toAddress", subject, body, html, "nextAttemptAt", "createdAt")
         SELECT 'bench:drain:' || i, (CASE WHEN i % 2 = 0 THEN 'EMAIL' ELSE 'SMS' END)::"NotificationChannel", 'supplyOrder.dispatched',
                (CASE WHEN i % 4 < 2 THEN 'en' ELSE 'hi' END)::"Locale",
                CASE WHEN i % 2 = 0 THEN 'r' || i || '@bench.manak.local' ELSE '+9196' || lpad(i::text, 8, '0') END,
                CASE WHEN i % 4 < 2 THEN 'Supply order SO/2026-27/' || lpad(i::text, 6, '0') || ' dispatched'
                     ELSE 'आपूर्ति आदेश SO/2026-27/' || lpad(i::text, 6, '0') || ' भेजा गया' END,
                CASE WHEN i % 4 < 2 THEN 'Manak: Sahu Traders dispatched supply order SO/2026-27/' || lpad(i::text, 6, '0') || ', invoice ST/' || i || '.'
                     ELSE 'मानक: साहू ट्रेडर्स ने आपूर्ति आदेश SO/2026-27/' || lpad(i::text, 6, '0') || ' भेजा, बीजक ST/' || i || '।' END,
                CASE WHEN i % 2 = 0 THEN '<p>Sahu Traders dispatched supply order SO/2026-27/' || lpad(i::text, 6, '0') || '.</p>' END,
                now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
           FROM generate_series(0, $1 - 1) AS i
         RETURNING 1)
       SELECT clock_timestamp() AS "queuedAt" FROM (SELECT count(*) FROM q) c`,
      [opts.messages],
    );
    const queuedAt = rows[0].queuedAt;
    const deadline = Date.now() + Math.max(120_000, opts.messages * 5);
    // Polled through the (status, nextAttemptAt) index: cheap while the workers are busy (a
    // count over the outbox every 100 ms would itself take a good share of the database's time).
    for (;;) {
      const { rows: left } = await opts.pool.query<{ pending: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "Notification" WHERE status IN ('QUEUED', 'FAILED', 'SENDING') AND "dedupeKey" LIKE 'bench:drain:%') AS pending`,
      );
      if (!left[0].pending) break;
      if (Date.now() > deadline) throw new Error("outbox not drained in time");
      await new Promise((r) => setTimeout(r, 250));
    }
    const { rows: done } = await opts.pool.query<{ seconds: number; dead: string }>(
      `SELECT extract(epoch FROM max("sentAt") - ($1::timestamptz AT TIME ZONE 'UTC'))::float8 AS seconds,
              count(*) FILTER (WHERE status = 'DEAD')::text AS dead
         FROM "Notification" WHERE "dedupeKey" LIKE 'bench:drain:%'`,
      [queuedAt],
    );
    const caught = new Map<string, number>();
    for (const m of smtp.messages) for (const to of m.to) caught.set(to, (caught.get(to) ?? 0) + 1);
    for (const m of sms.messages) caught.set(m.to, (caught.get(m.to) ?? 0) + 1);
    let lost = 0;
    let duplicates = 0;
    for (let i = 0; i < opts.messages; i++) {
      const n = caught.get(i % 2 === 0 ? `r${i}@bench.manak.local` : `+9196${String(i).padStart(8, "0")}`) ?? 0;
      if (n === 0) lost++;
      if (n > 1) duplicates += n - 1;
    }
    const seconds = done[0].seconds;
    return { messages: opts.messages, workers, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(opts.messages / seconds), lost, duplicates, dead: Number(done[0].dead) };
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    process.removeListener("exit", killChildren);
    await smtp.close();
    await sms.close();
  }
}
