import { beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import type { DocumentFacts } from "@/lib/documents/facts";
import { issueDocument } from "@/lib/documents/issue";
import { downloadableDocuments } from "@/lib/queries/documents";
import { actorOf, makeUser } from "../factories";
import { makeOrderWorld, makePurchaseOrder, makeVendor } from "../factories/orders";
import { makeOrderingWorld, placeOrder } from "../factories/workflow";

const db = createPrisma();

const factOf = (facts: DocumentFacts, key: string) => facts.facts.find((f) => f.key === key)?.value;
const column = (facts: DocumentFacts, key: string) => facts.table!.rows.map((r) => r[facts.table!.columns.findIndex((c) => c.key === key)]?.value);

describe("complete documents (issue 15)", () => {
  it("the purchase order names each line's supplier, quantity, price and value, and what nobody could supply", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 200_000n, capacity: 6 }, { price: 210_000n, capacity: 2 }] });
    const placed = await placeOrder(world, { quantity: 10 });
    const doc = await db.document.findUniqueOrThrow({ where: { kind_entityId: { kind: "PURCHASE_ORDER", entityId: placed.purchaseOrderId } } });
    const facts = doc.facts as unknown as DocumentFacts;
    expect(facts.table!.columns.map((c) => c.key)).toEqual(["line", "itemCode", "item", "supplier", "quantity", "unitPrice", "gstRate", "valueWithGst", "deliverBy"]);
    expect(column(facts, "supplier")).toEqual([world.vendors[0].legalName, world.vendors[1].legalName, "Nobody could supply this quantity"]);
    expect(column(facts, "quantity")).toEqual(["6 NOS", "2 NOS", "2 NOS"]);
    expect(column(facts, "unitPrice")).toEqual(["200000", "210000", ""]);
    // 6 × ₹2,000 × 1.18 = ₹14,160
    expect(column(facts, "valueWithGst")[0]).toBe("1416000");
  });

  it("the bill and the payment advice carry the vendor's invoice number", async () => {
    const world = await makeOrderWorld(db);
    const order = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "CLOSED" }] });
    const so = order.supplyOrders[0];
    const dispatch = await db.dispatch.findFirstOrThrow({ where: { supplyOrderId: so.id } });
    const bill = await db.$transaction((tx) => issueDocument(tx, "BILL", so.bill!.id));
    expect(factOf(bill.facts as unknown as DocumentFacts, "invoiceNumber")).toContain(dispatch.invoiceNumber);
    const advice = await db.$transaction((tx) => issueDocument(tx, "PAYMENT_ADVICE", so.payment!.id));
    expect(factOf(advice.facts as unknown as DocumentFacts, "invoiceNumber")).toContain(dispatch.invoiceNumber);
  });
});

describe("downloadableDocuments: what each party's pages offer as PDFs", () => {
  let world: Awaited<ReturnType<typeof makeOrderWorld>>;
  let order: Awaited<ReturnType<typeof makePurchaseOrder>>;
  beforeAll(async () => {
    world = await makeOrderWorld(db);
    order = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "CLOSED", preInspection: true }, { status: "CLOSED" }] });
    for (const so of order.supplyOrders) {
      await db.$transaction(async (tx) => {
        await issueDocument(tx, "PURCHASE_ORDER", order.purchaseOrder.id);
        await issueDocument(tx, "SUPPLY_ORDER", so.id);
        for (const i of await tx.inspection.findMany({ where: { supplyOrderId: so.id, status: { in: ["PASSED", "FAILED"] } } })) await issueDocument(tx, "INSPECTION_CERTIFICATE", i.id);
        await issueDocument(tx, "BILL", so.bill!.id);
        await issueDocument(tx, "PAYMENT_ADVICE", so.payment!.id);
      });
    }
  });

  it("the buyer gets every document of the order, purchase order first, each a download link", async () => {
    const docs = await downloadableDocuments(actorOf(world.buyer), { purchaseOrderId: order.purchaseOrder.id });
    expect(docs[0]).toMatchObject({ kind: "PURCHASE_ORDER", href: `/api/documents/purchase-order/${order.purchaseOrder.id}` });
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(["PURCHASE_ORDER", "SUPPLY_ORDER", "INSPECTION_CERTIFICATE", "BILL", "PAYMENT_ADVICE"]));
    expect(docs.filter((d) => d.kind === "BILL")).toHaveLength(2);
    const finance = await downloadableDocuments(actorOf(world.finance), { supplyOrderIds: [order.supplyOrders[0].id] });
    expect(finance.map((d) => d.kind)).toEqual(expect.arrayContaining(["PURCHASE_ORDER", "SUPPLY_ORDER", "BILL", "PAYMENT_ADVICE"]));
  });

  it("a vendor gets the purchase order and its own supply order's documents, not the other vendor's", async () => {
    const [mine, theirs] = order.supplyOrders;
    const vendorUser = await makeUser(db, "VENDOR", { vendorId: mine.vendor.id });
    const docs = await downloadableDocuments(actorOf(vendorUser), { purchaseOrderId: order.purchaseOrder.id });
    expect(docs.map((d) => d.kind)).toContain("PURCHASE_ORDER");
    expect(docs.some((d) => d.entityId === theirs.id || d.entityId === theirs.bill!.id)).toBe(false);
    expect(docs.some((d) => d.entityId === mine.bill!.id)).toBe(true);
  });

  it("the inspector gets only the certificates of inspections they made; a stranger gets nothing", async () => {
    const docs = await downloadableDocuments(actorOf(world.inspectorUser, world.inspector.id), { supplyOrderIds: [order.supplyOrders[0].id] });
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.kind === "INSPECTION_CERTIFICATE")).toBe(true);
    const stranger = await makeUser(db, "VENDOR", { vendorId: (await makeVendor(db, { districtId: world.districtId })).id });
    expect(await downloadableDocuments(actorOf(stranger), { purchaseOrderId: order.purchaseOrder.id })).toEqual([]);
  });
});
