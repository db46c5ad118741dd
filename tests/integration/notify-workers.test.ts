import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { messageIdFor } from "@/lib/notify/email";
import { notify } from "@/lib/notify/outbox";
import { claimDue, runWorkerOnce } from "@/lib/notify/worker";
import { createPrisma, type Db } from "@/lib/prisma-client";
import { makeRecipient, startLocalProviders, tally } from "./notify-support";

const db = createPrisma();
let local: Awaited<ReturnType<typeof startLocalProviders>>;

beforeAll(async () => {
  local = await startLocalProviders();
});
afterAll(async () => {
  await local.close();
  await db.$disconnect();
});
beforeEach(async () => {
  local.reset();
  await db.notification.deleteMany();
});

async function queueForUsers(count: number) {
  const users = await Promise.all(Array.from({ length: count }, () => makeRecipient(db)));
  await db.$transaction((tx) =>
    notify(tx, {
      event: "supplyOrder.dispatched",
      entityId: crypto.randomUUID(),
      userIds: users.map((u) => u.id),
      params: { supplyOrderNumber: "SO/2026-27/0000042", vendorName: "Sahu Traders", invoiceNumber: "ST/42" },
    }),
  );
  return db.notification.findMany({ where: { channel: { not: "IN_APP" } } });
}

describe("the outbox worker", () => {
  it("loses nothing when a worker dies mid-batch: after the lease, another worker delivers each row once", async () => {
    const rows = await queueForUsers(10);
    expect(rows).toHaveLength(20);

    // A worker claims everything and dies before sending anything.
    const abandoned = await claimDue(db, { batchSize: 100, lockMs: 60_000 });
    expect(abandoned).toHaveLength(20);
    // While its lease holds, nobody else may touch the rows.
    expect((await runWorkerOnce({ db, transports: local.transports })).claimed).toBe(0);

    // The lease runs out (time passes) and the next worker picks the rows up.
    await db.notification.updateMany({ where: { status: "SENDING" }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await runWorkerOnce({ db, transports: local.transports, batchSize: 100 })).toMatchObject({ claimed: 20, sent: 20 });

    const after = await db.notification.findMany({ where: { channel: { not: "IN_APP" } } });
    for (const row of after) expect(row).toMatchObject({ status: "SENT", attempts: 2 });
    expect(local.smtp.messages).toHaveLength(10);
    expect(local.sms.messages).toHaveLength(10);
    expect(new Set(local.sms.messages.map((m) => m.to)).size).toBe(10);
  });

  it("a stopping worker hands back the rows it has not started, without spending an attempt", async () => {
    await queueForUsers(3);
    const stop = new AbortController();
    stop.abort();
    expect(await runWorkerOnce({ db, transports: local.transports, signal: stop.signal })).toMatchObject({ claimed: 6, released: 6, sent: 0 });
    const released = await db.notification.findMany({ where: { channel: { not: "IN_APP" } } });
    for (const row of released) expect(row).toMatchObject({ status: "QUEUED", attempts: 0, lockedUntil: null });
    expect(await runWorkerOnce({ db, transports: local.transports })).toMatchObject({ claimed: 6, sent: 6 });
  });

  it("a late result from a worker whose lease ran out does not overwrite the new owner's", async () => {
    await queueForUsers(1);
    const first = await claimDue(db, { batchSize: 10, lockMs: 60_000 });
    await db.notification.updateMany({ where: { status: "SENDING" }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    const second = await claimDue(db, { batchSize: 10, lockMs: 60_000 });
    expect(second.map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort());
    for (const row of second) expect(row.attempts).toBe(first.find((r) => r.id === row.id)!.attempts + 1);
    // The first worker's attempt number no longer matches: its write is fenced off.
    const [stale] = first;
    const write = await db.notification.updateMany({ where: { id: stale.id, status: "SENDING", attempts: stale.attempts }, data: { status: "SENT" } });
    expect(write.count).toBe(0);
  });

  it("claims due rows of every kind, earliest due first, and leaves alone what is not due", async () => {
    const at = (seconds: number) => new Date(Date.now() + seconds * 1000);
    const row = (key: string, data: { status: "QUEUED" | "FAILED" | "SENDING" | "SENT" | "DEAD"; nextAttemptAt: Date; lockedUntil?: Date; attempts?: number }) => ({
      dedupeKey: `claim.test:${key}`, channel: "EMAIL" as const, event: "supplyOrder.accepted", locale: "en" as const,
      toAddress: `${key}@test.manak.in`, subject: key, body: key, ...data,
    });
    await db.notification.createMany({
      data: [
        row("failed-due", { status: "FAILED", nextAttemptAt: at(-30), attempts: 1 }),
        row("queued-later", { status: "QUEUED", nextAttemptAt: at(-10) }),
        row("lease-expired", { status: "SENDING", nextAttemptAt: at(-20), lockedUntil: at(-1), attempts: 1 }),
        row("queued-first", { status: "QUEUED", nextAttemptAt: at(-40) }),
        // Not due: in the future, under a live lease, or finished.
        row("queued-future", { status: "QUEUED", nextAttemptAt: at(60) }),
        row("failed-backing-off", { status: "FAILED", nextAttemptAt: at(60), attempts: 1 }),
        row("leased", { status: "SENDING", nextAttemptAt: at(-50), lockedUntil: at(60), attempts: 1 }),
        row("sent", { status: "SENT", nextAttemptAt: at(-60), attempts: 1 }),
        row("dead", { status: "DEAD", nextAttemptAt: at(-60), attempts: 8 }),
      ],
    });

    const first = await claimDue(db, { batchSize: 3, lockMs: 60_000 });
    expect(first.map((r) => [r.subject, r.attempts])).toEqual([["queued-first", 1], ["failed-due", 2], ["lease-expired", 2]]);
    expect((await claimDue(db, { batchSize: 10, lockMs: 60_000 })).map((r) => r.subject)).toEqual(["queued-later"]);
    expect(await claimDue(db, { batchSize: 10, lockMs: 60_000 })).toEqual([]);
    const untouched = await db.notification.findMany({ where: { subject: { in: ["queued-future", "failed-backing-off", "leased", "sent", "dead"] } } });
    expect(untouched.map((r) => [r.subject, r.status, r.attempts]).sort()).toEqual([
      ["dead", "DEAD", 8], ["failed-backing-off", "FAILED", 1], ["leased", "SENDING", 1], ["queued-future", "QUEUED", 0], ["sent", "SENT", 1],
    ]);
  });

  it("records a batch of sends together, but not over a row another worker reclaimed meanwhile", async () => {
    await queueForUsers(5);
    const [victim] = await db.notification.findMany({ where: { channel: "EMAIL" }, take: 1 });
    // While the victim's mail is with the provider, its lease runs out and another worker claims it.
    const transports = {
      ...local.transports,
      EMAIL: {
        send: async (message: Parameters<typeof local.transports.EMAIL.send>[0]) => {
          if (message.id === victim.id) {
            await db.notification.update({ where: { id: victim.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
            expect((await claimDue(db, { batchSize: 10, lockMs: 60_000 })).map((r) => r.id)).toEqual([victim.id]);
          }
          return local.transports.EMAIL.send(message);
        },
      },
    };

    expect(await runWorkerOnce({ db, transports })).toMatchObject({ claimed: 10, failed: 0 });

    const rows = await db.notification.findMany({ where: { channel: { not: "IN_APP" } } });
    const others = rows.filter((r) => r.id !== victim.id);
    expect(others).toHaveLength(9);
    for (const row of others) expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null, providerId: expect.any(String) });
    // The new owner's claim stands: still SENDING under attempt 2, no provider id from the old attempt.
    expect(rows.find((r) => r.id === victim.id)).toMatchObject({ status: "SENDING", attempts: 2, providerId: null, sentAt: null });
  });

  it("two workers draining 500 rows concurrently never send one twice", async () => {
    // 250 e-mails and 250 SMS with distinct recipients, written straight into the outbox.
    const now = new Date();
    await db.notification.createMany({
      data: Array.from({ length: 500 }, (_, i) => {
        const channel = i % 2 === 0 ? ("EMAIL" as const) : ("SMS" as const);
        return {
          dedupeKey: `bench.test:${i}:r${i}:${channel}`,
          channel,
          event: "supplyOrder.accepted",
          locale: "en" as const,
          toAddress: channel === "EMAIL" ? `r${i}@test.manak.in` : `+9197${String(i).padStart(8, "0")}`,
          subject: `Message ${i}`,
          body: `Manak: message ${i}`,
          nextAttemptAt: now,
        };
      }),
    });

    const workerDbs: Db[] = [createPrisma(), createPrisma()];
    const transports = [local.makeTransports(), local.makeTransports()];
    const sentBy = [0, 0];
    try {
      await Promise.all(
        workerDbs.map(async (workerDb, w) => {
          for (;;) {
            const batch = await runWorkerOnce({ db: workerDb, transports: transports[w], batchSize: 20 });
            sentBy[w] += batch.sent;
            if (batch.claimed === 0) return;
          }
        }),
      );
    } finally {
      await Promise.all(transports.map((t) => t.EMAIL.close?.()));
      await Promise.all(workerDbs.map((d) => d.$disconnect()));
    }

    expect(sentBy[0] + sentBy[1]).toBe(500);
    expect(await db.notification.count({ where: { status: "SENT", attempts: 1 } })).toBe(500);
    const mailCounts = tally(local.smtp.messages.map((m) => m.messageId ?? "none"));
    expect(mailCounts.size).toBe(250);
    expect(Math.max(...mailCounts.values())).toBe(1);
    for (let i = 0; i < 500; i += 2) expect(mailCounts.get(messageIdFor(`bench.test:${i}:r${i}:EMAIL`))).toBe(1);
    const smsCounts = tally(local.sms.messages.map((m) => `${m.to}|${m.body}`));
    expect(smsCounts.size).toBe(250);
    expect(Math.max(...smsCounts.values())).toBe(1);
  });
});
