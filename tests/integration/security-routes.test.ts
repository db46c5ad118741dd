// Issue 13: route handlers refuse oversized bodies before reading them, and heavy public exports
// cannot take every database connection.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-security-routes-0123456789";
  process.env.TWILIO_AUTH_TOKEN ??= "test-twilio-token";
});
vi.mock("next/headers", () => import("@/tests/support/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => import("@/tests/support/request-context").then((m) => m.nextIntl));

import { db } from "@/lib/db";
import { startSession } from "@/lib/auth/session";
import { exportSlotsMax, takeExportSlot } from "@/lib/http/export-slots";
import { makeUser } from "@/tests/factories";
import { resetRequest } from "@/tests/support/request-context";
import { GET as ordersCsv } from "@/app/(public)/orders.csv/route";
import { GET as ocdsReleases } from "@/app/api/ocds/releases/route";
import { POST as twilioWebhook } from "@/app/api/webhooks/twilio/route";
import { POST as receipts } from "@/app/api/receipts/route";

afterEach(() => resetRequest());

/** A body that fails the test if anyone reads it. */
function untouchableBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull() {
      throw new Error("the body was read");
    },
  });
}

describe("body limits before reading", () => {
  it("the Twilio webhook (anyone may POST) refuses a large declared body with 413 without reading it", async () => {
    const request = new Request("http://localhost/api/webhooks/twilio", {
      method: "POST",
      headers: { "x-twilio-signature": "anything", "content-type": "application/x-www-form-urlencoded", "content-length": String(10 * 1024 * 1024) },
      body: untouchableBody(),
      duplex: "half",
    } as RequestInit);
    expect((await twilioWebhook(request)).status).toBe(413);
  });

  it("the Twilio webhook answers a malformed body with 4xx, not a crash", async () => {
    const request = new Request("http://localhost/api/webhooks/twilio", {
      method: "POST",
      headers: { "x-twilio-signature": "anything", "content-type": "multipart/form-data; boundary=nope" },
      body: "this is not multipart",
    });
    const status = (await twilioWebhook(request)).status;
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it("/api/receipts refuses another role before the body, and a buyer's oversized body with 413", async () => {
    const vendor = await makeUser(db, "VENDOR");
    resetRequest();
    await startSession(vendor.id);
    const big = () =>
      new Request("http://localhost/api/receipts", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(64 * 1024 * 1024) },
        body: untouchableBody(),
        duplex: "half",
      } as RequestInit);
    expect((await receipts(big())).status).toBe(404);
    const buyer = await makeUser(db, "BUYER");
    resetRequest();
    await startSession(buyer.id);
    expect((await receipts(big())).status).toBe(413);
  });

  it("/api/receipts answers hostile field names with a form error, leaving Object.prototype alone", async () => {
    const buyer = await makeUser(db, "BUYER");
    resetRequest();
    await startSession(buyer.id);
    const form = new FormData();
    form.append("quantities.__proto__", "5");
    form.append("supplyOrderId", "x");
    // As a browser sends it: the multipart bytes with their declared length.
    const encoded = new Response(form);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const response = await receipts(
      new Request("http://localhost/api/receipts", {
        method: "POST",
        headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(bytes.length) },
        body: bytes,
      }),
    );
    expect(response.status).toBe(400);
    expect(({} as Record<string, unknown>).supplyOrderId).toBeUndefined();
  });
});

describe("heavy public exports", () => {
  it("/orders.csv and the OCDS bulk export answer 503 with Retry-After while every export slot is taken", async () => {
    const held = Array.from({ length: exportSlotsMax() }, () => takeExportSlot()!);
    try {
      for (const response of [await ordersCsv(new Request("http://localhost/orders.csv")), await ocdsReleases(new Request("http://localhost/api/ocds/releases"))]) {
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("30");
      }
    } finally {
      for (const release of held) release();
    }
    const csv = await ordersCsv(new Request("http://localhost/orders.csv"));
    expect(csv.status).toBe(200);
    await csv.text();
    // A download read to the end gives its slot back.
    const again = Array.from({ length: exportSlotsMax() }, () => takeExportSlot());
    expect(again.every(Boolean)).toBe(true);
    for (const release of again) release!();
  });

  it("a download abandoned half way gives its slot back too", async () => {
    const csv = await ordersCsv(new Request("http://localhost/orders.csv"));
    await csv.body!.cancel();
    const all = Array.from({ length: exportSlotsMax() }, () => takeExportSlot());
    expect(all.every(Boolean)).toBe(true);
    for (const release of all) release!();
  });
});
