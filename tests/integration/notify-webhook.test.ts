import twilio from "twilio";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/twilio/route";
import { createPrisma } from "@/lib/prisma-client";

const db = createPrisma();
const TOKEN = "webhook-test-token";
const BASE = "https://manak.example.in";

beforeAll(() => {
  process.env.TWILIO_AUTH_TOKEN = TOKEN;
  process.env.PUBLIC_BASE_URL = BASE;
});
afterAll(async () => {
  delete process.env.TWILIO_AUTH_TOKEN;
  delete process.env.PUBLIC_BASE_URL;
  await db.$disconnect();
});
afterEach(() => db.notification.deleteMany());

let seq = 0;
async function smsRow(data: { status: "SENDING" | "SENT" | "FAILED"; providerId: string | null; attempts?: number }) {
  seq++;
  return db.notification.create({
    data: {
      dedupeKey: `test:${seq}:x:SMS`, channel: "SMS", event: "supplyOrder.accepted", locale: "en",
      toAddress: "+919876543210", subject: "s", body: "b", attempts: data.attempts ?? 1, ...data,
    },
  });
}

/** A status callback as Twilio sends it: form-encoded, signed over the full URL and the params. */
function callback(params: Record<string, string>, { query = "", signWith = TOKEN, signature }: { query?: string; signWith?: string; signature?: string } = {}) {
  const path = `/api/webhooks/twilio${query}`;
  const body = new URLSearchParams(params).toString();
  // Twilio declares the length, like every HTTP client; the route refuses a body without one.
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) };
  const sig = signature ?? twilio.getExpectedTwilioSignature(signWith, `${BASE}${path}`, params);
  if (sig) headers["X-Twilio-Signature"] = sig;
  // The app sees its internal address; the signature covers the public one.
  return new Request(`http://127.0.0.1:3000${path}`, { method: "POST", headers, body });
}

const sid = () => `SM${crypto.randomUUID().replace(/-/g, "")}`;

describe("Twilio status webhook", () => {
  it("marks a message delivered on a correctly signed report", async () => {
    const messageSid = sid();
    const row = await smsRow({ status: "SENT", providerId: messageSid });
    const res = await POST(callback({ MessageSid: messageSid, MessageStatus: "delivered", AccountSid: `AC${"1".repeat(32)}` }));
    expect(res.status).toBe(204);
    const after = await db.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.status).toBe("DELIVERED");
    expect(after.deliveredAt).not.toBeNull();
  });

  it("refuses a bad or missing signature and changes nothing", async () => {
    const messageSid = sid();
    const row = await smsRow({ status: "SENT", providerId: messageSid });
    const params = { MessageSid: messageSid, MessageStatus: "delivered" };
    expect((await POST(callback(params, { signWith: "someone-elses-token" }))).status).toBe(403);
    expect((await POST(callback(params, { signature: "" }))).status).toBe(403);
    // Signed, then tampered with: a different status than the one signed.
    const signed = twilio.getExpectedTwilioSignature(TOKEN, `${BASE}/api/webhooks/twilio`, params);
    expect((await POST(callback({ ...params, MessageStatus: "failed" }, { signature: signed }))).status).toBe(403);
    expect((await db.notification.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SENT");
  });

  it("accepts Twilio's SHA-256 signatures when the settings header says so", async () => {
    const messageSid = sid();
    const row = await smsRow({ status: "SENT", providerId: messageSid });
    const params = { MessageSid: messageSid, MessageStatus: "delivered" };
    const request = callback(params, { signature: twilio.getExpectedTwilioSignature(TOKEN, `${BASE}/api/webhooks/twilio`, params, twilio.HMAC_SHA256) });
    request.headers.set(twilio.SIGNATURE_SETTINGS_HEADER, "algorithm=HMAC_SHA256");
    expect((await POST(request)).status).toBe(204);
    expect((await db.notification.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("DELIVERED");
  });

  it("queues a retry with backoff when the carrier could not deliver", async () => {
    const messageSid = sid();
    const row = await smsRow({ status: "SENT", providerId: messageSid });
    expect((await POST(callback({ MessageSid: messageSid, MessageStatus: "undelivered", ErrorCode: "30003" }))).status).toBe(204);
    const after = await db.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.status).toBe("FAILED");
    expect(after.lastError).toContain("30003");
    expect(after.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("does not let a late failure report undo a delivery", async () => {
    const messageSid = sid();
    const row = await smsRow({ status: "SENT", providerId: messageSid });
    await POST(callback({ MessageSid: messageSid, MessageStatus: "delivered" }));
    await POST(callback({ MessageSid: messageSid, MessageStatus: "failed" }));
    expect((await db.notification.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("DELIVERED");
  });

  it("settles a row whose worker died before recording the sid, by the id in the callback URL", async () => {
    const row = await smsRow({ status: "SENDING", providerId: null });
    const messageSid = sid();
    const res = await POST(callback({ MessageSid: messageSid, MessageStatus: "sent" }, { query: `?notification=${row.id}` }));
    expect(res.status).toBe(204);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", providerId: messageSid });
  });

  it("stops the retry of a send that timed out on our side but reached Twilio", async () => {
    const row = await smsRow({ status: "FAILED", providerId: null });
    const messageSid = sid();
    await POST(callback({ MessageSid: messageSid, MessageStatus: "sent" }, { query: `?notification=${row.id}` }));
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", providerId: messageSid });
  });

  it("does not cancel a carrier-failure retry on a late interim report", async () => {
    const messageSid = sid();
    const row = await smsRow({ status: "SENT", providerId: messageSid });
    await POST(callback({ MessageSid: messageSid, MessageStatus: "undelivered" }, { query: `?notification=${row.id}` }));
    await POST(callback({ MessageSid: messageSid, MessageStatus: "sent" }, { query: `?notification=${row.id}` }));
    expect((await db.notification.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("FAILED");
  });
});
