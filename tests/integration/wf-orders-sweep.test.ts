import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runScheduledSweeps } from "@/lib/services/supply-order/expire-overdue";
import { acceptSupplyOrder } from "@/lib/services/supply-order/accept";
import { auditActionsOf, makeOrderingWorld, outboxCount, placeOrder, supplyOrdersOf, vendorOf } from "../factories/workflow";

const HOUR = 3_600_000;
const quiet = { onError: (e: unknown) => { throw e; } };

describe("runScheduledSweeps", () => {
  it("expires an unanswered supply order at its deadline and reallocates it to the next vendor", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 260_000n }] });
    const placed = await placeOrder(world, { quantity: 4 });
    const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);

    // The sweep is global: other tests' orders may be swept too, so look at this one's rows.
    await runScheduledSweeps(db, { now: new Date(so.acceptBy.getTime() - 1000), ...quiet });
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("AWAITING_ACCEPTANCE");
    expect(await runScheduledSweeps(db, { now: so.acceptBy, ...quiet })).toMatchObject({ failed: 0 });

    const [old, replacement] = await supplyOrdersOf(db, placed.purchaseOrderId);
    expect(old.status).toBe("EXPIRED");
    expect(replacement).toMatchObject({ vendorId: world.vendors[1].id, replacesId: old.id, status: "AWAITING_ACCEPTANCE" });
    // The new vendor gets its own full SLA from the moment of reallocation.
    expect(replacement.acceptBy.getTime()).toBe(so.acceptBy.getTime() + 3 * 24 * HOUR);
    // Reminded by the first sweep (a second before the deadline), expired by the second.
    expect(await auditActionsOf(db, old.id)).toEqual(["supplyOrder.allocate", "supplyOrder.slaReminder", "supplyOrder.expire", "supplyOrder.reallocate"]);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: old.id, action: "supplyOrder.expire" } })).actorRole).toBe("SYSTEM");
    expect(await outboxCount(db, vendorOf(world, so).user.id, "supplyOrder.reallocatedAway")).toBe(2);

    // A second sweep (another worker, the next minute) finds nothing more to do.
    await runScheduledSweeps(db, { now: so.acceptBy, ...quiet });
    expect(await db.supplyOrder.count({ where: { purchaseOrderId: placed.purchaseOrderId } })).toBe(2);
  });

  it("leaves alone what was answered in time", async () => {
    const world = await makeOrderingWorld(db);
    const placed = await placeOrder(world);
    const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
    await acceptSupplyOrder(vendorOf(world, so).actor, { supplyOrderId: so.id });
    await runScheduledSweeps(db, { now: new Date(so.acceptBy.getTime() + HOUR), ...quiet });
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("READY_TO_DISPATCH");
  });

  it("reminds the vendor once, within the policy's hours before the deadline", async () => {
    const world = await makeOrderingWorld(db);
    const placed = await placeOrder(world);
    const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
    const vendorUser = vendorOf(world, so).user.id;

    await runScheduledSweeps(db, { now: new Date(so.acceptBy.getTime() - 25 * HOUR), ...quiet });
    expect(await outboxCount(db, vendorUser, "supplyOrder.slaReminder")).toBe(0);

    const at = new Date(so.acceptBy.getTime() - 23 * HOUR);
    await runScheduledSweeps(db, { now: at, ...quiet });
    expect(await outboxCount(db, vendorUser, "supplyOrder.slaReminder")).toBe(2);
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).reminderSentAt).toEqual(at);

    await runScheduledSweeps(db, { now: new Date(at.getTime() + HOUR), ...quiet });
    expect(await outboxCount(db, vendorUser, "supplyOrder.slaReminder")).toBe(2);
    expect((await auditActionsOf(db, so.id)).filter((a) => a === "supplyOrder.slaReminder")).toHaveLength(1);
  });

  it("expires each overdue order exactly once when sweeps run concurrently", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{}, {}, {}] });
    const placed = await placeOrder(world, { quantity: 3 });
    const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
    await Promise.all(Array.from({ length: 5 }, () => runScheduledSweeps(db, { now: so.acceptBy, ...quiet })));
    expect((await auditActionsOf(db, so.id)).filter((a) => a === "supplyOrder.expire")).toHaveLength(1);
    expect(await db.supplyOrder.count({ where: { replacesId: so.id } })).toBe(1);
  });
});
