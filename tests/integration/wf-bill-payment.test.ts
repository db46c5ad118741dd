import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { msmedInterest } from "@/lib/domain/bill/rules";
import { generateBill } from "@/lib/services/bill/generate-bill";
import { releasePayment } from "@/lib/services/payment/release-payment";
import { codeOf, makeFulfilmentWorld, makePolicyVersion, makeStrangers, makeSupplyOrderIn, race, type FulfilmentWorld } from "../factories/fulfilment";
import { makeVendor } from "../factories/orders";

let world: FulfilmentWorld;
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
});

const DAY = 86_400_000;
const pay = (billId: string, idempotencyKey = randomUUID(), actor = world.financeActor) =>
  releasePayment(actor, { billId, bankReference: "sbin 2026 1214 5678", idempotencyKey });

describe("generateBill", () => {
  it("bills accepted goods under the order's own policy version, with LD for late delivery, TDS and IGST", async () => {
    // A newer policy (30 payment days, no LD) is in force; the order keeps version 1 (10 days, 0.5 %/week).
    await makePolicyVersion(db, 2, { paymentDueDays: 30, ldRateBpPerWeek: 0 }, new Date(Date.now() - DAY));
    const outOfState = await makeVendor(db, { districtId: world.districtId, local: false });
    const { so, line } = await makeSupplyOrderIn(db, world, "RECEIVED", { vendor: outOfState, quantity: 120, unitPricePaise: 250_000n, daysLate: 9 });
    await db.supplyOrderLine.update({ where: { id: line.id }, data: { acceptedQty: 120 } });
    const acceptedAt = new Date();
    await db.supplyOrder.update({ where: { id: so.id }, data: { goodsAcceptedAt: acceptedAt } });
    await db.receipt.updateMany({ where: { supplyOrderId: so.id }, data: { receivedOn: new Date(so.deliverBy.getTime() + 9 * DAY) } });

    const bill = await db.$transaction((tx) => generateBill(tx, { supplyOrderId: so.id, at: acceptedAt }));
    // 120 × ₹2,500 = ₹3,00,000; IGST 18 % ₹54,000; IGST-TDS 2 % ₹6,000; 9 days late = 2 weeks, LD 1 % ₹3,000.
    expect(bill).toMatchObject({
      grossPaise: 30_000_000n, igstPaise: 5_400_000n, cgstPaise: 0n, tdsIgstPaise: 600_000n, weeksLate: 2,
      liquidatedDamagesPaise: 300_000n, netPayablePaise: 34_500_000n, acceptanceKind: "DELIVERY",
    });
    // Due 10 days after the day of delivery (no objection), not after the inspector's acceptance.
    expect(bill.dueDate.getTime()).toBe(so.deliverBy.getTime() + 19 * DAY);
    expect(bill.number).toMatch(/^BILL\/20\d\d-\d\d\/\d{6}$/);
    await db.policyVersion.deleteMany({ where: { version: 2 } });
  });

  it("numbers bills one after another within the financial year", async () => {
    const a = await makeSupplyOrderIn(db, world, "RECEIVED");
    const b = await makeSupplyOrderIn(db, world, "RECEIVED");
    const first = await db.$transaction((tx) => generateBill(tx, { supplyOrderId: a.so.id }));
    const second = await db.$transaction((tx) => generateBill(tx, { supplyOrderId: b.so.id }));
    const n = (s: string) => Number(s.split("/")[2]);
    expect(n(second.number)).toBe(n(first.number) + 1);
  });
});

describe("releasePayment", () => {
  it("pays on time: bill PAID, order CLOSED, budget blocked → spent, purchase order closed, everyone told", async () => {
    const { so, bill, purchaseOrder, vendorUser } = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 5 });
    const headBefore = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });

    const result = await pay(bill!.id);
    expect(result).toMatchObject({ billId: bill!.id, amountPaise: bill!.netPayablePaise, interestPaise: 0n, daysLate: 0, bankReference: "SBIN202612145678", replayed: false });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill!.id } })).status).toBe("PAID");
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("CLOSED");
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: purchaseOrder.id } });
    expect(po).toMatchObject({ status: "CLOSED", blockedPaise: 0n });

    const headAfter = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(headBefore.blockedPaise - headAfter.blockedPaise).toBe(so.valuePaise + so.gstPaise);
    const spent = bill!.grossPaise + bill!.cgstPaise + bill!.sgstPaise + bill!.igstPaise - bill!.liquidatedDamagesPaise;
    expect(headAfter.spentPaise - headBefore.spentPaise).toBe(spent);

    const actions = (await db.auditEvent.findMany({ where: { purchaseOrderId: purchaseOrder.id }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions.slice(-4)).toEqual(["payment.release", "supplyOrder.pay", "document.issue", "purchaseOrder.close"]);
    expect(await db.document.count({ where: { kind: "PAYMENT_ADVICE", entityId: result.paymentId } })).toBe(1);
    expect(await db.notification.count({ where: { userId: vendorUser.id, event: "payment.released" } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: world.buyer.id, event: "payment.released" } })).toBeGreaterThan(0);
  });

  it("pays late: MSMED interest (3 × bank rate, monthly rests) added and recorded; on the due date none", async () => {
    const late = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: -40 });
    const result = await pay(late.bill!.id);
    const due = late.bill!.dueDate;
    const interest = msmedInterest(late.bill!.netPayablePaise, due, result.paidAt, 575);
    expect(interest).toBeGreaterThan(0n);
    expect(result).toMatchObject({ interestPaise: interest, amountPaise: late.bill!.netPayablePaise + interest, daysLate: 40 });
    expect(await db.payment.findUniqueOrThrow({ where: { id: result.paymentId } })).toMatchObject({ interestPaise: interest, daysLate: 40 });

    const onTheDay = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 0 });
    expect((await pay(onTheDay.bill!.id)).interestPaise).toBe(0n);
  });

  it("a replayed request (same idempotency key) returns the first result and never pays twice", async () => {
    const { bill } = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 3 });
    const key = randomUUID();
    const first = await pay(bill!.id, key);
    const replay = await pay(bill!.id, key);
    expect(replay).toEqual({ ...first, replayed: true });
    expect(await db.payment.count({ where: { billId: bill!.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "payment.release", entityId: first.paymentId } })).toBe(1);

    // A second release from another tab (a new key) is refused; the key reused for another bill too.
    const other = await pay(bill!.id).catch((e) => e);
    expect([other.code, other.messageKey]).toEqual(["CONFLICT", "errors.payment.alreadyPaid"]);
    const another = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 3 });
    const reused = await pay(another.bill!.id, key).catch((e) => e);
    expect([reused.code, reused.messageKey]).toEqual(["CONFLICT", "errors.payment.keyReused"]);
    expect((await db.bill.findUniqueOrThrow({ where: { id: another.bill!.id } })).status).toBe("PENDING");
  });

  it("20 identical requests at once (same key): one payment, every caller gets its result", async () => {
    const { bill } = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 3 });
    const headBefore = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    const key = randomUUID();
    const { successes, failures } = await race(20, () => pay(bill!.id, key));
    expect(failures).toEqual([]);
    expect(successes.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(successes.map((r) => r.paymentId)).size).toBe(1);
    expect(await db.payment.count({ where: { billId: bill!.id } })).toBe(1);
    const headAfter = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(headAfter.spentPaise - headBefore.spentPaise).toBe(bill!.grossPaise + bill!.cgstPaise + bill!.sgstPaise + bill!.igstPaise - bill!.liquidatedDamagesPaise);
  });

  it("20 releases at once from different tabs (different keys): exactly one succeeds, the rest CONFLICT", async () => {
    const { bill } = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 3 });
    const { successes, failures } = await race(20, () => pay(bill!.id));
    expect(successes).toHaveLength(1);
    expect(successes[0].replayed).toBe(false);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    expect(await db.payment.count({ where: { billId: bill!.id } })).toBe(1);
  });

  it("is finance's of the paying office: FORBIDDEN to other roles, NOT_FOUND to another office; UTR checked", async () => {
    const { bill, vendorActor } = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 3 });
    const strangers = await makeStrangers(db, world);
    expect(codeOf(await pay(bill!.id, randomUUID(), vendorActor).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await pay(bill!.id, randomUUID(), world.buyerActor).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await pay(bill!.id, randomUUID(), strangers.financeActor).catch((e) => e))).toBe("NOT_FOUND");
    const bad = await releasePayment(world.financeActor, { billId: bill!.id, bankReference: "12-34", idempotencyKey: randomUUID() }).catch((e) => e);
    expect(bad.fieldErrors).toEqual({ bankReference: ["errors.payment.bankReference"] });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill!.id } })).status).toBe("PENDING");
  });
});
