import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { seedOrders } from "@/prisma/seed-orders";

beforeAll(async () => {
  await seed(db, { demo: true });
}, 120_000);

describe("seedOrders", () => {
  it("is part of the demo seed, and does nothing the second time", async () => {
    const count = await db.purchaseOrder.count();
    expect(count).toBeGreaterThanOrEqual(15);
    expect(await seedOrders(db)).toEqual({ skipped: true });
    expect(await db.purchaseOrder.count()).toBe(count);
  });

  it("covers every state the workflow produces", async () => {
    const so = new Set((await db.supplyOrder.findMany({ select: { status: true } })).map((s) => s.status));
    for (const status of [
      "AWAITING_ACCEPTANCE", "REJECTED", "EXPIRED", "AWAITING_PRE_INSPECTION", "PRE_INSPECTION_FAILED", "READY_TO_DISPATCH",
      "DISPATCHED", "RECEIVED", "REPLACEMENT_DUE", "BILLED", "CLOSED", "CANCELLED",
    ] as const) {
      expect(so, status).toContain(status);
    }
    const po = new Set((await db.purchaseOrder.findMany({ select: { status: true } })).map((p) => p.status));
    expect([...po].sort()).toEqual(["CANCELLED", "CLOSED", "OPEN"]);
    const lines = new Set((await db.purchaseOrderLine.findMany({ select: { status: true } })).map((l) => l.status));
    expect([...lines].sort()).toEqual(["ALLOCATED", "CANCELLED", "PARTLY_UNFULFILLED", "UNFULFILLED"]);

    const today = new Date(Math.floor((Date.now() + 330 * 60_000) / 86_400_000) * 86_400_000);
    expect(await db.bill.count({ where: { status: "PENDING", dueDate: { lt: today } } }), "overdue").toBeGreaterThan(0);
    expect(await db.bill.count({ where: { status: "PENDING", dueDate: { gte: today } } }), "due later").toBeGreaterThan(0);
    expect(await db.payment.count({ where: { interestPaise: { gt: 0n } } }), "paid late").toBeGreaterThan(0);
    expect(await db.payment.count({ where: { interestPaise: 0n } }), "paid on time").toBeGreaterThan(0);
    expect(await db.bill.count({ where: { liquidatedDamagesPaise: { gt: 0n } } }), "late delivery").toBeGreaterThan(0);
    expect(await db.inspection.count({ where: { kind: "PRE", attempt: 2, status: "PASSED" } }), "re-inspected").toBeGreaterThan(0);
    expect(await db.purchaseOrder.count({ where: { directPurchase: true } })).toBeGreaterThan(0);
    expect(await db.supplyOrder.count({ where: { replacesId: { not: null } } })).toBeGreaterThan(0);
    // The demo vendor has an order to answer, and the demo buyer goods to receive.
    expect(await db.supplyOrder.count({ where: { status: "AWAITING_ACCEPTANCE", vendor: { email: "vendor@demo.manak.in" } } })).toBeGreaterThan(0);
    expect(await db.supplyOrder.count({ where: { status: "DISPATCHED", purchaseOrder: { placedBy: { email: "buyer@demo.manak.in" } } } })).toBeGreaterThan(0);
  });

  it("keeps every budget head's blocked amount equal to what its open orders hold", async () => {
    const heads = await db.budgetHead.findMany({ include: { purchaseOrders: { select: { blockedPaise: true, status: true } } } });
    for (const head of heads) {
      expect(head.blockedPaise, head.code).toBe(head.purchaseOrders.reduce((sum, po) => sum + po.blockedPaise, 0n));
      expect(head.allottedPaise - head.blockedPaise - head.spentPaise, head.code).toBeGreaterThanOrEqual(0n);
    }
    const settled = await db.purchaseOrder.findMany({ where: { status: { not: "OPEN" } }, select: { blockedPaise: true } });
    expect(settled.every((po) => po.blockedPaise === 0n)).toBe(true);
  });

  it("leaves an audit trail and notifications for every order", async () => {
    const orders = await db.purchaseOrder.findMany({ select: { id: true } });
    for (const po of orders) expect(await db.auditEvent.count({ where: { purchaseOrderId: po.id, action: "purchaseOrder.place" } })).toBe(1);
    expect(await db.notification.count({ where: { event: "supplyOrder.created" } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { event: "supplyOrder.slaReminder" } })).toBeGreaterThan(0);
  });
});
