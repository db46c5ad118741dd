import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { messageIdFor } from "@/lib/notify/email";
import { notify } from "@/lib/notify/outbox";
import { claimDue, runWorkerOnce } from "@/lib/notify/worker";
import { createPrisma } from "@/lib/prisma-client";
import { drain, fastForward, makeRecipient, STALL_MS, startLocalProviders, tally } from "./notify-support";

const db = createPrisma();
let local: Awaited<ReturnType<typeof startLocalProviders>>;

beforeAll(async () => {
  local = await startLocalProviders(db);
});
afterAll(async () => {
  await local.close();
  await db.$disconnect();
});
beforeEach(() => local.reset());

async function queueFor(user: { id: string }, number: string) {
  const entityId = crypto.randomUUID();
  await db.$transaction((tx) =>
    notify(tx, {
      event: "payment.released",
      entityId,
      userIds: [user.id],
      params: { billNumber: number, amountPaise: 4_56_789_00n, bankReference: "SBINR52026121412345678" },
    }),
  );
  const rows = await db.notification.findMany({ where: { dedupeKey: { contains: entityId } } });
  return { email: rows.find((r) => r.channel === "EMAIL")!, sms: rows.find((r) => r.channel === "SMS")! };
}

describe("delivery through real SMTP and the Twilio SDK", () => {
  it("delivers the right content in each recipient's language, once", async () => {
    const hindi = await makeRecipient(db, { locale: "hi", name: "आशा वर्मा" });
    const english = await makeRecipient(db, { locale: "en", name: "Ravi Sahu" });
    const hi = await queueFor(hindi, "BL/2026-27/0000001");
    const en = await queueFor(english, "BL/2026-27/0000002");

    expect(await drain(db, { transports: local.transports })).toBe(1);

    const mailTo = (address: string) => local.smtp.messages.filter((m) => m.to.includes(address));
    const [hiMail] = mailTo(hindi.email);
    expect(mailTo(hindi.email)).toHaveLength(1);
    expect(hiMail.subject).toBe("भुगतान जारी: बिल BL/2026-27/0000001 के लिए ₹4,56,789.00");
    expect(hiMail.text).toContain("नमस्ते आशा वर्मा,");
    expect(hiMail.text).toContain("बैंक संदर्भ (UTR): SBINR52026121412345678");
    expect(hiMail.html).toContain('<html lang="hi">');
    expect(hiMail.messageId).toBe(messageIdFor(hi.email.dedupeKey));
    const [enMail] = mailTo(english.email);
    expect(enMail.subject).toBe("Payment released: ₹4,56,789.00 for bill BL/2026-27/0000002");
    expect(enMail.text).toContain("Dear Ravi Sahu,");

    const smsTo = (mobile: string | null) => local.sms.messages.filter((m) => m.to === mobile);
    expect(smsTo(hindi.mobile)).toHaveLength(1);
    expect(smsTo(hindi.mobile)[0].body).toBe("मानक: बिल BL/2026-27/0000001 का ₹4,56,789.00 भुगतान जारी, UTR SBINR52026121412345678।");
    expect(smsTo(english.mobile)[0]).toMatchObject({
      body: "Manak: Rs 4,56,789.00 released for bill BL/2026-27/0000002, UTR SBINR52026121412345678.",
      from: "MANAK",
    });

    const sent = await db.notification.findMany({ where: { id: { in: [hi.email.id, hi.sms.id, en.email.id, en.sms.id] } } });
    for (const row of sent) expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, lockedUntil: null });
    expect(sent.find((r) => r.id === hi.sms.id)?.providerId).toBe(smsTo(hindi.mobile)[0].sid);
    expect(sent.find((r) => r.id === hi.email.id)?.providerId).toBe(messageIdFor(hi.email.dedupeKey));

    // The dev inbox reads what the sinks stored.
    const stored = await db.devMessage.findMany({ where: { toAddress: { in: [hindi.email, hindi.mobile!] } } });
    expect(stored.map((m) => m.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(stored.find((m) => m.channel === "EMAIL")?.subject).toBe(hiMail.subject);
  });

  it("retries with backoff when SMTP refuses and Twilio answers 500 then 429, then delivers exactly once", async () => {
    const user = await makeRecipient(db);
    const { email, sms } = await queueFor(user, "BL/2026-27/0000003");
    local.smtp.fail({ kind: "refuse", times: 2 });
    local.sms.fail({ kind: "status", status: 500, times: 1 });
    local.sms.fail({ kind: "status", status: 429, times: 1 });

    const first = await runWorkerOnce({ db, transports: local.transports });
    expect(first).toMatchObject({ claimed: 2, sent: 0, failed: 2 });
    const failed = await db.notification.findMany({ where: { id: { in: [email.id, sms.id] } } });
    for (const row of failed) {
      expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 10_000); // ≥ 15 s of backoff
    }
    expect(failed.find((r) => r.id === email.id)?.lastError).toMatch(/451|try again later/i);
    expect(failed.find((r) => r.id === sms.id)?.lastError).toMatch(/500|Internal Server Error/);
    // Not due yet: a second pass leaves them alone.
    expect((await runWorkerOnce({ db, transports: local.transports })).claimed).toBe(0);

    await fastForward(db);
    await runWorkerOnce({ db, transports: local.transports });
    expect((await db.notification.findUnique({ where: { id: sms.id } }))?.lastError).toMatch(/429|Too Many Requests/);
    await drain(db, { transports: local.transports });

    const done = await db.notification.findMany({ where: { id: { in: [email.id, sms.id] } } });
    for (const row of done) expect(row).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(local.smtp.messages.filter((m) => m.messageId === messageIdFor(email.dedupeKey))).toHaveLength(1);
    expect(local.sms.messages.filter((m) => m.to === user.mobile)).toHaveLength(1);
  });

  it("retries after a timeout where the provider kept nothing, then delivers exactly once", async () => {
    const user = await makeRecipient(db);
    const { email, sms } = await queueFor(user, "BL/2026-27/0000004");
    local.smtp.fail({ kind: "stall", times: 1, ms: STALL_MS }); // no answer within the client's timeout
    local.sms.fail({ kind: "stall", times: 1, ms: STALL_MS });

    await runWorkerOnce({ db, transports: local.transports });
    const timedOut = await db.notification.findMany({ where: { id: { in: [email.id, sms.id] } } });
    for (const row of timedOut) expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(timedOut.find((r) => r.id === email.id)?.lastError).toMatch(/timeout|timed out|connection was closed/i);

    await drain(db, { transports: local.transports });
    const done = await db.notification.findMany({ where: { id: { in: [email.id, sms.id] } } });
    for (const row of done) expect(row).toMatchObject({ status: "SENT", attempts: 2 });
    expect(local.smtp.messages.filter((m) => m.to.includes(user.email))).toHaveLength(1);
    expect(local.sms.messages.filter((m) => m.to === user.mobile)).toHaveLength(1);
  });

  it("documents the residual window: accepted but unacknowledged mail is sent again, with the same Message-ID", async () => {
    const user = await makeRecipient(db, { mobile: null });
    const { email } = await queueFor(user, "BL/2026-27/0000005");
    local.smtp.fail({ kind: "lateAck", times: 1, ms: STALL_MS }); // kept, but "250 OK" comes after the client gave up

    await drain(db, { transports: local.transports });

    const copies = local.smtp.messages.filter((m) => m.to.includes(user.email));
    expect(copies).toHaveLength(2);
    expect(tally(copies.map((m) => m.messageId ?? "")).get(messageIdFor(email.dedupeKey))).toBe(2);
    expect(await db.notification.findUnique({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("an SMS Twilio kept but answered too late is found on the retry, not sent again", async () => {
    const user = await makeRecipient(db);
    const { sms } = await queueFor(user, "BL/2026-27/0000007");
    local.sms.fail({ kind: "lateAck", times: 1, ms: STALL_MS }); // kept, but the reply comes after the client gave up

    await runWorkerOnce({ db, transports: local.transports });
    expect(await db.notification.findUnique({ where: { id: sms.id } })).toMatchObject({ status: "FAILED", attempts: 1 });
    const kept = local.sms.messages.filter((m) => m.to === user.mobile);
    expect(kept).toHaveLength(1);

    await fastForward(db);
    const retry = await runWorkerOnce({ db, transports: local.transports });
    expect(retry).toMatchObject({ claimed: 1, found: 1, sent: 1 }); // the e-mail went out in the first pass
    expect(local.sms.messages.filter((m) => m.to === user.mobile)).toHaveLength(1);
    expect(await db.notification.findUnique({ where: { id: sms.id } })).toMatchObject({ status: "SENT", attempts: 2, providerId: kept[0].sid });
  });

  it("an SMS whose worker died after Twilio accepted it is recorded from Twilio's list after the lease, not sent twice", async () => {
    const user = await makeRecipient(db);
    const { sms } = await queueFor(user, "BL/2026-27/0000008");
    const twin = await queueFor(user, "BL/2026-27/0000009"); // same number, different text: must still be sent
    // A worker claims all four rows, Twilio accepts the first SMS, and the worker dies before recording it.
    const claimed = await claimDue(db, { batchSize: 10, lockMs: 60_000 });
    expect(claimed).toHaveLength(4);
    const first = claimed.find((r) => r.id === sms.id)!;
    await local.transports.SMS.send({ id: first.id, dedupeKey: first.dedupeKey, to: first.toAddress, subject: first.subject, body: first.body, html: null });
    await db.notification.updateMany({ where: { id: { in: claimed.map((r) => r.id) } }, data: { lockedUntil: new Date(Date.now() - 1000) } });

    const after = await runWorkerOnce({ db, transports: local.transports });
    expect(after).toMatchObject({ claimed: 4, found: 1, sent: 4 });
    const caught = local.sms.messages.filter((m) => m.to === user.mobile);
    expect(caught.map((m) => m.body.match(/BL\/2026-27\/\d+/)?.[0]).sort()).toEqual(["BL/2026-27/0000008", "BL/2026-27/0000009"]);
    expect(await db.notification.findUnique({ where: { id: sms.id } })).toMatchObject({ status: "SENT", attempts: 2, providerId: caught[0].sid });
    expect(await db.notification.findUnique({ where: { id: twin.sms.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("gives up at once on a refusal retrying cannot fix, and after the maximum attempts otherwise", async () => {
    const user = await makeRecipient(db);
    const { email, sms } = await queueFor(user, "BL/2026-27/0000006");
    local.sms.fail({ kind: "status", status: 400, times: 1 }); // e.g. 21211 invalid 'To' number
    local.smtp.fail({ kind: "refuse", times: 3 });
    const retry = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 };

    await drain(db, { transports: local.transports, retry });

    expect(await db.notification.findUnique({ where: { id: sms.id } })).toMatchObject({ status: "DEAD", attempts: 1 });
    const deadMail = await db.notification.findUnique({ where: { id: email.id } });
    expect(deadMail).toMatchObject({ status: "DEAD", attempts: 3 });
    expect(deadMail?.lastError).toMatch(/451|try again later/i);
    expect(local.sms.messages.filter((m) => m.to === user.mobile)).toHaveLength(0);
    expect(local.smtp.messages.filter((m) => m.to.includes(user.email))).toHaveLength(0);
  });
});
