import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeRiskFlags } from "@/lib/services/risk/compute-risk-flags";
import { makeFulfilmentWorld, race, codeOf, type FulfilmentWorld } from "../factories/fulfilment";
import { actorOf, makeUser } from "../factories";
import { listRegister } from "@/lib/queries/register";
import { riskFlagCounts, riskFlagsForOrder, riskFlagsForVendor, listRiskFlags, getRiskFlag } from "@/lib/queries/risk-flags";
import { ocdsReleaseFor } from "@/lib/queries/ocds";
import { reviewRiskFlag } from "@/lib/services/risk/review-risk-flag";
import { ocdsReleaseSchema } from "../support/ocds-schema";
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

describe("risk flags in public", () => {
  it("filters the order register by flag and marks flagged orders", async () => {
    const page = await listRegister({ flag: "ORDER_SPLITTING" });
    expect(page.rows.map((r) => r.id)).toEqual([thirdSplit.purchaseOrder.id]);
    expect(page.rows[0].riskFlagKinds).toEqual(["ORDER_SPLITTING"]);
    const any = await listRegister({ flag: "any" }, null, 100);
    expect(any.rows.map((r) => r.id).sort()).toEqual([thirdSplit.purchaseOrder.id, dear.purchaseOrder.id].sort());
  });

  it("shows an order its own flags, its office's and its vendors'", async () => {
    const own = await riskFlagsForOrder({ id: thirdSplit.purchaseOrder.id, officeId: split.office.id, vendorIds: [split.vendor.id] });
    expect(own.map((f) => f.kind)).toEqual(["ORDER_SPLITTING"]);
    const lateOrder = await db.purchaseOrder.findFirstOrThrow({ where: { officeId: late.office.id } });
    expect((await riskFlagsForOrder({ id: lateOrder.id, officeId: late.office.id, vendorIds: [late.vendor.id] })).map((f) => f.kind)).toEqual(["LATE_PAYMENT"]);
    const rejected = await db.purchaseOrder.findFirstOrThrow({ where: { officeId: rejections.office.id } });
    expect((await riskFlagsForOrder({ id: rejected.id, officeId: rejections.office.id, vendorIds: [rejections.vendor.id] })).map((f) => f.kind)).toEqual(["REPEATED_REJECTIONS"]);
  });

  it("shows a vendor's flags on its scorecard, counts for the dashboard, and a filtered keyset list", async () => {
    expect((await riskFlagsForVendor(rejections.vendor.id)).map((f) => f.kind)).toEqual(["REPEATED_REJECTIONS"]);
    expect((await riskFlagsForVendor(price.vendor.id)).map((f) => f.kind).sort()).toEqual(["PRICE_OUTLIER", "VENDOR_CONCENTRATION"]);
    const counts = await riskFlagCounts();
    expect(counts).toMatchObject({ ORDER_SPLITTING: { total: 1 }, PRICE_OUTLIER: { total: 1 }, VENDOR_CONCENTRATION: { total: 2 }, REPEATED_REJECTIONS: { total: 1 }, LATE_PAYMENT: { total: 1 } });
    const first = await listRiskFlags({}, null, 4);
    const second = await listRiskFlags({}, first.nextCursor, 4);
    expect(first.rows).toHaveLength(4);
    expect(second.rows).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((f) => f.id)).size).toBe(6);
    expect((await listRiskFlags({ kind: "LATE_PAYMENT" })).rows).toHaveLength(1);
  });

  it("publishes the order's flags in its OCDS release with an English explanation and the numbers", async () => {
    const release = await ocdsReleaseFor(thirdSplit.purchaseOrder.number);
    expect(ocdsReleaseSchema.safeParse(release).success).toBe(true);
    expect(release!.riskFlags).toHaveLength(1);
    expect(release!.riskFlags[0]).toMatchObject({ type: "ORDER_SPLITTING", details: { orders: 3, totalPaise: "7080000" } });
    expect(release!.riskFlags[0].description).toContain("placed 3 orders");
    expect(release!.riskFlags[0].description).toContain("₹70,800.00");
    expect(release!.riskFlags[0].description).toContain("₹50,000.00");
  });
});

describe("reviewRiskFlag", () => {
  const failure = (p: Promise<unknown>) => p.then(() => "ok", codeOf);

  it("marks a flag reviewed once, with a public note, audited, and tells the office; the flag stays public", async () => {
    const admin = actorOf(await makeUser(db, "ADMIN"));
    const flag = await db.riskFlag.findFirstOrThrow({ where: { kind: "LATE_PAYMENT", officeId: late.office.id } });
    expect(await failure(reviewRiskFlag(late.buyerActor, { flagId: flag.id, note: "Looked into it" }))).toBe("FORBIDDEN");
    expect(await failure(reviewRiskFlag(null, { flagId: flag.id, note: "Looked into it" }))).toBe("UNAUTHENTICATED");
    expect(await failure(reviewRiskFlag(admin, { flagId: flag.id, note: "no" }))).toBe("VALIDATION");
    expect(await failure(reviewRiskFlag(admin, { flagId: "0190f0f0-0000-7000-8000-000000000000", note: "Looked into it" }))).toBe("NOT_FOUND");

    const note = "Bills held for a budget re-appropriation; since paid with interest.";
    const { successes, failures } = await race(2, () => reviewRiskFlag(admin, { flagId: flag.id, note }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(["CONFLICT"]);

    expect(await getRiskFlag(flag.id)).toMatchObject({ kind: "LATE_PAYMENT", reviewNote: note, reviewedAt: expect.any(Date) });
    const audit = await db.auditEvent.findMany({ where: { entityType: "RiskFlag", entityId: flag.id } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([["riskFlag.review", admin.userId]]);
    const told = await db.notification.findMany({ where: { event: "riskFlag.reviewed", channel: "IN_APP" } });
    expect(told.map((n) => n.userId).sort()).toEqual([late.buyer.id, late.finance.id].sort());
    // Reviewed, still listed and counted.
    expect((await listRiskFlags({ kind: "LATE_PAYMENT" })).rows.map((f) => f.id)).toEqual([flag.id]);
    expect((await riskFlagCounts()).LATE_PAYMENT).toEqual({ total: 1, reviewed: 1 });
    expect((await listRiskFlags({ kind: "LATE_PAYMENT", review: "open" })).rows).toEqual([]);
  });
});
