/**
 * Issue 14 ("Money and the law") through the real services: each rule's worked example gives the
 * lawful figure, written here as a literal worked by hand (docs/domain.md shows the working).
 * "Today" is set with the services' clock, so the dates are the issue's own.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { day, fixedClock, istInstant } from "@/lib/domain/time/india";
import { recordReplacementDispatch } from "@/lib/services/dispatch/record-replacement-dispatch";
import { addBankRate } from "@/lib/services/bank-rate/add-bank-rate";
import { generateBill } from "@/lib/services/bill/generate-bill";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { runInspectionDeadlines } from "@/lib/services/inspection/run-inspection-deadlines";
import { releasePayment } from "@/lib/services/payment/release-payment";
import { decideShortfall } from "@/lib/services/supply-order/decide-shortfall";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { changeEnterpriseClass } from "@/lib/services/vendor/change-enterprise-class";
import { codeOf, dispatchForm, makeFulfilmentWorld, makePolicyVersion, makeSupplyOrderIn, postInspectionForm, type FulfilmentWorld } from "../factories/fulfilment";
import { makeVendor } from "../factories/orders";
import { acceptAll, addVendor, makeOrderingWorld, placeOrder, receiptForm, supplyOrdersOf, vendorOf } from "../factories/workflow";
import { recordDispatch } from "@/lib/services/dispatch/record-dispatch";

let world: FulfilmentWorld;
let policy45: { id: string };
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
  policy45 = await makePolicyVersion(db, 45, { paymentDueDays: 45 }, new Date("2025-01-01T00:00:00Z"));
  // The seed's row: 5.75 % from 1 April 2025.
  await db.bankRate.upsert({
    where: { effectiveFrom: day("2025-04-01") },
    update: {},
    create: { effectiveFrom: day("2025-04-01"), rateBp: 575, reason: "seed" },
  });
});

const at = (iso: string, hh = 12) => ({ clock: fixedClock(istInstant(iso, hh)) });
const PLACED_10_FEB = new Date("2026-02-10T06:30:00Z"); // factory: deliver by 12 March, dispatched 20 February

async function dispatchedOn10Feb(quantity: number, unitPricePaise = 250_000n, policyVersionId?: string) {
  const made = await makeSupplyOrderIn(db, world, "DISPATCHED", { createdAt: PLACED_10_FEB, quantity, unitPricePaise });
  if (policyVersionId) await db.supplyOrder.update({ where: { id: made.so.id }, data: { policyVersionId } });
  const so = await db.supplyOrder.findUniqueOrThrow({ where: { id: made.so.id }, include: { lines: true } });
  return { ...made, so };
}

async function receive(soId: string, iso: string, quantities?: Record<string, string>) {
  const so = await db.supplyOrder.findUniqueOrThrow({ where: { id: soId }, include: { lines: true } });
  await recordReceipt(world.buyerActor, receiptForm(so, { receivedOn: iso, ...(quantities ? { quantities } : {}) }), [], at(iso));
  return db.inspection.findFirstOrThrow({ where: { supplyOrderId: soId, kind: "POST", status: "ASSIGNED" } });
}

const inspect = (inspectionId: string, lineId: string, accepted: number, rejected: number, iso: string) =>
  recordInspection(world.inspectorActor, { inspectionId, ...postInspectionForm(lineId, accepted, rejected) }, at(iso));

const pay = (billId: string, iso: string) =>
  releasePayment(world.financeActor, { billId, bankReference: "SBIN202612145678", idempotencyKey: randomUUID() }, at(iso));

describe("due date from the day of acceptance (MSMED Act s.2(b), s.15) and s.16 interest", () => {
  it("delivered 1 March, inspected 25 March, 45-day policy: due 15 April; paid 9 May owes ₹1,357 (was due 9 May, ₹0)", async () => {
    // 40 × ₹2,500 = ₹1,00,000 + 18 % GST = ₹1,18,000, no TDS (below ₹2,50,000).
    const { so } = await dispatchedOn10Feb(40, 250_000n, policy45.id);
    const inspection = await receive(so.id, "2026-03-01");
    const recorded = await inspect(inspection.id, so.lines[0].id, 40, 0, "2026-03-25");
    const bill = await db.bill.findUniqueOrThrow({ where: { id: recorded.billId! } });
    expect(bill).toMatchObject({ netPayablePaise: 11_800_000n, acceptanceKind: "DELIVERY", acceptedOn: day("2026-03-01"), dueDate: day("2026-04-15") });

    const paid = await pay(bill.id, "2026-05-09");
    // ₹1,18,000 × 17.25 % ÷ 12 × 24 ÷ 30 = ₹1,357.00
    expect(paid).toMatchObject({ interestPaise: 135_700n, daysLate: 24, amountPaise: 11_935_700n });
  });

  it("₹10 lakh + 18 % paid 30 days late: interest on ₹11,80,000 before TDS = ₹16,962.50 (was ₹16,675 on the net)", async () => {
    const { bill } = await makeSupplyOrderIn(db, world, "BILLED", { quantity: 400, unitPricePaise: 250_000n });
    expect(bill).toMatchObject({ tdsCgstPaise: 1_000_000n, tdsSgstPaise: 1_000_000n, netPayablePaise: 116_000_000n });
    await db.bill.update({ where: { id: bill!.id }, data: { dueDate: day("2026-01-01") } });
    const paid = await pay(bill!.id, "2026-01-31");
    expect(paid).toMatchObject({ interestPaise: 1_696_250n, amountPaise: 117_696_250n, daysLate: 30 });
  });

  it("a medium enterprise is owed no s.16 interest, however late", async () => {
    const medium = await makeVendor(db, { districtId: world.districtId, enterpriseClass: "MEDIUM" });
    const { bill } = await makeSupplyOrderIn(db, world, "BILLED", { vendor: medium, dueInDays: -40 });
    const paid = await releasePayment(world.financeActor, { billId: bill!.id, bankReference: "SBIN202612145679", idempotencyKey: randomUUID() });
    expect(paid).toMatchObject({ interestPaise: 0n, daysLate: 40, amountPaise: bill!.netPayablePaise });
  });

  it("a rejection recorded 19 days after delivery reduces the bill but does not move the due date", async () => {
    const { so } = await dispatchedOn10Feb(10);
    const inspection = await receive(so.id, "2026-03-01");
    const result = await inspect(inspection.id, so.lines[0].id, 8, 2, "2026-03-20");
    expect(result.supplyOrderStatus).toBe("REPLACEMENT_DUE");
    const { billId } = await decideShortfall(world.buyerActor, { supplyOrderId: so.id, decision: "CLOSE_SHORT", reason: "No replacement needed" }, at("2026-03-22"));
    const bill = await db.bill.findUniqueOrThrow({ where: { id: billId } });
    // 8 × ₹2,500 = ₹20,000 + ₹3,600 GST; due 10 days after delivery (11 March), not after 22 March.
    expect(bill).toMatchObject({ grossPaise: 2_000_000n, netPayablePaise: 2_360_000n, acceptanceKind: "DELIVERY", dueDate: day("2026-03-11") });
  });

  it("a rejection within 15 days is an objection: due 10 days after it is removed (the rest closed short on 22 March)", async () => {
    const { so } = await dispatchedOn10Feb(10);
    const inspection = await receive(so.id, "2026-03-01");
    await inspect(inspection.id, so.lines[0].id, 8, 2, "2026-03-05");
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).objectedOn).toEqual(day("2026-03-05"));
    const { billId } = await decideShortfall(world.buyerActor, { supplyOrderId: so.id, decision: "CLOSE_SHORT", reason: "No replacement needed" }, at("2026-03-22"));
    expect(await db.bill.findUniqueOrThrow({ where: { id: billId } })).toMatchObject({
      acceptanceKind: "OBJECTION_REMOVED", acceptedOn: day("2026-03-22"), dueDate: day("2026-04-01"),
    });
  });
});

describe("the scheduler enforces the post-dispatch inspection deadline", () => {
  it("reminds the inspector the day before, escalates to the agency after, and deems the goods accepted after 15 days", async () => {
    const { so } = await dispatchedOn10Feb(10);
    const inspection = await receive(so.id, "2026-03-01");
    const sent = (event: string) => db.notification.count({ where: { event, subject: { contains: so.number } } });

    await runInspectionDeadlines(db, { now: istInstant("2026-03-09") });
    expect(await sent("inspection.deadlineReminder")).toBe(0);
    await runInspectionDeadlines(db, { now: istInstant("2026-03-10") }); // deadline 11 March (10 days after receipt)
    expect(await sent("inspection.deadlineReminder")).toBeGreaterThan(0);
    await runInspectionDeadlines(db, { now: istInstant("2026-03-11") });
    expect(await sent("inspection.escalated")).toBe(0);
    await runInspectionDeadlines(db, { now: istInstant("2026-03-12") });
    const escalations = await sent("inspection.escalated");
    expect(escalations).toBeGreaterThan(0);
    await runInspectionDeadlines(db, { now: istInstant("2026-03-13") });
    expect(await sent("inspection.escalated")).toBe(escalations); // once

    await runInspectionDeadlines(db, { now: istInstant("2026-03-16") }); // day 15: an objection is still possible
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("RECEIVED");
    await runInspectionDeadlines(db, { now: istInstant("2026-03-17") });
    const after = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { bill: true, lines: true } });
    expect(after.status).toBe("BILLED");
    expect(after.deemedAcceptedAt).not.toBeNull();
    expect(after.lines[0].acceptedQty).toBe(10);
    expect(after.bill).toMatchObject({ acceptanceKind: "DELIVERY", acceptedOn: day("2026-03-01"), dueDate: day("2026-03-11"), netPayablePaise: 2_950_000n });
    expect((await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status).toBe("CANCELLED");
    expect(await sent("supplyOrder.deemedAccepted")).toBeGreaterThan(0);
    const actions = (await db.auditEvent.findMany({ where: { entityId: so.id }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toContain("supplyOrder.deemAccept");

    // Running again changes nothing.
    await runInspectionDeadlines(db, { now: istInstant("2026-03-18") });
    expect(await db.bill.count({ where: { supplyOrderId: so.id } })).toBe(1);
  });
});

describe("partial delivery: never billed and closed silently", () => {
  it("6 of 10 arrive on time, the vendor replaces 4 eight days late: LD on the 4 only; due from the replacement's acceptance", async () => {
    const { so, vendorActor } = await dispatchedOn10Feb(10);
    const lineId = so.lines[0].id;
    const first = await receive(so.id, "2026-03-10", { [lineId]: "6" }); // a short receipt, in time: an objection
    const partial = await inspect(first.id, lineId, 6, 0, "2026-03-11");
    expect(partial).toMatchObject({ supplyOrderStatus: "REPLACEMENT_DUE", billId: null }); // was BILLED for 6

    await recordReplacementDispatch(vendorActor, dispatchForm(so.id, [{ id: lineId, quantity: 4 }], { dispatchedOn: "2026-03-15", invoiceDate: "2026-03-15" }));
    const second = await receive(so.id, "2026-03-20"); // deliver-by 12 March: 8 days late = 2 weeks
    const done = await inspect(second.id, lineId, 4, 0, "2026-03-21");
    const bill = await db.bill.findUniqueOrThrow({ where: { id: done.billId! } });
    // Gross 10 × ₹2,500 = ₹25,000; LD 1 % of the 4 late pieces (₹10,000) = ₹100; GST ₹4,500.
    expect(bill).toMatchObject({
      grossPaise: 2_500_000n, liquidatedDamagesPaise: 10_000n, weeksLate: 2, netPayablePaise: 2_940_000n,
      acceptanceKind: "OBJECTION_REMOVED", acceptedOn: day("2026-03-21"), dueDate: day("2026-03-31"),
    });
  });

  it("9 of 10 received and accepted: the buyer closes the rest short with a reason; then paid, the purchase order closes", async () => {
    const ordering = await makeOrderingWorld(db);
    const placed = await placeOrder(ordering, { quantity: 10 });
    const [accepted] = await acceptAll(db, ordering, placed.purchaseOrderId);
    const vendor = vendorOf(ordering, accepted);
    const lineId = accepted.lines[0].id;
    await recordDispatch(vendor.actor, dispatchForm(accepted.id, [{ id: lineId, quantity: 10 }]));
    const [dispatched] = await supplyOrdersOf(db, placed.purchaseOrderId);
    await recordReceipt(ordering.buyerActor, receiptForm(dispatched, { quantities: { [lineId]: "9" } }));
    const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: accepted.id, kind: "POST" } });
    const result = await recordInspection(ordering.inspectorActor, { inspectionId: inspection.id, ...postInspectionForm(lineId, 9, 0) });
    expect(result).toMatchObject({ supplyOrderStatus: "REPLACEMENT_DUE", billId: null });

    const refused = await decideShortfall(ordering.buyerActor, { supplyOrderId: accepted.id, decision: "CLOSE_SHORT", reason: "" }).catch((e) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: ["errors.shortfall.reason"] } });
    expect(codeOf(await decideShortfall(vendor.actor, { supplyOrderId: accepted.id, decision: "CLOSE_SHORT", reason: "x" }).catch((e) => e))).toBe("FORBIDDEN");

    const decided = await decideShortfall(ordering.buyerActor, { supplyOrderId: accepted.id, decision: "CLOSE_SHORT", reason: "One almirah is enough short; budget needed elsewhere" });
    expect(decided).toMatchObject({ quantity: 1, decision: "CLOSE_SHORT" });
    const bill = await db.bill.findUniqueOrThrow({ where: { id: decided.billId } });
    expect(bill.grossPaise).toBe(2_250_000n); // 9 × ₹2,500
    const line = await db.supplyOrderLine.findUniqueOrThrow({ where: { id: lineId } });
    expect(line).toMatchObject({ acceptedQty: 9, shortClosedQty: 1 });
    expect(await db.notification.count({ where: { userId: vendor.user.id, event: "supplyOrder.shortfallDecided" } })).toBeGreaterThan(0);

    await releasePayment(ordering.financeActor, { billId: bill.id, bankReference: "SBIN202612145680", idempotencyKey: randomUUID() });
    expect((await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } })).status).toBe("CLOSED");
  });

  it("'deliver the rest': the missing quantity goes through the normal allocation to the next vendor; the purchase order stays open", async () => {
    const ordering = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 260_000n }] });
    const placed = await placeOrder(ordering, { quantity: 10 });
    const [accepted] = await acceptAll(db, ordering, placed.purchaseOrderId);
    const vendor = vendorOf(ordering, accepted);
    const lineId = accepted.lines[0].id;
    await recordDispatch(vendor.actor, dispatchForm(accepted.id, [{ id: lineId, quantity: 10 }]));
    const [dispatched] = await supplyOrdersOf(db, placed.purchaseOrderId);
    await recordReceipt(ordering.buyerActor, receiptForm(dispatched, { quantities: { [lineId]: "7" } }));
    const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: accepted.id, kind: "POST" } });
    await recordInspection(ordering.inspectorActor, { inspectionId: inspection.id, ...postInspectionForm(lineId, 7, 0) });
    const blockedBefore = (await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } })).blockedPaise;

    const deliverBy = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const decided = await decideShortfall(ordering.buyerActor, { supplyOrderId: accepted.id, decision: "REALLOCATE", deliverBy });
    expect(decided).toMatchObject({ quantity: 3, decision: "REALLOCATE", unfulfilled: 0 });
    expect(decided.reallocatedTo).toHaveLength(1);
    const all = await supplyOrdersOf(db, placed.purchaseOrderId);
    const rest = all.find((s) => s.id !== accepted.id)!;
    expect(rest).toMatchObject({ status: "AWAITING_ACCEPTANCE", vendorId: ordering.vendors[1].id, replacesId: accepted.id });
    expect(rest.lines[0].quantity).toBe(3);
    // Released the missing 3 at ₹2,950 landed, blocked 3 at ₹3,068 landed.
    const blockedAfter = (await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } })).blockedPaise;
    expect(blockedAfter - blockedBefore).toBe(3n * 306_800n - 3n * 295_000n);
    expect((await db.supplyOrderLine.findUniqueOrThrow({ where: { id: lineId } })).reallocatedQty).toBe(3);

    await releasePayment(ordering.financeActor, { billId: decided.billId, bankReference: "SBIN202612145681", idempotencyKey: randomUUID() });
    expect((await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } })).status).toBe("OPEN");
  });
});

describe("GST and GST-TDS on the bill", () => {
  async function receivedAt(gstRateBp: number, quantity: number, unitPricePaise: bigint) {
    const { so, line } = await makeSupplyOrderIn(db, world, "RECEIVED", { quantity, unitPricePaise });
    await db.supplyOrderLine.update({ where: { id: line.id }, data: { gstRateBp } });
    const inspection = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id, kind: "POST", status: "ASSIGNED" } });
    const done = await recordInspection(world.inspectorActor, { inspectionId: inspection.id, ...postInspectionForm(line.id, quantity, 0) });
    return db.bill.findUniqueOrThrow({ where: { id: done.billId! } });
  }

  it("₹3 lakh of a 0 % item: no GST-TDS (was ₹6,000)", async () => {
    const bill = await receivedAt(0, 120, 250_000n);
    expect(bill).toMatchObject({ grossPaise: 30_000_000n, cgstPaise: 0n, tdsCgstPaise: 0n, tdsSgstPaise: 0n, netPayablePaise: 30_000_000n });
  });

  it("₹1.01 at 5 %: CGST = SGST = 3 paise (was 3 and 2)", async () => {
    const bill = await receivedAt(500, 1, 101n);
    expect(bill).toMatchObject({ cgstPaise: 3n, sgstPaise: 3n, netPayablePaise: 107n });
  });

  it("₹2 lakh at 18 % + ₹1 lakh at 0 %: the taxable ₹2 lakh is not above ₹2.5 lakh, no TDS (was ₹6,000)", async () => {
    const { so, line } = await makeSupplyOrderIn(db, world, "RECEIVED", { quantity: 80, unitPricePaise: 250_000n });
    const { id: _id, ...copy } = await db.supplyOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    await db.supplyOrderLine.create({ data: { ...copy, allocationReason: copy.allocationReason ?? {}, quantity: 40, gstRateBp: 0, receivedQty: 40, acceptedQty: 40 } });
    await db.supplyOrderLine.update({ where: { id: line.id }, data: { acceptedQty: 80 } });
    await db.supplyOrder.update({ where: { id: so.id }, data: { valuePaise: 30_000_000n } });
    const bill = await db.$transaction((tx) => generateBill(tx, { supplyOrderId: so.id }));
    expect(bill).toMatchObject({ grossPaise: 30_000_000n, cgstPaise: 1_800_000n, sgstPaise: 1_800_000n, tdsCgstPaise: 0n, tdsSgstPaise: 0n, netPayablePaise: 33_600_000n });
  });
});

describe("the bank rate in force, kept by the admin", () => {
  it("records dated, audited rows; interest uses the rate in force for each monthly rest", async () => {
    expect(codeOf(await addBankRate(world.buyerActor, { rate: "6.5", effectiveFrom: "2027-02-15", reason: "RBI notification" }).catch((e) => e))).toBe("FORBIDDEN");
    const bad = await addBankRate(world.adminActor, { rate: "65", effectiveFrom: "2027-02-30", reason: "" }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["effectiveFrom", "rate", "reason"]);
    const row = await addBankRate(world.adminActor, { rate: "6.50", effectiveFrom: "2027-02-15", reason: "RBI notification of 14 February 2027" });
    expect(row.rateBp).toBe(650);
    expect(await db.auditEvent.count({ where: { entityId: row.id, action: "bankRate.add" } })).toBe(1);
    expect(codeOf(await addBankRate(world.adminActor, { rate: "6.25", effectiveFrom: "2027-02-15", reason: "again the same day" }).catch((e) => e))).toBe("CONFLICT");

    // ₹1,18,000 due 15 January 2027, paid 15 March: 17.25 % for the first month, 19.5 % for the second.
    const { bill } = await makeSupplyOrderIn(db, world, "BILLED", { quantity: 40, unitPricePaise: 250_000n });
    await db.bill.update({ where: { id: bill!.id }, data: { dueDate: day("2027-01-15") } });
    const paid = await pay(bill!.id, "2027-03-15");
    // 1,18,000 × 1.014375 × 1.01625 − 1,18,000 = ₹3,641.31 (₹3,416.88 at 5.75 % throughout)
    expect(paid.interestPaise).toBe(364_131n);
  });
});

describe("enterprise class", () => {
  it("the admin changes it with a reason, audited and told to the vendor; reserved items then skip a medium firm", async () => {
    const ordering = await makeOrderingWorld(db, { reserved: true });
    const vendor = ordering.vendors[0];
    const admin = world.adminActor;
    expect(codeOf(await changeEnterpriseClass(ordering.buyerActor, { vendorId: vendor.id, enterpriseClass: "MEDIUM", reason: "Udyam reclassified" }).catch((e) => e))).toBe("FORBIDDEN");
    const same = await changeEnterpriseClass(admin, { vendorId: vendor.id, enterpriseClass: "MICRO", reason: "no change at all" }).catch((e) => e);
    expect(same.fieldErrors).toEqual({ enterpriseClass: ["errors.vendor.classUnchanged"] });
    await changeEnterpriseClass(admin, { vendorId: vendor.id, enterpriseClass: "MEDIUM", reason: "Udyam reclassified as medium on 1 April" });
    expect(await db.auditEvent.count({ where: { entityId: vendor.id, action: "vendor.changeClass" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: vendor.user.id, event: "vendor.classChanged" } })).toBeGreaterThan(0);

    const refused = await placeOrder(ordering, { quantity: 5 }).catch((e) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", messageKey: "errors.purchaseOrder.linesUnallocated" });
  });
});

describe("direct purchase", () => {
  it("the limit is on the ordered value: 100 ordered at ₹2,950 landed is not a direct purchase though only 10 can be awarded", async () => {
    const ordering = await makeOrderingWorld(db, { vendors: [{ maxQuantity: 10 }] });
    const offerId = ordering.vendors[0].offerId;
    const error = await placeOrder(ordering, { lines: [{ itemId: ordering.item.id, quantity: 100, chosenOfferId: offerId }] }).catch((e) => e);
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "errors.purchaseOrder.directPurchaseNotAllowed" });
    // 10 ordered = ₹29,500: below ₹50,000, allowed.
    const small = await placeOrder(ordering, { lines: [{ itemId: ordering.item.id, quantity: 10, chosenOfferId: offerId }] });
    expect(small.purchaseOrderId).toBeTruthy();
    await addVendor(db, ordering, {});
  });
});
