import { describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import { adminWorkQueue, financeActionQueue, vendorActionQueue } from "@/lib/queries/action-queues";
import { createPaymentBatch } from "@/lib/services/payment-batch/create-payment-batch";
import { buyerCatalogue } from "@/lib/queries/buyer";
import { listVendorsForReview } from "@/lib/queries/vendors";
import { requestItem } from "@/lib/services/catalogue/request-item";
import { actorOf, makeDistrict, makeUser } from "../factories";
import { makeFulfilmentWorld, makeSupplyOrderIn } from "../factories/fulfilment";
import { makeOrderWorld, makePurchaseOrder, makeVendor } from "../factories/orders";
import { makeOrderingWorld } from "../factories/workflow";

const db = createPrisma();

describe("the vendor's home leads with what needs it, soonest deadline first", () => {
  it("lists orders to accept, dispatch, put right or replace, by deadline; nothing done or someone else's", async () => {
    const world = await makeOrderWorld(db);
    const vendor = await makeVendor(db, { districtId: world.districtId });
    const statuses = ["AWAITING_ACCEPTANCE", "READY_TO_DISPATCH", "CLOSED", "REPLACEMENT_DUE"] as const;
    for (const status of statuses) await makePurchaseOrder(db, world, { supplyOrders: [{ status, vendor, rejectedQty: status === "REPLACEMENT_DUE" ? 1 : undefined }] });
    await makePurchaseOrder(db, world, { supplyOrders: [{ status: "AWAITING_ACCEPTANCE" }] });
    const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
    const queue = await vendorActionQueue(actorOf(user));
    expect(queue.map((a) => a.status).sort()).toEqual(["AWAITING_ACCEPTANCE", "READY_TO_DISPATCH", "REPLACEMENT_DUE"]);
    const deadlines = queue.map((a) => a.deadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(queue.find((a) => a.status === "AWAITING_ACCEPTANCE")!.href).toMatch(/^\/vendor\/orders\//);
    await expect(vendorActionQueue(actorOf(world.buyer))).rejects.toBeInstanceOf(AppError);
  });
});

describe("nobody serves your district yet (issue 15: a dead end for the panchayat)", () => {
  it("shows the item that exists elsewhere, takes the buyer's request once, and the admin sees the demand", async () => {
    const world = await makeOrderingWorld(db);
    // The world's vendor serves the world's district; a buyer in another district finds nothing to buy.
    const elsewhere = await makeDistrict(db);
    const office = await db.office.create({
      data: { code: `GP-${elsewhere.slug}`, nameEn: "Gram Panchayat", nameHi: "ग्राम पंचायत", kind: "GRAM_PANCHAYAT", departmentId: world.office.departmentId, districtId: elsewhere.id, address: "Village", pincode: "491001" },
    });
    const buyer = actorOf(await makeUser(db, "BUYER", { officeId: office.id }));
    const page = await buyerCatalogue(buyer, { q: world.item.code });
    expect(page.items).toEqual([]);
    expect(page.unserved.map((i) => i.id)).toEqual([world.item.id]);
    expect(page.unserved[0].asked).toBe(false);

    expect(await requestItem(buyer, { itemId: world.item.id, quantity: "20" })).toEqual({ created: true });
    expect(await requestItem(buyer, { itemId: world.item.id, quantity: "25" })).toEqual({ created: false });
    expect((await buyerCatalogue(buyer, { q: world.item.code })).unserved[0].asked).toBe(true);
    expect(await db.auditEvent.count({ where: { entityType: "ItemDemand" } })).toBeGreaterThanOrEqual(2);

    const admin = actorOf(await makeUser(db, "ADMIN"));
    const work = await adminWorkQueue(admin);
    expect(work.demand).toContainEqual(expect.objectContaining({ itemId: world.item.id, districtId: elsewhere.id, offices: 1, quantity: 25 }));
    expect(work.pendingVendors).toBeGreaterThanOrEqual(0);
    await expect(adminWorkQueue(buyer)).rejects.toBeInstanceOf(AppError);
  });
});

describe("admin vendor search", () => {
  it("finds a vendor by part of its name or its GSTIN, whatever its status", async () => {
    const districtId = (await makeDistrict(db)).id;
    const vendor = await makeVendor(db, { districtId, legalName: "Bastar Bamboo Crafts Cooperative" });
    const admin = actorOf(await makeUser(db, "ADMIN"));
    const byName = await listVendorsForReview(admin, { status: "PENDING", q: "bamboo crafts" });
    expect(byName.vendors.map((v) => v.id)).toContain(vendor.id);
    const byGstin = await listVendorsForReview(admin, { status: "PENDING", q: vendor.gstin.toLowerCase() });
    expect(byGstin.vendors.map((v) => v.id)).toEqual([vendor.id]);
  });
});

describe("the finance home leads with what needs the officer, soonest deadline first (issue 15: it led with figures)", () => {
  it("orders unpaid bills by their MSMED due date, with a returned payment and an open batch among them; another office's bill never", async () => {
    const world = await makeFulfilmentWorld(db);
    await db.office.update({ where: { id: world.office.id }, data: { bankAccount: "30123456789", ifsc: "SBIN0004567", bankCsvLayout: "GENERIC" } });
    const billDue = async (dueInDays: number) => (await makeSupplyOrderIn(db, world, "BILLED", { dueInDays, vendor: await makeVendor(db, { districtId: world.districtId }) })).bill!;
    const later = await billDue(40);
    const returned = await billDue(60);
    const soon = await billDue(2);
    const overdue = await billDue(-20);
    const inBatch = await billDue(10);

    // A payment the bank gave back: the bill is unpaid again, its batch settled.
    const first = await createPaymentBatch(world.financeActor, { billIds: [returned.id] });
    await db.paymentBatchItem.updateMany({ where: { batchId: first.batchId }, data: { status: "RETURNED", returnReason: "Account closed" } });
    await db.bill.update({ where: { id: returned.id }, data: { status: "PENDING" } });
    await db.paymentBatch.update({ where: { id: first.batchId }, data: { status: "SETTLED" } });
    // A batch still with the bank, requested for today.
    const open = await createPaymentBatch(world.financeActor, { billIds: [inBatch.id] });

    const elsewhere = await makeFulfilmentWorld(db);
    const theirs = (await makeSupplyOrderIn(db, elsewhere, "BILLED", { dueInDays: -30 })).bill!;

    const queue = await financeActionQueue(world.financeActor);
    expect(queue.map((a) => (a.kind === "bill" ? a.billId : a.batchId))).toEqual([overdue.id, open.batchId, soon.id, later.id, returned.id]);
    expect(queue[0]).toMatchObject({ kind: "bill", returned: false, href: `/finance/bills/${overdue.id}` });
    expect(queue.at(-1)).toMatchObject({ kind: "bill", returned: true, returnReason: "Account closed" });
    expect(queue[1]).toMatchObject({ kind: "batch", openItems: 1, href: `/finance/batches/${open.batchId}` });
    expect(queue.map((a) => (a.kind === "bill" ? a.billId : null))).not.toContain(theirs.id);

    await expect(financeActionQueue(world.buyerActor)).rejects.toBeInstanceOf(AppError);
  });
});
