import { describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { getSupplyOrderForVendor } from "@/lib/queries/dispatch";
import { paidBillsCsv, PAID_BILLS_CSV_HEADER } from "@/lib/queries/finance-export";
import { listBills } from "@/lib/queries/finance";
import { getInspectionForInspector } from "@/lib/queries/inspector";
import { getBuyerSupplyOrder } from "@/lib/queries/purchase-orders";
import { getVendorOrder } from "@/lib/queries/vendor-orders";
import { actorOf, makeUser } from "../factories";
import { makeOrderWorld, makePurchaseOrder } from "../factories/orders";

const db = createPrisma();

describe("the context each role needs from the others (issue 15)", () => {
  it("the post-dispatch inspector sees the consignee's receipt remarks and photos", async () => {
    const world = await makeOrderWorld(db);
    const order = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "RECEIVED" }] });
    const so = order.supplyOrders[0];
    const receipt = await db.receipt.findFirstOrThrow({ where: { supplyOrderId: so.id } });
    await db.receipt.update({ where: { id: receipt.id }, data: { remarks: "Two almirahs with dented doors" } });
    await db.attachment.create({ data: { storageKey: `k-${receipt.id}`, fileName: "dent.jpg", mimeType: "image/jpeg", sizeBytes: 10, sha256: "0".repeat(64), uploadedById: world.buyer.id, receiptId: receipt.id } });
    const post = await db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id, kind: "POST" } });
    const seen = await getInspectionForInspector(actorOf(world.inspectorUser, world.inspector.id), post.id);
    expect(seen!.supplyOrder.receipts).toEqual([expect.objectContaining({ remarks: "Two almirahs with dented doors", photos: [expect.objectContaining({ fileName: "dent.jpg" })] })]);
  });

  it("buyer and vendor are told which inspector is coming", async () => {
    const world = await makeOrderWorld(db);
    const order = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "AWAITING_PRE_INSPECTION" }] });
    const so = order.supplyOrders[0];
    const vendorUser = await makeUser(db, "VENDOR", { vendorId: so.vendor.id });
    const forBuyer = await getBuyerSupplyOrder(actorOf(world.buyer), so.id);
    expect(forBuyer!.inspections[0].inspector).toMatchObject({ user: { name: world.inspectorUser.name }, agency: { nameEn: "District Industries Centre" } });
    const forVendor = await getVendorOrder(actorOf(vendorUser), so.id);
    expect(forVendor!.inspections[0].inspector.user.name).toBe(world.inspectorUser.name);
    const onDispatchPage = await getSupplyOrderForVendor(actorOf(vendorUser), so.id);
    expect(onDispatchPage!.inspections[0].inspector.user.name).toBe(world.inspectorUser.name);
  });

  it("the vendor sees its own UTR in full; finance gets a UTR column and a CSV with UTRs", async () => {
    const world = await makeOrderWorld(db);
    const order = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "CLOSED" }] });
    const so = order.supplyOrders[0];
    const utr = so.payment!.bankReference;
    const vendorUser = await makeUser(db, "VENDOR", { vendorId: so.vendor.id });
    expect((await getSupplyOrderForVendor(actorOf(vendorUser), so.id))!.bill!.payment!.bankReference).toBe(utr);

    const paid = await listBills(actorOf(world.finance), { tab: "paid" });
    expect(paid.rows[0].payment!.bankReference).toBe(utr);
    const csv = await paidBillsCsv(actorOf(world.finance));
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toBe(PAID_BILLS_CSV_HEADER.join(","));
    expect(row).toContain(utr);
    expect(row).toContain(so.bill!.number);
    // Another office's finance officer gets only the header.
    const other = await makeOrderWorld(db);
    expect((await paidBillsCsv(actorOf(other.finance))).trim().split("\r\n")).toHaveLength(1);
  });
});
