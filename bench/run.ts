// `npm run bench` — how fast Manak is at the scale of a national portal, as ratios to what
// PostgreSQL and the browser allow (issue 9; README "Benchmarks"). One command, one machine:
//   1. generates the data set into its own embedded PostgreSQL (.data/bench-pg, port 55490);
//   2. catalogue search over HTTP and as raw SQL;          3. placing orders, service vs raw SQL;
//   4. public register and dashboard;                       5. outbox drain with two workers;
//   6. audit chain verification;                            7. first-load JS and throttled LCP;
//   8. the risk-flag job (bench/risk-flags.ts).
// Prints a table (target, PASS / MISS) and writes bench/results/latest.json. Talks to localhost
// only, and stops everything it started.
//
//   npm run bench [-- --quick] [--keep] [--reuse] [--only=2,4] [--skip=7]
//     --quick   1/10 of every figure (a few minutes)
//     --keep    keep the generated database in .data/bench-pg;  --reuse  run on a kept one
//     --only / --skip   sections by number (1 is the data set and always runs)
//   BENCH_PG_DIR / BENCH_PG_PORT choose another data folder / port (several kept data sets side by side)
import os from "node:os";
import path from "node:path";
import pg from "pg";
import "./lib/server-only";
import { timeAuditVerify } from "./audit-verify";
import { FULL_SCALE, generateDataSet, QUICK_SCALE } from "./generate";
import { ensureBuild, startApp, type RunningApp } from "./lib/app";
import { machineInfo } from "./lib/machine";
import { benchOutboxDrain } from "./lib/notify";
import { benchPlaceOrders, orderRequests } from "./lib/place-orders";
import { postgresVersion, startBenchPostgres } from "./lib/postgres";
import { Report } from "./lib/report";
import { run } from "../lib/dev/run";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const list = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1].split(",").filter(Boolean) ?? null;
const quick = flag("quick");
const only = list("only");
const skip = list("skip") ?? [];
const wanted = (section: string) => (!only || only.includes(section)) && !skip.includes(section);
const mode = quick ? "quick, 1/10 scale" : "full scale";
const scale = quick ? QUICK_SCALE : FULL_SCALE;
const log = (line: string) => console.log(line);

const report = new Report();
const started = performance.now();
const stops: (() => Promise<void>)[] = [];
let stopping = false;
async function stopAll() {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop().catch((e) => console.error("[bench] while stopping:", e));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

/** Runs one section; a failure becomes a "not available" row instead of ending the run. */
async function section(id: string, name: string, fn: () => Promise<void>) {
  if (!wanted(id)) return;
  log(`\n${id}. ${name}`);
  const t0 = performance.now();
  try {
    await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(error);
    report.unavailable(id, name, message.slice(0, 160));
  }
  log(`   (${Math.round((performance.now() - t0) / 1000)} s)`);
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const n = (x: number) => x.toLocaleString("en-US");

const database = await startBenchPostgres({ dataDir: process.env.BENCH_PG_DIR, port: Number(process.env.BENCH_PG_PORT ?? 55490), keep: flag("keep") || flag("reuse"), reuse: flag("reuse") });
stops.push(database.stop);
const pool = new pg.Pool({ connectionString: database.url, max: 10, options: "-c TimeZone=UTC" });
pool.on("error", () => {}); // an idle connection closed by the database stopping at the end
stops.push(() => pool.end());
let app: RunningApp | null = null;
let appError = "";

try {
  await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: database.url });
  // The app's own query and service modules (imported below) use lib/db, which reads this.
  process.env.DATABASE_URL = database.url;
  stops.push(async () => {
    const client = (globalThis as { manakPrisma?: { $disconnect(): Promise<void> } }).manakPrisma;
    await client?.$disconnect();
  });

  const machine = machineInfo(await postgresVersion(database.url));
  log(`1. data set (${mode})`);
  const { rows: existing } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "PurchaseOrder"`);
  if (existing[0].n === "0") {
    const generated = await generateDataSet(database.url, scale, log);
    report.info("1", "data set generated", `${generated.seconds} s`, generated);
    const c = generated.counts;
    report.info("1", "catalogue", `${n(c.Item)} items, ${n(c.Vendor)} vendors, ${n(c.Offer)} offers in ${n(c.OfferDistrict)} offer-districts`);
    report.info("1", "orders", `${n(c.PurchaseOrder)} purchase orders, ${n(c.SupplyOrder)} supply orders, ${n(c.Inspection)} inspections, ${n(c.Bill)} bills, ${n(c.Payment)} payments`);
    report.info("1", "audit chain", `${n(c.AuditEvent)} events`);
  } else {
    report.info("1", "data set", `reused (${n(Number(existing[0].n))} purchase orders in ${path.relative(root, database.dataDir)})`);
  }

  if (["2", "4", "7"].some(wanted)) {
    try {
      const buildSeconds = await ensureBuild(log);
      if (buildSeconds > 0) report.info("-", "next build (sources newer than .next)", `${buildSeconds} s`);
      app = await startApp({ databaseUrl: database.url, port: Number(process.env.BENCH_APP_PORT ?? 3190) });
      stops.push(() => app!.stop());
      log(`   app: ${app.baseUrl} (next start, production build)`);
    } catch (error) {
      appError = error instanceof Error ? error.message.split("\n")[0] : String(error);
      console.error("[bench] the app did not start:", error);
    }
  }

  await section("6", "audit chain verification", async () => {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent"`);
    const events = Number(rows[0].n);
    const { medianMs, times } = await timeAuditVerify(database.url, events, 3);
    report.check("6", `verify the whole chain (${n(events)} events), median of 3`, medianMs / 1000, "s", "≤ 5 s", (v) => v <= 5, { events, times, eventsPerSecond: Math.round(events / (medianMs / 1000)) });
  });

  await section("8", "risk flags (the worker's hourly job)", async () => {
    const { benchRiskFlags } = await import("./risk-flags");
    const result = await benchRiskFlags(database.url);
    const [first, second] = result.runs;
    const w = result.window;
    report.info("8", `computeRiskFlags over the last 365 days (${n(w.orders)} orders, ${n(w.supplyOrders)} supply orders, ${n(w.bills)} bills); ${n(result.flagsBefore)} flags before`, `${(first.ms / 1000).toFixed(1)} s, then ${(second.ms / 1000).toFixed(1)} s when run again (nothing new)`, result);
    const kinds = Object.entries(first.found).map(([kind, found]) => `${kind} ${n(found)}${first.added[kind] !== found ? ` (${n(first.added[kind])} new)` : ""}`);
    report.info("8", "flags found, by kind", kinds.join(", "));
  });

  await section("4", "public register and dashboard", async () => {
    const { benchTransparency } = await import("./lib/transparency");
    const result = await benchTransparency({ pool, baseUrl: app?.baseUrl ?? null, runs: quick ? 20 : 40, page: 1000 });
    report.info("4", "dashboard views refresh (all five, one transaction)", `${result.refreshSeconds} s`);
    for (const [name, s] of Object.entries(result.pages)) {
      report.check("4", `${name} page p95 (HTTP, whole page; p50 ${s.p50} ms)`, s.p95, "ms", "≤ 200 ms", (v) => v <= 200, s);
    }
    if (!app) report.unavailable("4", "register and dashboard pages over HTTP", `app: ${appError}`, "≤ 200 ms");
    for (const [name, s] of Object.entries(result.queries)) {
      report.info("4", `${name} query p95 (in-process)`, `${s.p95} ms (p50 ${s.p50})`, s);
    }
  });

  await section("2", "catalogue search", async () => {
    const { benchCatalogue, benchRelevance } = await import("./lib/catalogue");
    const result = await benchCatalogue({ pool, baseUrl: app?.baseUrl ?? null, runs: quick ? 3 : 5 });
    const label = `${result.queries} queries × ${result.runs}`;
    report.info("2", `raw SQL (pg) p50 / p95 / p99, ${label}`, `${result.raw.p50} / ${result.raw.p95} / ${result.raw.p99} ms`, result.raw);
    if (!result.http) {
      report.unavailable("2", "HTTP p95", `app: ${appError}`, "≤ 50 ms");
      return;
    }
    report.info("2", `HTTP p50 / p95 / p99, ${label}`, `${result.http.p50} / ${result.http.p95} / ${result.http.p99} ms`, result.http);
    report.check("2", "HTTP p95", result.http.p95, "ms", "≤ 50 ms", (v) => v <= 50, { byKind: result.byKind, perQuery: result.perQuery });
    report.check("2", `HTTP ÷ raw at p95 (at p50: ${result.ratioP50})`, result.ratioP95 ?? Number.NaN, "×", "≤ 2", (v) => v <= 2);
    for (const [kind, k] of Object.entries(result.byKind)) {
      report.info("2", `  ${kind}: HTTP p95 / raw p95`, `${k.http?.p95} / ${k.raw.p95} ms`);
    }
    const slowest = result.perQuery.slice(0, 3).map((q) => `${q.query} ${q.httpP95} ms`).join("; ");
    report.info("2", "  slowest (HTTP p95)", slowest);
    const relevance = await benchRelevance();
    report.info(
      "2",
      `recall@3 of the relevance set (${relevance.queries} queries) on this catalogue; things not sold that found items`,
      `${relevance.recallAt3} · ${(relevance.wrongForAbsent * 100).toFixed(1)} %`,
      relevance,
    );
  });

  // Placing orders writes (and leaves) a thousand orders, with their documents — which the pages
  // bench then has to show (/verify/<id>); the outbox drain empties the outbox, so it comes last.
  await section("3", "placing orders", async () => {
    const { placePurchaseOrder } = await import("../lib/services/purchase-order/place-purchase-order");
    const { financialYearOf } = await import("../lib/domain/purchase-order/numbering");
    const deliverBy = new Date(Date.now() + 45 * 86_400_000 + 330 * 60_000).toISOString().slice(0, 10);
    const requests = await orderRequests(pool, quick ? 100 : 500, financialYearOf(new Date()), deliverBy);
    const result = await benchPlaceOrders({ pool, requests, concurrency: 8, place: placePurchaseOrder });
    report.info("3", `service: ${n(result.orders)} orders, ${result.concurrency} at a time`, `${result.service.perSecond} orders/s (p50 ${result.service.p50Ms} ms, p95 ${result.service.p95Ms} ms; ${result.service.statementsPerOrder} statements an order)`, result.service);
    report.info("3", "same statements sent directly with pg", `${result.raw.perSecond} orders/s (p50 ${result.raw.p50Ms} ms)`, result.raw);
    report.info("3", "time each order holds the year's PO counter, p50 (orders queue on it)", `service ${result.service.serializedP50Ms} ms, raw ${result.raw.serializedP50Ms} ms`);
    report.check("3", "service ÷ raw orders/s", result.ratio, "", "≥ 0.5", (v) => v >= 0.5);
    if (result.service.failed > 0) report.info("3", "service calls that failed", String(result.service.failed));
  });

  await section("7", "pages: first-load JS, LCP, CLS and INP", async () => {
    if (!app) throw new Error(`app: ${appError}`);
    const { benchPages } = await import("./lib/pages");
    const result = await benchPages({ pool, baseUrl: app.baseUrl, lcpRuns: quick ? 3 : 5, log });
    const floor = result.floorBytes;
    if (floor === null) report.unavailable("7", "framework floor (/bench-floor)", "no /bench-floor route in the build");
    else report.info("7", "framework floor: /bench-floor, an empty page (gzip as transferred)", `${kb(floor)} KB`);
    for (const r of result.routes) {
      if (r.route === "/bench-floor") continue;
      if (!r.weight) {
        report.unavailable("7", `first-load JS ${r.route}`, r.note ?? "not measured", "≤ floor + 35 KB, ≤ 170 KB");
        continue;
      }
      const bytes = r.weight.scriptBytes;
      const over = floor === null ? null : bytes - floor;
      report.add({
        section: "7",
        figure: `first-load JS ${r.route}${r.as === "anonymous" ? "" : ` (as ${r.as.split("@")[0]})`}`,
        value: `${kb(bytes)} KB${over === null ? "" : ` (floor + ${kb(over)})`}`,
        target: "≤ floor + 35 KB, ≤ 170 KB",
        verdict: over !== null && over <= 35 * 1024 && bytes <= 170 * 1024 ? "PASS" : "MISS",
        data: r,
      });
    }
    for (const [name, l] of Object.entries(result.lcp)) {
      report.check("7", `LCP ${name} (${decodeURIComponent(l.path)}), median of ${l.runs.length}, throttled`, l.medianMs, "ms", "≤ 2,500 ms", (v) => v <= 2500, l);
    }
    for (const v of result.vitals) {
      report.check("7", `CLS ${decodeURIComponent(v.path)} (${v.locale.slice(0, 2)}; LCP ${v.lcpMs} ms), throttled`, v.cls, "", "≤ 0.1", (x) => x <= 0.1, v);
    }
    for (const i of result.inp) {
      if (i.ms === null) report.unavailable("7", `INP ${i.name}`, i.note ?? "not measured", "≤ 200 ms");
      else report.check("7", `INP ${i.name}, throttled`, i.ms, "ms", "≤ 200 ms", (v) => v <= 200, i);
    }
  });

  await section("5", "outbox drain", async () => {
    const result = await benchOutboxDrain({ databaseUrl: database.url, pool, messages: quick ? 10_000 : 100_000 });
    report.check("5", `${n(result.messages)} messages (½ e-mail, ½ SMS), ${result.workers} worker processes`, result.perSecond, "msgs/s", "≥ 1,000/s", (v) => v >= 1000, result);
    report.check("5", "lost", result.lost, "", "0", (v) => v === 0);
    report.check("5", "duplicates", result.duplicates, "", "0", (v) => v === 0);
  });

  const seconds = (performance.now() - started) / 1000;
  report.print(machine, mode, seconds);
  report.write(path.join(root, "bench/results/latest.json"), machine, mode, seconds);
  console.log(`\nbench/results/latest.json written${flag("keep") || flag("reuse") ? `; database kept in ${path.relative(root, database.dataDir)}` : ""}. Load average now ${os.loadavg()[0].toFixed(1)}.`);
} finally {
  await stopAll();
}
process.exit(0);
