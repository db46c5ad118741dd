import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptSupplyOrder } from "@/lib/services/supply-order/accept";
import { rejectSupplyOrder } from "@/lib/services/supply-order/reject";
import { codeOf, race } from "../factories/fulfilment";
import { addVendor, auditActionsOf, makeOrderingWorld, outboxCount, placeOrder, supplyOrdersOf, vendorOf } from "../factories/workflow";

const REASON = "Raw material not available this month";

async function placedWithOne(opts: Parameters<typeof makeOrderingWorld>[1] = {}) {
  const world = await makeOrderingWorld(db, opts);
  const placed = await placeOrder(world, { quantity: 10 });
  const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
  return { world, placed, so, vendor: vendorOf(world, so) };
}

describe("acceptSupplyOrder", () => {
  it("moves to READY_TO_DISPATCH, tells the buyer, audits and issues the supply-order document", async () => {
    const { world, so, vendor } = await placedWithOne();
    expect(await acceptSupplyOrder(vendor.actor, { supplyOrderId: so.id })).toEqual({ status: "READY_TO_DISPATCH" });
    const stored = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } });
    expect(stored.status).toBe("READY_TO_DISPATCH");
    expect(stored.acceptedAt).not.toBeNull();
    expect(await auditActionsOf(db, so.id)).toEqual(["supplyOrder.allocate", "supplyOrder.accept"]);
    expect(await outboxCount(db, world.buyer.id, "supplyOrder.accepted")).toBe(2);
    expect(await db.document.count({ where: { kind: "SUPPLY_ORDER", entityId: so.id } })).toBe(1);
  });

  it("waits for a pre-dispatch inspection assigned automatically when the item needs one", async () => {
    const { world, so, vendor } = await placedWithOne({ preDispatchInspection: true });
    expect(await acceptSupplyOrder(vendor.actor, { supplyOrderId: so.id })).toEqual({ status: "AWAITING_PRE_INSPECTION" });
    const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id } });
    expect(inspection).toMatchObject({ kind: "PRE", status: "ASSIGNED", inspectorId: world.inspector.id });
  });

  it("is the vendor's own: another vendor gets NOT_FOUND, a buyer FORBIDDEN, a second accept CONFLICT", async () => {
    const { world, so, vendor } = await placedWithOne();
    const stranger = await addVendor(db, world);
    expect(codeOf(await acceptSupplyOrder(stranger.actor, { supplyOrderId: so.id }).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await acceptSupplyOrder(world.buyerActor, { supplyOrderId: so.id }).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await acceptSupplyOrder(vendor.actor, { supplyOrderId: "not-a-uuid" }).catch((e) => e))).toBe("NOT_FOUND");
    await acceptSupplyOrder(vendor.actor, { supplyOrderId: so.id });
    expect(codeOf(await acceptSupplyOrder(vendor.actor, { supplyOrderId: so.id }).catch((e) => e))).toBe("CONFLICT");
  });

  it("cannot accept after the deadline", async () => {
    const { so, vendor } = await placedWithOne();
    await db.supplyOrder.update({ where: { id: so.id }, data: { acceptBy: new Date(Date.now() - 1000) } });
    const error = await acceptSupplyOrder(vendor.actor, { supplyOrderId: so.id }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "errors.supplyOrder.acceptDeadlinePassed" });
  });

  it("lets exactly one of 20 concurrent acceptances through", async () => {
    const { so, vendor } = await placedWithOne();
    const { successes, failures } = await race(20, () => acceptSupplyOrder(vendor.actor, { supplyOrderId: so.id }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    expect((await auditActionsOf(db, so.id)).filter((a) => a === "supplyOrder.accept")).toHaveLength(1);
  });
});

describe("rejectSupplyOrder", () => {
  it("reallocates to the next vendor, never back to the one that declined, and tells everyone", async () => {
    const { world, placed, so, vendor } = await placedWithOne({ vendors: [{ price: 250_000n }, { price: 260_000n }] });
    const result = await rejectSupplyOrder(vendor.actor, { supplyOrderId: so.id, reason: REASON });
    expect(result.supplyOrders).toHaveLength(1);
    expect(result.unfulfilled).toEqual([]);

    const [old, replacement] = await supplyOrdersOf(db, placed.purchaseOrderId);
    expect(old).toMatchObject({ status: "REJECTED", rejectReason: REASON });
    expect(replacement).toMatchObject({ status: "AWAITING_ACCEPTANCE", vendorId: world.vendors[1].id, replacesId: old.id });
    expect(replacement.lines[0]).toMatchObject({ quantity: 10, unitPricePaise: 260_000n });
    expect(await auditActionsOf(db, so.id)).toEqual(["supplyOrder.allocate", "supplyOrder.reject", "supplyOrder.reallocate"]);
    expect(await outboxCount(db, world.buyer.id, "supplyOrder.rejected")).toBe(2);
    expect(await outboxCount(db, world.buyer.id, "supplyOrder.reallocated")).toBe(2);
    expect(await outboxCount(db, world.vendors[1].user.id, "supplyOrder.created")).toBe(2);

    // Budget follows the dearer vendor: released for the old order, blocked for the new one.
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } });
    expect(po.blockedPaise).toBe(replacement.valuePaise + replacement.gstPaise);
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(po.blockedPaise);

    // The second vendor declines too: nobody is left, the line is unfulfilled and the order settles.
    const last = await rejectSupplyOrder(world.vendors[1].actor, { supplyOrderId: replacement.id, reason: REASON });
    expect(last).toMatchObject({ supplyOrders: [], unfulfilled: [{ quantity: 10 }] });
    const settled = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: true } });
    expect(settled).toMatchObject({ status: "CANCELLED", blockedPaise: 0n });
    expect(settled.lines[0]).toMatchObject({ status: "UNFULFILLED", unfulfilledQty: 10 });
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(0n);
    expect(await outboxCount(db, world.buyer.id, "purchaseOrder.lineUnfulfilled")).toBe(2);
    expect(await auditActionsOf(db, placed.purchaseOrderId)).toEqual(["purchaseOrder.place", "purchaseOrder.cancel"]);
  });

  it("leaves the quantity unfulfilled when the budget head cannot cover a dearer vendor", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 400_000n }], allottedPaise: 3_000_000n });
    const placed = await placeOrder(world, { quantity: 10 });
    const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
    const result = await rejectSupplyOrder(vendorOf(world, so).actor, { supplyOrderId: so.id, reason: REASON });
    expect(result).toMatchObject({ supplyOrders: [], budgetShort: true, unfulfilled: [{ quantity: 10 }] });
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(0n);
  });

  it("needs a reason, is the vendor's own, and only once", async () => {
    const { world, so, vendor } = await placedWithOne({ vendors: [{}, {}] });
    const missing = await rejectSupplyOrder(vendor.actor, { supplyOrderId: so.id, reason: " " }).catch((e: AppError) => e);
    expect(missing).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: ["errors.required"] } });
    const stranger = await addVendor(db, world);
    expect(codeOf(await rejectSupplyOrder(stranger.actor, { supplyOrderId: so.id, reason: REASON }).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await rejectSupplyOrder(world.financeActor, { supplyOrderId: so.id, reason: REASON }).catch((e) => e))).toBe("FORBIDDEN");

    const { successes, failures } = await race(20, () => rejectSupplyOrder(vendor.actor, { supplyOrderId: so.id, reason: REASON }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    expect(await db.supplyOrder.count({ where: { replacesId: so.id } })).toBe(1);
  });
});
