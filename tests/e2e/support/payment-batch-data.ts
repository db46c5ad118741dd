// Test data for tests/e2e/payment-batches.spec.ts, written straight into the e2e server's database
// (DATABASE_URL): an office of its own with a debit account, its finance officer (password
// Manak@2026), and three billed supply orders from three vendors — one long overdue, one overdue,
// one due soon. Prints {"financeEmail", "bills": [{ "id", "number", "vendorAccount" }]} as JSON.
import { createPrisma } from "@/lib/prisma-client";
import { makeOrderWorld, makePurchaseOrder, makeVendor } from "../../factories/orders";

const db = createPrisma();
const world = await makeOrderWorld(db);
await db.office.update({ where: { id: world.office.id }, data: { bankAccount: "30987654321", ifsc: "SBIN0000461", bankCsvLayout: "GENERIC" } });
const bills = [];
for (const dueInDays of [-30, -5, 2]) {
  const vendor = await makeVendor(db, { districtId: world.districtId });
  const { purchaseOrder, supplyOrders } = await makePurchaseOrder(db, world, { supplyOrders: [{ vendor, status: "BILLED", dueInDays }] });
  // What placing the order blocked on the head (the factory writes only the order's own share).
  await db.budgetHead.update({ where: { id: world.budgetHead.id }, data: { blockedPaise: { increment: purchaseOrder.blockedPaise } } });
  const bill = supplyOrders[0].bill!;
  bills.push({ id: bill.id, number: bill.number, vendorAccount: (await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).bankAccount });
}
console.log(JSON.stringify({ financeEmail: world.finance.email, bills }));
await db.$disconnect();
