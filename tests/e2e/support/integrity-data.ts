// Test data for tests/e2e/integrity.spec.ts, written straight into the e2e server's database
// (DATABASE_URL): one office splitting its purchase of an item into three orders under the
// direct-purchase limit within a fortnight, then the worker's risk-flag computation.
// Prints {"number", "office"} as JSON: the order that carries the flag.
import { createPrisma } from "@/lib/prisma-client";
import { computeRiskFlags } from "@/lib/services/risk/compute-risk-flags";
import { makeOrderWorld, makePurchaseOrder } from "../../factories/orders";

const db = createPrisma();
const world = await makeOrderWorld(db);
const DAY = 86_400_000;
let last = "";
for (const ago of [14, 7, 2]) {
  const { purchaseOrder } = await makePurchaseOrder(db, world, {
    number: `PO/E2E-SPLIT/${Date.now()}-${ago}`,
    createdAt: new Date(Date.now() - ago * DAY),
    supplyOrders: [{ status: "CLOSED", quantity: 8 }],
  });
  last = purchaseOrder.number;
}
await computeRiskFlags(db);
console.log(JSON.stringify({ number: last, office: world.office.nameEn }));
await db.$disconnect();
