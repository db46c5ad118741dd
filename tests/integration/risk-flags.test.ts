import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeRiskFlags } from "@/lib/services/risk/compute-risk-flags";
import { makeFulfilmentWorld, type FulfilmentWorld } from "../factories/fulfilment";
import { makePurchaseOrder, makeVendor, type SupplyOrderSpec } from "../factories/orders";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/** A purchase order of the world's item with one supply order (quantity × ₹2,500 + 18 % GST by default). */
const order = (w: FulfilmentWorld, ago: number, spec: SupplyOrderSpec = {}) =>
  makePurchaseOrder(db, w, { createdAt: daysAgo(ago), supplyOrders: [{ vendor: w.vendor, status: "CLOSED", quantity: 20, ...spec }] });

const flagsOf = (where: { officeId?: string; vendorId?: string; itemId?: string }) =>
  db.riskFlag.findMany({ where, orderBy: { flaggedAt: "asc" }, include: { purchaseOrder: { select: { number: true } } } });

// Seeded worlds, each with its own office, district and item, so each flag's numbers are its own.
const split = await makeFulfilmentWorld(db);
const price = await makeFulfilmentWorld(db);
const concentration = await makeFulfilmentWorld(db);
const rejections = await makeFulfilmentWorld(db);
const late = await makeFulfilmentWorld(db);

// Order splitting: 8 × ₹2,950 = ₹23,600 a time, under the ₹50,000 limit; three within 30 days.
await order(split, 80, { quantity: 8 });
await order(split, 10, { quantity: 8 });
await order(split, 5, { quantity: 8 });
const thirdSplit = await order(split, 2, { quantity: 8 });
// Price outlier: five awards at ₹2,500 and one at ₹5,000 in the same district, months apart.
for (const ago of [10, 50, 90, 130, 170]) await order(price, ago);
const dear = await order(price, 200, { unitPricePaise: 500_000n });
// Vendor concentration: four of five accepted supply orders to one vendor.
const other = await makeVendor(db, { districtId: concentration.districtId });
for (const ago of [10, 50, 90, 130]) await order(concentration, ago);
await order(concentration, 170, { vendor: other });
// Repeated rejections: three post-dispatch inspections that rejected goods (and one that did not).
for (const ago of [20, 60, 100]) await order(rejections, ago, { status: "BILLED", rejectedQty: 2, dueInDays: 5 });
await order(rejections, 140, { status: "BILLED", dueInDays: 5 });
// Late payment: three of four bills paid after the due date.
for (const ago of [20, 60, 100]) await order(late, ago, { paidDaysAfterDue: 6 });
await order(late, 140, { paidDaysAfterDue: 0 });

const run = await computeRiskFlags(db);

describe("computeRiskFlags", () => {
  it("flags order splitting on the order that takes the window's total over the direct-purchase limit", async () => {
    const flags = await flagsOf({ officeId: split.office.id });
    expect(flags.map((f) => f.kind)).toEqual(["ORDER_SPLITTING"]);
    expect(flags[0]).toMatchObject({ purchaseOrderId: thirdSplit.purchaseOrder.id, itemId: split.item.id });
    expect(flags[0].facts).toEqual({
      orders: 3, totalPaise: "7080000", limitPaise: "5000000", windowDays: 30, itemCode: split.item.code,
      orderNumbers: expect.arrayContaining([thirdSplit.purchaseOrder.number]),
    });
  });

  it("flags a unit price far above the item's median award in the district", async () => {
    const flags = await flagsOf({ itemId: price.item.id });
    expect(flags.map((f) => f.kind)).toEqual(["PRICE_OUTLIER"]);
    expect(flags[0]).toMatchObject({ purchaseOrderId: dear.purchaseOrder.id, vendorId: price.vendor.id, officeId: price.office.id });
    expect(flags[0].facts).toMatchObject({ unitPaise: "500000", medianPaise: "250000", scope: "DISTRICT", samples: 6, aboveBp: 10000, thresholdBp: 5000 });
  });

  it("flags one vendor's share of an office's spend above the threshold", async () => {
    const flags = await flagsOf({ officeId: concentration.office.id });
    expect(flags.map((f) => [f.kind, f.vendorId])).toEqual([["VENDOR_CONCENTRATION", concentration.vendor.id]]);
    expect(flags[0].facts).toMatchObject({ shareBp: 8000, thresholdBp: 5000, orders: 4, vendorPaise: "23600000", officePaise: "29500000" });
  });

  it("flags a vendor whose goods were rejected at inspection repeatedly", async () => {
    const flags = await flagsOf({ vendorId: rejections.vendor.id });
    expect(flags.map((f) => f.kind)).toEqual(["REPEATED_REJECTIONS"]);
    expect(flags[0].facts).toMatchObject({ rejections: 3, postRejected: 3, preFailed: 0, inspections: 4, threshold: 3 });
  });

  it("flags an office that pays late", async () => {
    const flags = await flagsOf({ officeId: late.office.id });
    expect(flags.map((f) => f.kind)).toEqual(["LATE_PAYMENT"]);
    expect(flags[0].facts).toMatchObject({ late: 3, bills: 4, shareBp: 7500, thresholdBp: 2500, avgDaysLate: 6, unpaidOverdue: 0 });
  });

  it("recomputes without duplicating, keeps a review, and audits what it added", async () => {
    // The price world's six orders all went to its one vendor: a second concentration flag.
    expect(run.added).toEqual({ ORDER_SPLITTING: 1, PRICE_OUTLIER: 1, VENDOR_CONCENTRATION: 2, REPEATED_REJECTIONS: 1, LATE_PAYMENT: 1 });
    const before = await db.riskFlag.findMany({ orderBy: { id: "asc" } });
    await db.riskFlag.update({ where: { id: before[0].id }, data: { reviewedAt: new Date(), reviewNote: "Checked" } });
    const again = await computeRiskFlags(db);
    expect(again.added).toEqual({ ORDER_SPLITTING: 0, PRICE_OUTLIER: 0, VENDOR_CONCENTRATION: 0, REPEATED_REJECTIONS: 0, LATE_PAYMENT: 0 });
    expect(again.found).toEqual(run.found);
    const after = await db.riskFlag.findMany({ orderBy: { id: "asc" } });
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after[0]).toMatchObject({ reviewNote: "Checked", flaggedAt: before[0].flaggedAt });
    const audits = await db.auditEvent.findMany({ where: { action: "riskFlag.compute" } });
    expect(audits).toHaveLength(5);
  });
});
