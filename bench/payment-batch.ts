// Payment batch and reconciliation at scale (issue 19): N billed supply orders of one office
// (default 10,000; `--bills=N`) cloned with set-based SQL from one made by the test factories,
// then timed: createPaymentBatch over all of them, rebuilding the pain.001 and CSV files, importing
// an N-line camt.053 statement (all matched by end-to-end reference but 1 % returned) — over
// STATEMENT_SYNC_LIMIT lines the upload only queues it, and the scheduled job's function
// (runStatementImports, ≈ 20 s a run) is called in a loop until it completes — and importing it again. Runs in the database named by BENCH_DATABASE_URL (created fresh; the server
// must exist) — never the development database.
// With --existing, the database is used as it is (migrated, with data): the office and its bills
// are added beside what is there, so the batch and the statement run against full-size tables.
// Point it at a throw-away copy of the bench data set (npm run db:restore of a backup), since it
// adds N orders, bills and payments to it.
//   BENCH_DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:54495/bench_pb npx tsx bench/payment-batch.ts [--bills=10000] [--existing]
import pg from "pg";
import { run } from "../lib/dev/run";

const bills = Number(process.argv.find((a) => a.startsWith("--bills="))?.split("=")[1] ?? 10_000);
const existing = process.argv.includes("--existing");
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL is not set");
const name = new URL(url).pathname.slice(1);
if (!existing) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}
process.env.DATABASE_URL = url;
await run(process.execPath, ["scripts/migrate.mjs", "deploy"], { ...process.env, DATABASE_URL: url });
{
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "PurchaseOrder"`);
  console.log(`database ${name}: ${Number(rows[0].n).toLocaleString("en-US")} purchase orders before the bench${existing ? " (--existing)" : ""}`);
  await client.end();
}
await import("./lib/server-only");

const { db } = await import("../lib/db");
const { makeFulfilmentWorld, makeSupplyOrderIn } = await import("../tests/factories/fulfilment");
const { createPaymentBatch } = await import("../lib/services/payment-batch/create-payment-batch");
const { importStatement } = await import("../lib/services/payment-batch/import-statement");
const { runStatementImports } = await import("../lib/services/payment-batch/run-statement-imports");
const { paymentBatchFile } = await import("../lib/queries/payment-batches");

const time = async <T>(label: string, f: () => Promise<T>) => {
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(8)} s`);
  return value;
};

const world = await makeFulfilmentWorld(db);
await db.office.update({ where: { id: world.office.id }, data: { bankAccount: "30123456789", ifsc: "SBIN0004567" } });
const template = await makeSupplyOrderIn(db, world, "BILLED", { dueInDays: -15 });
await time(`clone ${bills - 1} billed supply orders (SQL)`, async () => {
  const n = bills - 1;
  await db.$executeRawUnsafe(`
    CREATE TEMP TABLE clone AS SELECT g, gen_random_uuid() AS po, gen_random_uuid() AS so, gen_random_uuid() AS bill, gen_random_uuid() AS pol, gen_random_uuid() AS sol FROM generate_series(1, ${n}) g;
    INSERT INTO "PurchaseOrder" SELECT (jsonb_populate_record(NULL::"PurchaseOrder", to_jsonb(p) || jsonb_build_object('id', c.po, 'number', 'PO/BENCH/' || c.g))).* FROM "PurchaseOrder" p, clone c WHERE p.id = '${template.purchaseOrder.id}';
    INSERT INTO "SupplyOrder" SELECT (jsonb_populate_record(NULL::"SupplyOrder", to_jsonb(s) || jsonb_build_object('id', c.so, 'number', 'SO/BENCH/' || c.g, 'purchaseOrderId', c.po))).* FROM "SupplyOrder" s, clone c WHERE s.id = '${template.so.id}';
    INSERT INTO "PurchaseOrderLine" SELECT (jsonb_populate_record(NULL::"PurchaseOrderLine", to_jsonb(l) || jsonb_build_object('id', c.pol, 'purchaseOrderId', c.po))).* FROM "PurchaseOrderLine" l, clone c WHERE l."purchaseOrderId" = '${template.purchaseOrder.id}';
    INSERT INTO "SupplyOrderLine" SELECT (jsonb_populate_record(NULL::"SupplyOrderLine", to_jsonb(l) || jsonb_build_object('id', c.sol, 'supplyOrderId', c.so, 'purchaseOrderLineId', c.pol))).* FROM "SupplyOrderLine" l, clone c WHERE l."supplyOrderId" = '${template.so.id}';
    INSERT INTO "Bill" SELECT (jsonb_populate_record(NULL::"Bill", to_jsonb(b) || jsonb_build_object('id', c.bill, 'number', 'BILL/BENCH/' || c.g, 'supplyOrderId', c.so, 'dueDate', (b."dueDate" + (c.g % 30)) ))).* FROM "Bill" b, clone c WHERE b.id = '${template.bill!.id}';
    UPDATE "BudgetHead" SET "blockedPaise" = "blockedPaise" + ${n}::bigint * (SELECT "blockedPaise" FROM "PurchaseOrder" WHERE id = '${template.purchaseOrder.id}') WHERE id = '${world.budgetHead.id}';
    DROP TABLE clone;`.split(";\n").join(";"));
});
const ids = (await db.bill.findMany({ where: { officeId: world.office.id, status: "PENDING" }, select: { id: true } })).map((b) => b.id);
console.log(`bills: ${ids.length}`);

const batch = await time(`createPaymentBatch (${ids.length} bills)`, () => createPaymentBatch(world.financeActor, { billIds: ids }));
const pain = await time("pain.001 rebuilt and checked", () => paymentBatchFile(world.financeActor, batch.batchId, "pain001"));
const csv = await time("bank CSV rebuilt and checked", () => paymentBatchFile(world.financeActor, batch.batchId, "csv"));
const mb = (text: string | Uint8Array) => ((typeof text === "string" ? Buffer.byteLength(text) : text.byteLength) / 1e6).toFixed(2);
console.log(`pain.001 ${mb(pain!.content)} MB, CSV ${mb(csv!.content)} MB`);

const items = await db.paymentBatchItem.findMany({ where: { batchId: batch.batchId }, orderBy: { seq: "asc" }, select: { endToEndId: true, amountPaise: true, vendorAccount: true } });
const day = new Date().toISOString().slice(0, 10);
const rupees = (p: bigint) => `${p / 100n}.${(p % 100n).toString().padStart(2, "0")}`;
const entries = items.map((item, i) => {
  const returned = i % 100 === 99;
  return `<Ntry><NtryRef>B${i}</NtryRef><Amt Ccy="INR">${rupees(item.amountPaise)}</Amt><CdtDbtInd>${returned ? "CRDT" : "DBIT"}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>` +
    `<ValDt><Dt>${day}</Dt></ValDt><NtryDtls><TxDtls><Refs><EndToEndId>${item.endToEndId}</EndToEndId><ClrSysRef>SBINN5${String(i).padStart(14, "0")}</ClrSysRef></Refs>` +
    `<RltdPties><CdtrAcct><Id><Othr><Id>${item.vendorAccount}</Id></Othr></Id></CdtrAcct></RltdPties>${returned ? "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>" : ""}</TxDtls></NtryDtls></Ntry>`;
});
const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>B</Id>${entries.join("\n")}</Stmt></BkToCstmrStmt></Document>`;
console.log(`statement: ${entries.length} lines, ${mb(xml)} MB`);
const uploaded = await time(`importStatement (${entries.length} lines)`, () => importStatement(world.financeActor, { text: xml }));
console.log(JSON.stringify(uploaded));
// Queued (over STATEMENT_SYNC_LIMIT lines): the statement-import job finishes it, run after run.
let runs = 0;
await time("statement-import job runs until complete", async () => {
  for (;;) {
    const statement = await db.bankStatement.findUniqueOrThrow({ where: { id: uploaded.statementId }, select: { completedAt: true } });
    if (statement.completedAt) break;
    await runStatementImports(db);
    runs++;
  }
});
const first = await db.bankStatement.findUniqueOrThrow({ where: { id: uploaded.statementId }, select: { lineCount: true, matchedCount: true, returnedCount: true, unmatchedCount: true, skippedCount: true } });
console.log(JSON.stringify({ runs, ...first }));
const again = await time("importStatement again (same file)", () => importStatement(world.financeActor, { text: xml }));
console.log(JSON.stringify({ replayed: again.replayed }));
await db.$disconnect();
process.exit(0);
