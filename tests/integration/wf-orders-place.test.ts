import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildDocument } from "@/lib/documents/facts";
import { documentHash } from "@/lib/documents/issue";
import { AppError } from "@/lib/errors";
import { actorOf, makeOffice, makeUser } from "../factories";
import { codeOf, race } from "../factories/fulfilment";
import { addVendor, auditActionsOf, makeItem, makeOrderingWorld, outboxCount, placeOrder, supplyOrdersOf } from "../factories/workflow";

const landed = (unit: bigint, qty: number) => {
  const value = unit * BigInt(qty);
  return value + (value * 1800n + 5000n) / 10000n;
};

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("placePurchaseOrder", () => {
  it("allocates to L1, blocks the budget, numbers the orders, tells vendor and buyer, audits and issues the PO document", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 260_000n }, { price: 250_000n }] });
    const placed = await placeOrder(world, { quantity: 10 });
    expect(placed.replayed).toBe(false);
    expect(placed.number).toMatch(/^PO\/\d{4}-\d{2}\/\d{6}$/);

    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: true } });
    expect(po).toMatchObject({ status: "OPEN", officeId: world.office.id, policyVersionId: world.policy.id, directPurchase: false });
    expect(po.totalPaise).toBe(landed(250_000n, 10));
    expect(po.blockedPaise).toBe(po.totalPaise);
    expect(po.lines[0]).toMatchObject({ status: "ALLOCATED", unfulfilledQty: 0, quantity: 10 });

    const [so] = await supplyOrdersOf(db, po.id);
    expect(so).toMatchObject({ vendorId: world.vendors[1].id, status: "AWAITING_ACCEPTANCE", valuePaise: 2_500_000n, gstPaise: 450_000n, intraState: true });
    expect(so.number).toMatch(/^SO\/\d{4}-\d{2}\/\d{6}$/);
    expect(so.acceptBy.getTime() - so.createdAt.getTime()).toBe(3 * 86_400_000);
    expect(so.lines[0]).toMatchObject({ quantity: 10, unitPricePaise: 250_000n, rank: 1, offerId: world.vendors[1].offerId });
    expect(so.lines[0].allocationReason).toMatchObject({ rule: "L1", eligibleCount: 2 });

    const head = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(head.blockedPaise).toBe(po.totalPaise);

    expect(await auditActionsOf(db, po.id)).toContain("purchaseOrder.place");
    expect(await auditActionsOf(db, so.id)).toEqual(["supplyOrder.allocate"]);
    expect(await outboxCount(db, world.vendors[1].user.id, "supplyOrder.created")).toBe(2); // e-mail and in-app: test users have no mobile
    expect(await outboxCount(db, world.vendors[0].user.id, "supplyOrder.created")).toBe(0);
    expect(await outboxCount(db, world.buyer.id, "purchaseOrder.allocated")).toBe(2);
    // The document is built from what the service held; it must state what the stored rows say.
    const document = await db.document.findUniqueOrThrow({ where: { kind_entityId: { kind: "PURCHASE_ORDER", entityId: po.id } } });
    const rebuilt = await db.$transaction((tx) => buildDocument(tx, "PURCHASE_ORDER", po.id, document.createdAt));
    expect(document.facts).toEqual(rebuilt.facts);
    expect(document.sha256).toBe(documentHash({ kind: "PURCHASE_ORDER", entityId: po.id, number: po.number, facts: rebuilt.facts }));
    const events = await db.auditEvent.findMany({ where: { purchaseOrderId: po.id }, orderBy: { seq: "asc" }, select: { action: true, entityId: true } });
    expect(events).toEqual([
      { action: "purchaseOrder.place", entityId: po.id },
      { action: "supplyOrder.allocate", entityId: so.id },
      { action: "document.issue", entityId: document.id },
    ]);
  });

  it("splits by capacity into one supply order per vendor and marks the rest unfulfilled", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n, capacity: 6 }, { price: 255_000n, capacity: 3 }] });
    const placed = await placeOrder(world, { quantity: 12 });
    const sos = await supplyOrdersOf(db, placed.purchaseOrderId);
    expect(sos.map((so) => [so.vendorId, so.lines[0].quantity, (so.lines[0].allocationReason as { rule: string }).rule])).toEqual([
      [world.vendors[0].id, 6, "L1"],
      [world.vendors[1].id, 3, "L1_CAPACITY_REMAINDER"],
    ]);
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: true } });
    expect(po.lines[0]).toMatchObject({ status: "PARTLY_UNFULFILLED", unfulfilledQty: 3 });
    expect(po.totalPaise).toBe(landed(250_000n, 6) + landed(255_000n, 3));
    expect(await outboxCount(db, world.buyer.id, "purchaseOrder.lineUnfulfilled")).toBe(2);

    // Capacity is per calendar month: the next order finds both vendors full.
    const again = await errorOf(placeOrder(world, { quantity: 1 }));
    expect(again.code).toBe("VALIDATION");
    expect(again.fieldErrors[`item.${world.item.id}`]).toEqual(["errors.purchaseOrder.noEligibleOffer"]);
  });

  it("refuses an order the budget head cannot cover, saying how much is free, and blocks nothing", async () => {
    const world = await makeOrderingWorld(db, { allottedPaise: 1_000_000n });
    const error = await errorOf(placeOrder(world, { quantity: 10 }));
    expect(error.code).toBe("BUDGET_EXCEEDED");
    expect(error.params).toMatchObject({ available: "10,000.00", needed: "29,500.00" });
    expect(await db.purchaseOrder.count({ where: { officeId: world.office.id } })).toBe(0);
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(0n);
  });

  it("serves a matching local MSE before a cheaper out-of-state L1 for a non-reserved item, at L1's price", async () => {
    const world = await makeOrderingWorld(db, { reserved: false, vendors: [{ price: 200_000n, local: false }, { price: 220_000n }] });
    const placed = await placeOrder(world, { quantity: 5 });
    const [so] = await supplyOrdersOf(db, placed.purchaseOrderId);
    expect(so.vendorId).toBe(world.vendors[1].id);
    expect(so.lines[0]).toMatchObject({ unitPricePaise: 200_000n, offerPricePaise: 220_000n });
    expect((so.lines[0].allocationReason as { rule: string }).rule).toBe("MSE_PREFERENCE_MATCH_L1");
  });

  it("lets the buyer pick an eligible offer below the direct-purchase limit, recording the cheaper one passed over", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 100_000n }, { price: 120_000n }] });
    const placed = await placeOrder(world, { lines: [{ itemId: world.item.id, quantity: 2, chosenOfferId: world.vendors[1].offerId }] });
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: true } });
    expect(po.directPurchase).toBe(true);
    expect(po.lines[0].chosenOfferId).toBe(world.vendors[1].offerId);
    expect(po.lines[0].passedOver).toEqual([expect.objectContaining({ offerId: world.vendors[0].offerId })]);
    const [so] = await supplyOrdersOf(db, po.id);
    expect(so.vendorId).toBe(world.vendors[1].id);

    const tooBig = await errorOf(placeOrder(world, { lines: [{ itemId: world.item.id, quantity: 50, chosenOfferId: world.vendors[1].offerId }] }));
    expect(tooBig.messageKey).toBe("errors.purchaseOrder.directPurchaseNotAllowed");
  });

  it("validates the form per field", async () => {
    const world = await makeOrderingWorld(db);
    const { placePurchaseOrder } = await import("@/lib/services/purchase-order/place-purchase-order");
    const error = await errorOf(placePurchaseOrder(world.buyerActor, { budgetHeadId: "", consigneeOfficeId: world.office.id, deliverBy: "2020-01-01", lines: [] }));
    expect(error.fieldErrors).toMatchObject({
      budgetHeadId: ["errors.required"], deliverBy: ["errors.purchaseOrder.deliverByPast"], lines: ["errors.purchaseOrder.emptyCart"],
    });
    const lead = await errorOf(placeOrder(world, { deliverInDays: 2 }));
    expect(lead.fieldErrors[`item.${world.item.id}`]).toEqual(["errors.purchaseOrder.noEligibleOffer"]);
  });

  it("is for buyers only, and another office's budget head is not this buyer's to use", async () => {
    const world = await makeOrderingWorld(db);
    expect(codeOf(await placeOrder(world, { actor: world.financeActor }).catch((e) => e))).toBe("FORBIDDEN");
    const otherOffice = await makeOffice(db, { districtId: world.district.id });
    const stranger = actorOf(await makeUser(db, "BUYER", { officeId: otherOffice.id }));
    const error = await errorOf(placeOrder(world, { actor: stranger }));
    expect(error.fieldErrors.budgetHeadId).toEqual(["errors.purchaseOrder.budgetHeadUnknown"]);
  });

  it("places one order for 20 concurrent submits of the same form", async () => {
    const world = await makeOrderingWorld(db);
    const key = crypto.randomUUID();
    const { successes, failures } = await race(20, () => placeOrder(world, { quantity: 2, idempotencyKey: key }));
    expect(failures).toEqual([]);
    expect(new Set(successes.map((s) => s.purchaseOrderId)).size).toBe(1);
    expect(successes.filter((s) => !s.replayed)).toHaveLength(1);
    expect(await db.purchaseOrder.count({ where: { officeId: world.office.id } })).toBe(1);
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(landed(250_000n, 2));
  });

  it("never awards more than a vendor's monthly capacity, however many orders race for it", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ capacity: 10 }] });
    const { successes, failures } = await race(8, () => placeOrder(world, { quantity: 3 }));
    const awarded = await db.supplyOrderLine.aggregate({ where: { offerId: world.vendors[0].offerId }, _sum: { quantity: true } });
    // 3 + 3 + 3 + the last 1 (partly unfulfilled); everyone after finds no capacity.
    expect(awarded._sum.quantity).toBe(10);
    expect(successes).toHaveLength(4);
    expect(failures).toEqual(Array(4).fill("VALIDATION"));
  });

  it("numbers purchase orders consecutively without gaps when one is refused", async () => {
    const world = await makeOrderingWorld(db, { allottedPaise: 100_000_000n });
    const first = await placeOrder(world, { quantity: 1 });
    await errorOf(placeOrder(world, { quantity: 1000 }));
    const second = await placeOrder(world, { quantity: 1 });
    const n = (s: string) => Number(s.split("/")[2]);
    expect(n(second.number)).toBe(n(first.number) + 1);
  });

  it("allocates each line of a two-item order among that item's own offers, or names the line nobody can supply", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 240_000n }] });
    const chairs = await makeItem(db, world.category.id, { gstRateBp: 1200 });
    const chairMaker = await addVendor(db, world, { price: 80_000n }, chairs.id);
    await addVendor(db, world, { price: 85_000n }, chairs.id);
    const placed = await placeOrder(world, { lines: [{ itemId: world.item.id, quantity: 4 }, { itemId: chairs.id, quantity: 6 }] });

    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    expect(po.lines.map((l) => [l.itemId, l.quantity, l.status])).toEqual([[world.item.id, 4, "ALLOCATED"], [chairs.id, 6, "ALLOCATED"]]);
    const sos = await supplyOrdersOf(db, po.id);
    const byVendor = new Map(sos.map((so) => [so.vendorId, so]));
    expect([...byVendor.keys()].sort()).toEqual([world.vendors[1].id, chairMaker.id].sort());
    expect(byVendor.get(world.vendors[1].id)!.lines.map((l) => [l.offerId, l.quantity, l.unitPricePaise])).toEqual([[world.vendors[1].offerId, 4, 240_000n]]);
    expect(byVendor.get(chairMaker.id)!.lines.map((l) => [l.offerId, l.quantity, l.unitPricePaise])).toEqual([[chairMaker.offerId, 6, 80_000n]]);
    // Each line at its own GST rate: 18 % on the tables, 12 % on the chairs.
    expect(po.totalPaise).toBe(landed(240_000n, 4) + 480_000n + (480_000n * 1200n + 5000n) / 10000n);

    // An item no offer serves stops the order with an error on that line only, and writes nothing.
    const unserved = await makeItem(db, world.category.id);
    const before = await db.purchaseOrder.count({ where: { officeId: world.office.id } });
    const error = await errorOf(placeOrder(world, { lines: [{ itemId: world.item.id, quantity: 1 }, { itemId: unserved.id, quantity: 1 }] }));
    expect(error.messageKey).toBe("errors.purchaseOrder.linesUnallocated");
    expect(error.fieldErrors).toEqual({ [`item.${unserved.id}`]: ["errors.purchaseOrder.noEligibleOffer"] });
    expect(await db.purchaseOrder.count({ where: { officeId: world.office.id } })).toBe(before);
  });
});
