import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runWorkerOnce, type Transports } from "@/lib/notify/worker";
import { releasePayment } from "@/lib/services/payment/release-payment";
import { createWebhookSubscription } from "@/lib/services/webhook/create-webhook-subscription";
import { deactivateWebhookSubscription } from "@/lib/services/webhook/deactivate-webhook-subscription";
import { retryWebhookDelivery } from "@/lib/services/webhook/retry-webhook-delivery";
import { runWebhookFanout } from "@/lib/webhooks/fanout";
import { verifySignature } from "@/lib/webhooks/sign";
import { createWebhookTransport } from "@/lib/webhooks/transport";
import { codeOf, makeFulfilmentWorld, makeSupplyOrderIn, type FulfilmentWorld } from "../factories/fulfilment";
import { makeOffice } from "../factories";

/** A department system's endpoint that behaves as told, request by request: answers, fails, stalls or answers late. */
type Behaviour = "ok" | "fail" | "stall" | "late" | "gone";
const received: { eventId: string; event: string; signature: string; body: string; at: number }[] = [];
let plan: Behaviour[] = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ eventId: String(req.headers["manak-event-id"]), event: String(req.headers["manak-event"]), signature: String(req.headers["manak-signature"]), body, at: Date.now() });
    const behaviour = plan.shift() ?? "ok";
    if (behaviour === "ok") res.writeHead(204).end();
    else if (behaviour === "fail") res.writeHead(500).end("boom");
    else if (behaviour === "gone") res.writeHead(410).end();
    else if (behaviour === "late") setTimeout(() => res.writeHead(200).end("ok"), TIMEOUT_MS * 2);
    // "stall": never answers; the server closes the socket when the tests end.
  });
});
const TIMEOUT_MS = 400;
let url: string;
let world: FulfilmentWorld;

const accept = { async send() { return { providerId: "test" }; } };
const drain = (maxAttempts = 8) => runWorkerOnce({
  db, batchSize: 500, retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 1 },
  transports: { EMAIL: accept, SMS: accept, WEBHOOK: createWebhookTransport(db, { timeoutMs: TIMEOUT_MS }) } satisfies Transports,
});
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/manak-events`;
  world = await makeFulfilmentWorld(db);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function payABill() {
  const { bill, purchaseOrder } = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 3 });
  const paid = await releasePayment(world.financeActor, { billId: bill!.id, bankReference: "SBIN202612145678", idempotencyKey: randomUUID() });
  return { paid, purchaseOrder };
}

describe("webhooks", () => {
  it("publishes a payment to the subscribed department only, signed, retried through failures, stalls and late answers, dead after N, retried by the admin", async () => {
    const { secret, subscriptionId } = await createWebhookSubscription(world.adminActor, {
      departmentId: world.office.departmentId, url, events: ["payment.made", "bill.generated"], description: "Treasury IFMS",
    });
    const other = await makeOffice(db);
    await createWebhookSubscription(world.adminActor, { departmentId: other.departmentId, url, events: ["payment.made"], description: "Another department" });
    const otherEvents = await createWebhookSubscription(world.adminActor, { departmentId: world.office.departmentId, url, events: ["order.placed"], description: "ERP orders only" });
    await runWebhookFanout(db); // everything audited before this test: not what we look at

    const { paid, purchaseOrder } = await payABill();
    // The factory's order comes with its audit trail (placed, …, bill generated); then the payment.
    const fanned = await runWebhookFanout(db);
    expect(fanned.deliveries).toBe(3);
    expect((await runWebhookFanout(db)).deliveries).toBe(0); // the cursor moved: nothing twice
    const mine = await db.notification.findMany({ where: { webhookSubscriptionId: subscriptionId }, orderBy: { id: "asc" } });
    expect(mine.map((d) => d.event)).toEqual(["bill.generated", "payment.made"]);
    const delivery = mine[1];
    expect(delivery).toMatchObject({ channel: "WEBHOOK", event: "payment.made", toAddress: url, status: "QUEUED" });
    expect((await db.notification.findMany({ where: { webhookSubscriptionId: otherEvents.subscriptionId } })).map((d) => d.event)).toEqual(["order.placed"]);
    // Only the payment is looked at below; the other two are delivered first.
    plan = ["ok", "ok"];
    await db.notification.updateMany({ where: { id: { not: delivery.id }, channel: "WEBHOOK" }, data: { nextAttemptAt: new Date(0) } });
    await db.notification.updateMany({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(Date.now() + 60_000) } });
    await drain();
    await db.notification.updateMany({ where: { id: delivery.id }, data: { nextAttemptAt: new Date() } });
    const payload = JSON.parse(delivery.body);
    expect(payload).toMatchObject({ id: delivery.subject, type: "payment.made", purchaseOrder: { number: purchaseOrder.number }, subject: { type: "Payment", id: paid.paymentId } });
    expect(payload.id).toMatch(/^evt_\d{12}$/);

    // 1: the receiver fails (500); 2: it stalls past the timeout; 3: it answers after the timeout → DEAD after 3 attempts.
    plan = ["fail", "stall", "late"];
    received.length = 0;
    for (const expected of ["FAILED", "FAILED", "DEAD"]) {
      await drain(3);
      expect((await db.notification.findUniqueOrThrow({ where: { id: delivery.id } })).status).toBe(expected);
      await settle();
    }
    const dead = await db.notification.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(dead).toMatchObject({ attempts: 3 });
    expect(dead.lastError).toMatch(/no answer within 400 ms/);

    // The admin sends it again: delivered. Every attempt carried the same event id and a valid signature.
    await retryWebhookDelivery(world.adminActor, { deliveryId: String(delivery.id) });
    expect(codeOf(await retryWebhookDelivery(world.adminActor, { deliveryId: String(delivery.id) }).catch((e) => e))).toBe("CONFLICT");
    plan = ["ok"];
    await drain(3);
    expect(await db.notification.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "SENT", providerId: "HTTP 204" });
    await new Promise((r) => setTimeout(r, TIMEOUT_MS * 2)); // the late answer's request has long arrived
    expect(received.length).toBe(4);
    for (const r of received) {
      expect(r).toMatchObject({ eventId: payload.id, event: "payment.made", body: delivery.body });
      expect(verifySignature(secret, r.signature, r.body, r.at)).toBe(true);
    }
    // A receiver keeps the event ids it processed: four requests, one event.
    expect(new Set(received.map((r) => r.eventId)).size).toBe(1);
  });

  it("stops for a deactivated subscription or a 410 Gone; refuses bad URLs and non-admins", async () => {
    await db.webhookSubscription.updateMany({ data: { active: false } });
    const { subscriptionId } = await createWebhookSubscription(world.adminActor, { departmentId: world.office.departmentId, url, events: ["payment.made"], description: "Going away" });
    await runWebhookFanout(db);
    await payABill();
    await runWebhookFanout(db);
    plan = ["gone"];
    await drain();
    const [gone] = await db.notification.findMany({ where: { webhookSubscriptionId: subscriptionId } });
    expect(gone).toMatchObject({ status: "DEAD", attempts: 1, lastError: "HTTP 410 Gone" });

    await deactivateWebhookSubscription(world.adminActor, { subscriptionId });
    await payABill();
    await runWebhookFanout(db);
    expect(await db.notification.count({ where: { webhookSubscriptionId: subscriptionId } })).toBe(1);
    expect(codeOf(await retryWebhookDelivery(world.adminActor, { deliveryId: String(gone.id) }).catch((e) => e))).toBe("CONFLICT");

    const bad = (u: string) => createWebhookSubscription(world.adminActor, { departmentId: world.office.departmentId, url: u, events: ["payment.made"], description: "Bad" }).catch((e) => e);
    expect(codeOf(await bad("http://example.org/hook"))).toBe("VALIDATION");
    expect(codeOf(await bad("ftp://127.0.0.1/x"))).toBe("VALIDATION");
    expect(codeOf(await createWebhookSubscription(world.financeActor, { departmentId: world.office.departmentId, url, events: ["payment.made"], description: "x" }).catch((e) => e))).toBe("FORBIDDEN");
  });

  it("signatures: a changed body, another secret or an old timestamp fail", async () => {
    const { signatureHeader } = await import("@/lib/webhooks/sign");
    const now = Date.now();
    const header = signatureHeader("whsec_a", '{"id":"evt_1"}', now);
    expect(verifySignature("whsec_a", header, '{"id":"evt_1"}', now)).toBe(true);
    expect(verifySignature("whsec_a", header, '{"id":"evt_2"}', now)).toBe(false);
    expect(verifySignature("whsec_b", header, '{"id":"evt_1"}', now)).toBe(false);
    expect(verifySignature("whsec_a", header, '{"id":"evt_1"}', now + 301_000)).toBe(false);
  });
});
