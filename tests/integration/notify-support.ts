// Shared by the notify-*.test.ts files: users with a language and a mobile, local sinks with the
// transports pointed at them, and a drain loop that fast-forwards the retry clock.
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/generated/prisma/enums";
import { createEmailTransport } from "@/lib/notify/email";
import { startSmsSink, startSmtpCatcher } from "@/lib/notify/sinks";
import { createSmsTransport } from "@/lib/notify/sms";
import { runWorkerOnce, type Transports, type WorkerOptions } from "@/lib/notify/worker";
import type { Db } from "@/lib/prisma-client";

let mobileSeq = 0;

export async function makeRecipient(
  db: Db,
  opts: { role?: Role; locale?: "en" | "hi"; mobile?: string | null; name?: string; prefs?: object; active?: boolean } = {},
) {
  const u = randomBytes(4).toString("hex");
  const mobile = opts.mobile === undefined ? `+9198${String(process.pid % 1000).padStart(3, "0")}${String(mobileSeq++).padStart(5, "0")}` : opts.mobile;
  return db.user.create({
    data: {
      email: `user-${u}@test.manak.in`,
      name: opts.name ?? `User ${u}`,
      passwordHash: "not-used",
      role: opts.role ?? "VENDOR",
      locale: opts.locale ?? "en",
      mobile,
      notificationPrefs: opts.prefs ?? {},
      active: opts.active ?? true,
    },
  });
}

// Long enough that a loaded CI machine never times out a healthy send; faults that must time out
// hold their answer for STALL_MS, far beyond it.
export const TEST_TIMEOUT_MS = 2000;
export const STALL_MS = 10_000;

export const TEST_ACCOUNT_SID = `AC${"1".repeat(32)}`;

/** A catcher, an SMS sink and transports pointed at them. */
export async function startLocalProviders(db?: Db) {
  const smtp = await startSmtpCatcher({ port: 0, db });
  const sms = await startSmsSink({ port: 0, db });
  const makeTransports = (): Transports => ({
    EMAIL: createEmailTransport({ host: "127.0.0.1", port: smtp.port, from: "Manak <no-reply@test.manak.in>", timeoutMs: TEST_TIMEOUT_MS, maxConnections: 3 }),
    SMS: createSmsTransport({ accountSid: TEST_ACCOUNT_SID, authToken: "test-token", from: "MANAK", apiBase: sms.url, timeoutMs: TEST_TIMEOUT_MS }),
  });
  const transports = makeTransports();
  return {
    smtp,
    sms,
    transports,
    makeTransports,
    reset() {
      smtp.reset();
      sms.reset();
    },
    async close() {
      await transports.EMAIL.close?.();
      await Promise.all([smtp.close(), sms.close()]);
    },
  };
}

/** Makes every FAILED row due now: the backoff's wait, without the waiting. */
export async function fastForward(db: Db): Promise<void> {
  await db.notification.updateMany({ where: { status: "FAILED" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}

/** Runs the worker until nothing is queued, failed or in flight; returns the rounds it took. */
export async function drain(db: Db, options: WorkerOptions, maxRounds = 20): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    await runWorkerOnce({ db, ...options });
    const pending = await db.notification.count({ where: { status: { in: ["QUEUED", "FAILED", "SENDING"] } } });
    if (pending === 0) return round;
    await fastForward(db);
  }
  throw new Error(`outbox not drained after ${maxRounds} rounds`);
}

/** How often each key occurs, for "exactly once" checks. */
export function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
