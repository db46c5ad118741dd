// Public register and dashboard at scale. Generates N purchase orders (default 10⁶; `--orders=`)
// with a supply order each, ~70 % billed and ~60 % paid, into a throw-away embedded PostgreSQL on
// top of the demo reference data, then times the same lib/queries functions the pages call:
// dashboard (views refreshed), register first page, page 1,000 (keyset), a filtered first page.
//   npx tsx --conditions=react-server bench/transparency.ts [--orders=N] [--runs=20]
// (react-server: lib/queries import "server-only", which is empty under that condition.)
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { run } from "../lib/dev/run";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const orders = arg("orders", 1_000_000);
const runs = arg("runs", 20);
const root = path.resolve(import.meta.dirname, "..");

const server = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `manak-bench-transparency-${process.pid}`),
  port: Number(process.env.BENCH_PG_PORT ?? 55474),
  database: "bench_transparency",
  persistent: false,
});
process.env.DATABASE_URL = server.url;
const pool = new pg.Pool({ connectionString: server.url, max: 2 });

async function timed(label: string, fn: () => Promise<unknown>) {
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label}: ${s.toFixed(1)} s`);
}

async function percentiles(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label}: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);
}

try {
  await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: server.url });
  await run(process.execPath, ["--import", "tsx", path.join(root, "prisma/seed.ts")], { ...process.env, DATABASE_URL: server.url });

  await timed(`generate ${orders} orders`, async () => {
    // One statement per table, set-based; ids are v4 here (the app uses v7), order is by createdAt.
    await pool.query(`
      CREATE TEMP TABLE g AS
      SELECT n, gen_random_uuid() AS po, gen_random_uuid() AS pol, gen_random_uuid() AS so, gen_random_uuid() AS sol,
             gen_random_uuid() AS bill, gen_random_uuid() AS pay,
             now() - (n % 730) * interval '1 day' - (n % 86400) * interval '1 second' AS created,
             (SELECT array_agg(id) FROM "Office") AS offices, (SELECT array_agg(id) FROM "Vendor") AS vendors,
             (SELECT array_agg(id) FROM "Offer") AS offers
        FROM generate_series(1, $1::int) n`, [orders]);
    const pick = (arr: string) => `${arr}[1 + (n % array_length(${arr}, 1))]`;
    await pool.query(`
      INSERT INTO "PurchaseOrder" (id, number, "officeId", "consigneeOfficeId", "budgetHeadId", "placedById", "policyVersionId", "deliverBy", status, "blockedPaise", "totalPaise", "createdAt")
      SELECT g.po, 'PO/B/' || n, o.id, o.id, (SELECT id FROM "BudgetHead" b WHERE b."officeId" = o.id LIMIT 1),
             (SELECT id FROM "User" LIMIT 1), (SELECT id FROM "PolicyVersion" LIMIT 1), (created + interval '30 days')::date,
             (CASE WHEN n % 10 < 6 THEN 'CLOSED' WHEN n % 10 = 6 THEN 'CANCELLED' ELSE 'OPEN' END)::"PurchaseOrderStatus", 2950000, 2950000, created
        FROM g JOIN "Office" o ON o.id = ${pick("offices")}`);
    await pool.query(`
      INSERT INTO "PurchaseOrderLine" (id, "purchaseOrderId", "lineNo", "itemId", quantity, "consigneeOfficeId", "deliverBy")
      SELECT g.pol, g.po, 1, f."itemId", 10, p."officeId", p."deliverBy" FROM g JOIN "PurchaseOrder" p ON p.id = g.po JOIN "Offer" f ON f.id = ${pick("g.offers")}`);
    await pool.query(`
      INSERT INTO "SupplyOrder" (id, number, "purchaseOrderId", "vendorId", "policyVersionId", status, "valuePaise", "gstPaise", "intraState", "deliverBy", "acceptBy", "acceptedAt", "preInspectionRequired", "deliveredAt", "goodsAcceptedAt", "createdAt", "updatedAt")
      SELECT g.so, 'SO/B/' || n, g.po, f."vendorId", p."policyVersionId",
             (CASE WHEN n % 10 < 6 THEN 'CLOSED' WHEN n % 10 = 6 THEN 'REJECTED' WHEN n % 10 < 9 THEN 'BILLED' ELSE 'AWAITING_ACCEPTANCE' END)::"SupplyOrderStatus",
             2500000, 450000, true, p."deliverBy", created + interval '3 days', CASE WHEN n % 10 <> 6 AND n % 10 <> 9 THEN created + interval '1 day' END, false,
             CASE WHEN n % 10 < 9 AND n % 10 <> 6 THEN created + (10 + n % 30) * interval '1 day' END,
             CASE WHEN n % 10 < 9 AND n % 10 <> 6 THEN created + (12 + n % 30) * interval '1 day' END, created, created
        FROM g JOIN "PurchaseOrder" p ON p.id = g.po JOIN "Offer" f ON f.id = ${pick("g.offers")}`);
    await pool.query(`
      INSERT INTO "SupplyOrderLine" (id, "supplyOrderId", "purchaseOrderLineId", "offerId", "itemId", quantity, "unitPricePaise", "offerPricePaise", "gstRateBp", "landedUnitPaise", rank, "allocationReason")
      SELECT g.sol, g.so, g.pol, f.id, f."itemId", 10, 250000, 250000, 1800, 295000, 1, '{"rule":"L1","rank":1,"eligibleCount":3}'
        FROM g JOIN "Offer" f ON f.id = ${pick("g.offers")}`);
    await pool.query(`
      INSERT INTO "Bill" (id, number, "supplyOrderId", "officeId", "vendorId", status, "grossPaise", "cgstPaise", "sgstPaise", "igstPaise", "tdsCgstPaise", "tdsSgstPaise", "tdsIgstPaise", "liquidatedDamagesPaise", "netPayablePaise", "dueDate", "generatedAt")
      SELECT g.bill, 'BILL/B/' || n, g.so, p."officeId", s."vendorId", (CASE WHEN n % 10 < 6 THEN 'PAID' ELSE 'PENDING' END)::"BillStatus",
             2500000, 225000, 225000, 0, 0, 0, 0, 0, 2950000, (s."goodsAcceptedAt" + interval '10 days')::date, s."goodsAcceptedAt"
        FROM g JOIN "SupplyOrder" s ON s.id = g.so JOIN "PurchaseOrder" p ON p.id = g.po WHERE s."goodsAcceptedAt" IS NOT NULL`);
    await pool.query(`
      INSERT INTO "Payment" (id, "billId", "bankReference", "amountPaise", "interestPaise", "daysLate", "paidAt", "idempotencyKey", "releasedById")
      SELECT g.pay, b.id, 'UTR' || n, 2950000, 0, 0, b."generatedAt" + (5 + n % 20) * interval '1 day', 'bench-' || n, (SELECT id FROM "User" LIMIT 1)
        FROM g JOIN "Bill" b ON b.id = g.bill WHERE b.status = 'PAID'`);
    await pool.query(`ANALYZE`);
  });

  const { getDashboard, financialYearOf } = await import("../lib/queries/dashboard");
  const { refreshPublicViews } = await import("../lib/queries/public-views");
  const { listRegister } = await import("../lib/queries/register");
  const { encodeCursor } = await import("../lib/queries/cursor");
  const { db } = await import("../lib/db");

  await timed("refresh dashboard views (first fill)", () => refreshPublicViews(db));
  await timed("refresh dashboard views (CONCURRENTLY)", () => refreshPublicViews(db));
  const fy = financialYearOf(new Date());
  await percentiles(`dashboard ${fy}`, () => getDashboard(fy));
  await percentiles("register page 1", () => listRegister({}, null));
  // The cursor page 999 would hand over (timestamps as UTC text: node-pg reads them in local time).
  const { rows } = await pool.query(`SELECT id, to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM "PurchaseOrder" ORDER BY "createdAt" DESC, id OFFSET $1 LIMIT 1`, [25 * 999 - 1]);
  const page1000 = encodeCursor({ id: rows[0].id, createdAt: new Date(rows[0].at) });
  await percentiles("register page 1,000 (keyset)", () => listRegister({}, page1000));
  const district = (await pool.query(`SELECT "districtId" FROM "Office" LIMIT 1`)).rows[0].districtId;
  await percentiles("register filtered by district, page 1", () => listRegister({ district }, null));
  await percentiles("register filtered by status CANCELLED, page 1", () => listRegister({ status: "CANCELLED" }, null));
  console.log(`machine: ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, node ${process.version}`);
  await db.$disconnect();
} finally {
  await pool.end();
  await server.stop();
}
