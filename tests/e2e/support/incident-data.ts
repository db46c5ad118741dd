// Test data for tests/e2e/incidents.spec.ts, written straight into the e2e server's database
// (DATABASE_URL): an office of its own with its buyer (password Manak@2026) and one dispatched
// supply order from a vendor of its own, so the counts the spec reads start at zero.
// Prints {"buyerEmail", "supplyOrderId", "supplyOrderNumber", "purchaseOrderNumber", "vendorId"} as JSON.
import { createPrisma } from "@/lib/prisma-client";
import { makeOrderWorld, makePurchaseOrder } from "../../factories/orders";

const db = createPrisma();
const world = await makeOrderWorld(db);
const { purchaseOrder, supplyOrders } = await makePurchaseOrder(db, world, { number: `PO/E2E-INC/${Date.now()}`, supplyOrders: [{ status: "DISPATCHED" }] });
const [so] = supplyOrders;
console.log(JSON.stringify({
  buyerEmail: world.buyer.email, supplyOrderId: so.id, supplyOrderNumber: so.number, purchaseOrderNumber: purchaseOrder.number, vendorId: so.vendorId,
}));
await db.$disconnect();
