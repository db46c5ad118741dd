// Test data for tests/e2e/transparency.spec.ts, written straight into the e2e server's database
// (DATABASE_URL): one purchase order carried to payment, with its documents issued as the workflow
// issues them. Prints {"number", "documentId", "documentNumber", "billId"} as JSON.
import { createPrisma } from "@/lib/prisma-client";
import { issueDocument } from "@/lib/documents/issue";
import { makeOrderWorld, makePurchaseOrder } from "../../factories/orders";

const db = createPrisma();
const world = await makeOrderWorld(db);
const { purchaseOrder, supplyOrders } = await makePurchaseOrder(db, world, {
  number: `PO/E2E/${Date.now()}`,
  supplyOrders: [{ status: "REJECTED" }, { status: "CLOSED", paidDaysAfterDue: 12 }],
});
const bill = await db.$transaction(async (tx) => {
  await issueDocument(tx, "PURCHASE_ORDER", purchaseOrder.id);
  for (const so of supplyOrders) await issueDocument(tx, "SUPPLY_ORDER", so.id);
  return issueDocument(tx, "BILL", supplyOrders[1].bill!.id);
});
console.log(JSON.stringify({ number: purchaseOrder.number, documentId: bill.id, documentNumber: bill.number, billId: bill.entityId }));
await db.$disconnect();
