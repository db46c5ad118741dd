// Placing purchase orders through the real service (placePurchaseOrder: validation, automatic
// allocation with capacity and rotation, budget block, numbering, supply orders, documents,
// notifications and audit, one transaction each), `--concurrency` buyers at a time (default 8),
// `--orders` orders (default 400), on a throw-away embedded PostgreSQL seeded with the demo data
// (or the empty database named by BENCH_DATABASE_URL). Reports orders/s and latency percentiles.
// Offers' capacities and budgets are raised first so every order is allocated: this measures the
// service, not the demo data running out.
//   npx tsx bench/place-orders.ts [--orders=400] [--concurrency=8]
import os from "node:os";
import path from "node:path";
import "./lib/server-only";
import { runConcurrently, summarise } from "./lib/stats";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { run } from "../lib/dev/run";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const orders = arg("orders", 400);
const concurrency = arg("concurrency", 8);

const root = path.resolve(import.meta.dirname, "..");
const pg = process.env.BENCH_DATABASE_URL
  ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `manak-bench-orders-${process.pid}`),
      port: Number(process.env.BENCH_PG_PORT ?? 54339),
      database: "manak_bench_orders",
      persistent: false,
    });
await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: pg.url });
process.env.DATABASE_URL = pg.url;
process.env.DB_POOL_MAX ??= String(Math.max(10, concurrency + 2));

// After the hook and DATABASE_URL are in place: the service reaches the database through lib/db.
const { db } = await import("../lib/db");
const { seed } = await import("../prisma/seed");
const { placePurchaseOrder } = await import("../lib/services/purchase-order/place-purchase-order");
const { loadCandidates, gstRateInForce } = await import("../lib/services/allocation/load-candidates");
const { financialYearOf } = await import("../lib/domain/purchase-order/numbering");

try {
  await seed(db, { demo: true });
  await db.offer.updateMany({ data: { monthlyCapacity: 10_000_000, maxQuantity: 1_000_000 } });
  await db.budgetHead.updateMany({ data: { allottedPaise: 10n ** 15n } });

  // Every buyer office, with the items some eligible offer delivers to its district.
  const now = new Date();
  const buyers = await db.user.findMany({ where: { role: "BUYER", active: true }, select: { id: true, locale: true, officeId: true, office: { select: { districtId: true } } } });
  const items = await db.item.findMany({ where: { active: true }, select: { id: true, reserved: true } });
  const plans: { buyer: (typeof buyers)[number]; head: { id: string }; deliverable: { itemId: string; minQuantity: number }[] }[] = [];
  for (const buyer of buyers) {
    const head = await db.budgetHead.findFirstOrThrow({ where: { officeId: buyer.officeId!, financialYear: financialYearOf(now) } });
    const deliverable = [];
    for (const item of items) {
      const gst = await gstRateInForce(db, item.id, now).catch(() => null);
      if (gst === null) continue;
      const offers = await loadCandidates(db, { itemId: item.id, districtId: buyer.office!.districtId, gstRateBp: gst, at: now });
      const fitting = offers.filter((o) => o.leadTimeDays <= 25 && (!item.reserved || o.stateCode === "22"));
      if (fitting.length > 0) deliverable.push({ itemId: item.id, minQuantity: Math.min(...fitting.map((o) => o.minQuantity)) });
    }
    if (deliverable.length > 0) plans.push({ buyer, head, deliverable });
  }
  const deliverBy = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const request = (i: number) => {
    const plan = plans[i % plans.length];
    const lineCount = 1 + (i % 3);
    const picks = Array.from({ length: lineCount }, (_, j) => plan.deliverable[(i * 7 + j * 13) % plan.deliverable.length]);
    const actor = { userId: plan.buyer.id, role: "BUYER" as const, locale: plan.buyer.locale, officeId: plan.buyer.officeId, vendorId: null, agencyId: null, inspectorId: null };
    const input = {
      budgetHeadId: plan.head.id, consigneeOfficeId: plan.buyer.officeId!, deliverBy,
      // At least some offer's minimum order, or the line would have no eligible offer.
      lines: [...new Map(picks.map((p) => [p.itemId, p])).values()].map((p, j) => ({ itemId: p.itemId, quantity: p.minQuantity + ((i + j) % 50) })),
    };
    return { actor, input };
  };

  // Warm-up (module loading, connection pool, query plans), not counted.
  for (let i = 0; i < Math.min(10, orders); i++) await placePurchaseOrder(request(i).actor, request(i).input);

  let failed = 0;
  const { latencies, seconds } = await runConcurrently(orders, concurrency, async (i) => {
    const { actor, input } = request(i + 10);
    try {
      await placePurchaseOrder(actor, input);
    } catch (error) {
      failed++;
      if (failed <= 3) console.error("  failed:", error instanceof Error ? error.message : error);
    }
  });
  const placed = orders - failed;
  const supplyOrders = await db.supplyOrder.count();
  const latency = summarise(latencies);
  console.log(`\nPlacing purchase orders (service layer, allocation included) — ${os.cpus().length} CPUs, PostgreSQL embedded`);
  console.log(`  ${placed} orders placed (${failed} failed) by ${plans.length} buyer offices, concurrency ${concurrency}, 1–3 lines each`);
  console.log(`  ${(placed / seconds).toFixed(1)} orders/s over ${seconds.toFixed(1)} s; latency p50 ${latency.p50} ms, p95 ${latency.p95} ms, p99 ${latency.p99} ms`);
  console.log(`  ${supplyOrders} supply orders in total (${(supplyOrders / (placed + 10)).toFixed(2)} per order)`);
} finally {
  await db.$disconnect();
  await pg.stop();
}
