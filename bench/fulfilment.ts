// Fulfilment through the real services, on a throw-away embedded PostgreSQL:
//   pay, uncontended   — `--bills` bills paid by 8 finance officers at once (distinct bills);
//   pay, contended     — `--hot` bills, each hit by 20 identical requests at once (one form
//                        submitted 20 times: same idempotency key) and by 20 from "different tabs"
//                        (a key each); checks that every bill was paid exactly once;
//   full flow          — `--flows` purchase orders each carried place → accept → pre-dispatch
//                        inspection → dispatch → receipt → post-dispatch inspection (bill) → payment,
//                        8 at a time.
// Prints requests/s, payments/s, flows/s and latency percentiles. Figures, not assertions.
//   npx tsx bench/fulfilment.ts [--bills=200] [--hot=30] [--flows=60]
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import "./lib/server-only";
import { runConcurrently, summarise, round } from "./lib/stats";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { run } from "../lib/dev/run";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const bills = arg("bills", 200);
const hot = arg("hot", 30);
const flows = arg("flows", 60);
const CONCURRENCY = 8;

const root = path.resolve(import.meta.dirname, "..");
const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `manak-bench-fulfilment-${process.pid}`),
  port: Number(process.env.BENCH_PG_PORT ?? 55733),
  database: "manak_bench_fulfilment",
  persistent: false,
});
await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: pg.url });
process.env.DATABASE_URL = pg.url;
process.env.DB_POOL_MAX = "24";
process.env.UPLOAD_DIR = path.join(os.tmpdir(), `manak-bench-uploads-${process.pid}`);

const { db } = await import("../lib/db");
const { releasePayment } = await import("../lib/services/payment/release-payment");
const { recordInspection } = await import("../lib/services/inspection/record-inspection");
const { recordDispatch } = await import("../lib/services/dispatch/record-dispatch");
const { recordReceipt } = await import("../lib/services/supply-order/record-receipt");
const f = await import("../tests/factories/fulfilment");
const w = await import("../tests/factories/workflow");

const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
try {
  const world = await f.makeFulfilmentWorld(db);
  const pay = (billId: string, key = randomUUID()) =>
    releasePayment(world.financeActor, { billId, bankReference: "SBIN20261211000001", idempotencyKey: key });

  console.log(`\nPay, uncontended: ${bills} bills, ${CONCURRENCY} at a time`);
  const toPay: string[] = [];
  for (let i = 0; i < bills; i++) toPay.push((await f.makeSupplyOrderIn(db, world, "BILLED", { dueInDays: (i % 40) - 20 })).bill!.id);
  const uncontended = await runConcurrently(bills, CONCURRENCY, (i) => pay(toPay[i]));
  line("payments/s", String(round(bills / uncontended.seconds)));
  line("latency ms (p50 / p95 / p99)", JSON.stringify(summarise(uncontended.latencies)));

  for (const mode of ["same key (one form, 20 submissions)", "different keys (20 tabs)"] as const) {
    console.log(`\nPay, contended — ${mode}: ${hot} bills × 20 requests at once`);
    const targets: string[] = [];
    for (let i = 0; i < hot; i++) targets.push((await f.makeSupplyOrderIn(db, world, "BILLED", { dueInDays: 5 })).bill!.id);
    const t0 = performance.now();
    let fresh = 0, replayed = 0, conflicts = 0;
    for (const billId of targets) {
      const key = randomUUID();
      const settled = await Promise.allSettled(Array.from({ length: 20 }, () => pay(billId, mode.startsWith("same") ? key : randomUUID())));
      for (const s of settled) {
        if (s.status === "fulfilled") {
          if (s.value.replayed) replayed++;
          else fresh++;
        }
        else if ((s.reason as { code?: string }).code === "CONFLICT") conflicts++;
        else throw s.reason;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const payments = await db.payment.count({ where: { billId: { in: targets } } });
    line("requests/s", String(round((hot * 20) / seconds)));
    line("payments/s (bills actually paid)", String(round(payments / seconds)));
    line("outcomes", `${fresh} paid, ${replayed} replayed, ${conflicts} conflict`);
    line("bills paid exactly once", `${payments} of ${hot}${payments === hot && fresh === hot ? " ✓" : " ✗"}`);
  }

  console.log(`\nFull flow through the services: ${flows} purchase orders, ${CONCURRENCY} at a time`);
  const flowWorld = await w.makeOrderingWorld(db, { preDispatchInspection: true, vendors: [{ capacity: 1_000_000, maxQuantity: 100_000 }] });
  const vendor = flowWorld.vendors[0];
  const openInspection = (supplyOrderId: string) => db.inspection.findFirstOrThrow({ where: { supplyOrderId, status: "ASSIGNED" } });
  const oneFlow = async () => {
    const placed = await w.placeOrder(flowWorld, { quantity: 5 });
    const [so] = await w.acceptAll(db, flowWorld, placed.purchaseOrderId);
    const lineId = so.lines[0].id;
    await recordInspection(flowWorld.inspectorActor, { inspectionId: (await openInspection(so.id)).id, ...f.preInspectionForm(lineId, "PASS") });
    await recordDispatch(vendor.actor, f.dispatchForm(so.id, [{ id: lineId, quantity: 5 }]));
    const dispatched = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { lines: true } });
    await recordReceipt(flowWorld.buyerActor, w.receiptForm(dispatched));
    const { billId } = await recordInspection(flowWorld.inspectorActor, { inspectionId: (await openInspection(so.id)).id, ...f.postInspectionForm(lineId, 5, 0) });
    await releasePayment(flowWorld.financeActor, { billId, bankReference: "SBIN20261211000001", idempotencyKey: randomUUID() });
  };
  const full = await runConcurrently(flows, CONCURRENCY, oneFlow);
  const closed = await db.purchaseOrder.count({ where: { officeId: flowWorld.office.id, status: "CLOSED" } });
  line("flows/s (7 state changes each)", String(round(flows / full.seconds)));
  line("state changes/s", String(round((flows * 7) / full.seconds)));
  line("flow latency ms (p50 / p95 / p99)", JSON.stringify(summarise(full.latencies)));
  line("purchase orders closed", `${closed} of ${flows}`);
} finally {
  await db.$disconnect();
  await pg.stop();
}
process.exit(0);
