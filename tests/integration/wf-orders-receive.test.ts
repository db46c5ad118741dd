import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "manak-uploads-"));

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordDispatch } from "@/lib/services/dispatch/record-dispatch";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { releasePayment } from "@/lib/services/payment/release-payment";
import { cancelSupplyOrder } from "@/lib/services/supply-order/cancel";
import { deductRejected } from "@/lib/services/supply-order/deduct-rejected";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { actorOf, makeOffice, makeUser } from "../factories";
import { codeOf, dispatchForm, postInspectionForm, race, SAMPLE_FILES } from "../factories/fulfilment";
import {
  acceptAll, auditActionsOf, makeOrderingWorld, outboxCount, placeOrder, receiptForm, supplyOrdersOf, vendorOf,
  type OrderingWorld,
} from "../factories/workflow";

async function dispatched(world: OrderingWorld, quantity = 10) {
  const placed = await placeOrder(world, { quantity });
  const [accepted] = await acceptAll(db, world, placed.purchaseOrderId);
  const vendor = vendorOf(world, accepted);
  await recordDispatch(vendor.actor, dispatchForm(accepted.id, accepted.lines.map((l) => ({ id: l.id, quantity: l.quantity }))));
  const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
  return { placed, so, vendor };
}

const strangerBuyer = async (world: OrderingWorld) => actorOf(await makeUser(db, "BUYER", { officeId: (await makeOffice(db, { districtId: world.district.id })).id }));

describe("recordReceipt", () => {
  it("records what arrived with a photo, assigns the post-dispatch inspection and tells the vendor", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await dispatched(world);
    const result = await recordReceipt(world.buyerActor, receiptForm(so, { remarks: "Two cartons slightly wet" }), [SAMPLE_FILES.jpeg]);
    expect(result.replayed).toBe(false);

    const stored = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { lines: true, receipts: { include: { photos: true } }, inspections: true } });
    expect(stored.status).toBe("RECEIVED");
    expect(stored.deliveredAt).not.toBeNull();
    expect(stored.lines[0].receivedQty).toBe(10);
    expect(stored.receipts[0]).toMatchObject({ remarks: "Two cartons slightly wet", recordedById: world.buyer.id });
    expect(stored.receipts[0].photos).toHaveLength(1);
    expect(stored.inspections).toEqual([expect.objectContaining({ kind: "POST", status: "ASSIGNED", inspectorId: world.inspector.id })]);
    expect(await auditActionsOf(db, so.id)).toContain("supplyOrder.receive");
    expect(await outboxCount(db, vendor.user.id, "supplyOrder.received")).toBe(2);
  });

  it("checks quantities and dates per field, and keeps the order DISPATCHED", async () => {
    const world = await makeOrderingWorld(db);
    const { so } = await dispatched(world);
    const error = await recordReceipt(world.buyerActor, receiptForm(so, { receivedOn: "2099-01-01", quantities: { [so.lines[0].id]: "11" } })).catch((e: AppError) => e);
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { receivedOn: ["errors.receipt.future"], [`quantities.${so.lines[0].id}`]: ["errors.receipt.quantityTooLarge"] },
    });
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("DISPATCHED");
  });

  it("is for the buying or consignee office only, and records one receipt for 20 submits of one form", async () => {
    const world = await makeOrderingWorld(db);
    const { so, vendor } = await dispatched(world);
    expect(codeOf(await recordReceipt(await strangerBuyer(world), receiptForm(so)).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await recordReceipt(vendor.actor, receiptForm(so)).catch((e) => e))).toBe("FORBIDDEN");

    const form = receiptForm(so, { idempotencyKey: crypto.randomUUID() });
    const { successes, failures } = await race(20, () => recordReceipt(world.buyerActor, form));
    expect(failures).toEqual([]);
    expect(new Set(successes.map((s) => s.receiptId)).size).toBe(1);
    expect(await db.receipt.count({ where: { supplyOrderId: so.id } })).toBe(1);
    // Without the key, a second receipt of the same dispatch is a conflict.
    expect(codeOf(await recordReceipt(world.buyerActor, receiptForm(so)).catch((e) => e))).toBe("CONFLICT");
  });
});

describe("the whole order, through to closure", () => {
  it("receive → inspect → bill → pay closes the supply order and the purchase order, and spends the budget", async () => {
    const world = await makeOrderingWorld(db);
    const { placed, so } = await dispatched(world, 4);
    await recordReceipt(world.buyerActor, receiptForm(so));
    const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id, kind: "POST" } });
    const inspected = await recordInspection(world.inspectorActor, { inspectionId: inspection.id, ...postInspectionForm(so.lines[0].id, 4, 0) });
    expect(inspected.supplyOrderStatus).toBe("BILLED");
    const bill = await db.bill.findUniqueOrThrow({ where: { supplyOrderId: so.id } });

    await releasePayment(world.financeActor, { billId: bill.id, bankReference: "SBIN12345678901234", idempotencyKey: crypto.randomUUID() });
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } });
    expect(po).toMatchObject({ status: "CLOSED", blockedPaise: 0n });
    expect(po.closedAt).not.toBeNull();
    const head = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(head.blockedPaise).toBe(0n);
    expect(head.spentPaise).toBe(bill.grossPaise + bill.cgstPaise + bill.sgstPaise + bill.igstPaise - bill.liquidatedDamagesPaise);
    expect((await auditActionsOf(db, po.id)).at(-1)).toBe("purchaseOrder.close");
  });

  it("deducts rejected goods at the buyer's choice: billed for what was accepted", async () => {
    const world = await makeOrderingWorld(db);
    const { so } = await dispatched(world, 10);
    await recordReceipt(world.buyerActor, receiptForm(so));
    const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id, kind: "POST" } });
    await recordInspection(world.inspectorActor, { inspectionId: inspection.id, ...postInspectionForm(so.lines[0].id, 8, 2) });
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("REPLACEMENT_DUE");

    expect(codeOf(await deductRejected(await strangerBuyer(world), { supplyOrderId: so.id }).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await deductRejected(world.financeActor, { supplyOrderId: so.id }).catch((e) => e))).toBe("FORBIDDEN");
    const { successes, failures } = await race(20, () => deductRejected(world.buyerActor, { supplyOrderId: so.id }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    const bill = await db.bill.findUniqueOrThrow({ where: { supplyOrderId: so.id } });
    expect(bill.grossPaise).toBe(8n * 250_000n);
    expect(await auditActionsOf(db, so.id)).toContain("supplyOrder.deductRejected");
  });
});

describe("cancelSupplyOrder", () => {
  it("cancels before dispatch: budget released, pending inspection called off, line and order cancelled, vendor told", async () => {
    const world = await makeOrderingWorld(db, { preDispatchInspection: true });
    const placed = await placeOrder(world, { quantity: 3 });
    const [so] = await acceptAll(db, world, placed.purchaseOrderId);
    expect(so.status).toBe("AWAITING_PRE_INSPECTION");

    await cancelSupplyOrder(world.buyerActor, { supplyOrderId: so.id, reason: "Requirement withdrawn by the department" });
    const stored = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { inspections: true } });
    expect(stored).toMatchObject({ status: "CANCELLED", cancelReason: "Requirement withdrawn by the department" });
    expect(stored.inspections.map((i) => i.status)).toEqual(["CANCELLED"]);
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: true } });
    expect(po).toMatchObject({ status: "CANCELLED", blockedPaise: 0n });
    expect(po.lines[0].status).toBe("CANCELLED");
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(0n);
    expect(await outboxCount(db, vendorOf(world, so).user.id, "supplyOrder.cancelled")).toBe(2);
    expect(await auditActionsOf(db, so.id)).toContain("supplyOrder.cancel");
    // Nothing is reallocated: the buyer no longer wants it.
    expect(await db.supplyOrder.count({ where: { replacesId: so.id } })).toBe(0);
  });

  it("keeps the rest of the order open when only one of two supply orders is cancelled", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ capacity: 5 }, { capacity: 5 }] });
    const placed = await placeOrder(world, { quantity: 10 });
    const [first] = await supplyOrdersOf(db, placed.purchaseOrderId);
    await cancelSupplyOrder(world.buyerActor, { supplyOrderId: first.id, reason: "Only half is needed now" });
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: true } });
    expect(po.status).toBe("OPEN");
    expect(po.lines[0].status).toBe("ALLOCATED");
  });

  it("is refused after dispatch, for another office, for a vendor, and more than once", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{}, {}] });
    const { so } = await dispatched(world);
    const reason = { supplyOrderId: so.id, reason: "No longer required" };
    expect(await cancelSupplyOrder(world.buyerActor, reason).catch((e: AppError) => e)).toMatchObject({ code: "CONFLICT" });

    const placed = await placeOrder(world, { quantity: 1 });
    const [fresh] = await supplyOrdersOf(db, placed.purchaseOrderId);
    const again = { supplyOrderId: fresh.id, reason: "No longer required" };
    expect(codeOf(await cancelSupplyOrder(await strangerBuyer(world), again).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await cancelSupplyOrder(vendorOf(world, fresh).actor, again).catch((e) => e))).toBe("FORBIDDEN");
    const { successes, failures } = await race(20, () => cancelSupplyOrder(world.buyerActor, again));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
  });
});
