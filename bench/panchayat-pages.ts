// How heavy the panchayat secretary's phone pages are (issue 8's targets; figures go to
// docs/performance.md "Panchayat phone pages"). In Debian's Chromium through Playwright, on a
// 360 × 640 viewport in Hindi:
//  - first-load JavaScript, gzip as transferred (CDP Network.loadingFinished encodedDataLength
//    of every Script response until the network is idle, cold cache; bench/lib/pages.ts), for the buyer home, the
//    catalogue, a purchase order and a supply order with its receipt form (the order is placed and
//    dispatched through the pages first), against the floor: /bench-floor, an empty page of the
//    same build (framework + root layout: what every page of this app ships);
//  - Largest Contentful Paint of the catalogue under 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up
//    and CPU slowed 4× (CDP Network.emulateNetworkConditions + Emulation.setCPUThrottlingRate),
//    median of 5 cold loads.
//
//   npm run build && npx tsx bench/panchayat-pages.ts
// starts scripts/e2e-server.ts (fresh seeded database) on ports of its own, or measures a
// running server given BENCH_BASE_URL (it must have the demo accounts).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { ITEM_WORD, PANCHAYAT, placeOrder, signIn, vendorShips } from "../tests/e2e/support/panchayat-flow";
import { SLOW_NETWORK, throttledLcp, weigh, type Weight } from "./lib/pages";
import { round } from "./lib/stats";

const root = path.resolve(import.meta.dirname, "..");
const LCP_RUNS = 5;

async function startServer(): Promise<{ baseUrl: string; child?: ChildProcess }> {
  if (process.env.BENCH_BASE_URL) return { baseUrl: process.env.BENCH_BASE_URL };
  const port = process.env.BENCH_PORT ?? "3181";
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/e2e-server.ts")], {
    cwd: root,
    env: { ...process.env, E2E_PORT: port, E2E_PG_PORT: "54391", E2E_SMTP_PORT: "2681", E2E_SMS_PORT: "2682" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://localhost:${port}`;
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) return { baseUrl, child };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the bench server did not start");
}

async function signedInContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 640 }, locale: "hi-IN", serviceWorkers: "block" });
  const page = await context.newPage();
  await signIn(page, PANCHAYAT);
  await page.close();
  return context;
}

/** A purchase order placed through the pages, and its supply order dispatched: the receipt form shows. */
async function orderPages(browser: Browser, baseUrl: string, context: BrowserContext): Promise<{ orderPath: string; supplyOrderPath: string }> {
  const page = await context.newPage();
  const { orderPath, supplyOrderId } = await placeOrder(page);
  await page.close();
  await vendorShips(browser, baseUrl, supplyOrderId);
  return { orderPath, supplyOrderPath: `/buyer/supply-orders/${supplyOrderId}` };
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { baseUrl, child } = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const context = await signedInContext(browser, baseUrl);
  const storage = await context.storageState();
  const { orderPath, supplyOrderPath } = await orderPages(browser, baseUrl, context);
  const pages = [
    { name: "floor (empty page)", path: "/bench-floor" },
    { name: "home", path: "/buyer" },
    { name: "catalogue", path: `/buyer/catalogue?q=${encodeURIComponent(ITEM_WORD)}` },
    { name: "purchase order", path: orderPath },
    { name: "supply order + receipt form", path: supplyOrderPath },
  ];
  const rows: Record<string, Weight & { path: string }> = {};
  for (const { name, path: url } of pages) {
    // Two cold loads; the smaller (no stray retry) is kept.
    const [a, b] = [await weigh(browser, baseUrl, storage, url), await weigh(browser, baseUrl, storage, url)];
    rows[name] = { ...(a.scriptBytes <= b.scriptBytes ? a : b), path: url };
  }
  const floor = rows["floor (empty page)"].scriptBytes;
  console.log("\nFirst-load JavaScript (gzip, as transferred):");
  for (const [name, w] of Object.entries(rows)) {
    console.log(`  ${name.padEnd(20)} ${String(kb(w.scriptBytes)).padStart(6)} KB in ${w.scripts} files  (+${kb(w.scriptBytes - floor)} KB over the floor)  css ${kb(w.cssBytes)} KB, fonts ${kb(w.fontBytes)} KB, html ${kb(w.documentBytes)} KB  ${w.path}`);
  }
  const catalogue = pages[2].path;
  const lcps: number[] = [];
  for (let i = 0; i < LCP_RUNS; i++) lcps.push(await throttledLcp(browser, baseUrl, storage, catalogue));
  console.log(`\nLCP of ${catalogue} (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×): median ${Math.round(median(lcps))} ms of ${lcps.map(Math.round).join(", ")}`);

  const out = path.join(root, "bench/results/panchayat-pages.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({
    measuredAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model.trim(), node: process.version, chromium: browser.version() },
    firstLoadJs: Object.fromEntries(Object.entries(rows).map(([name, w]) => [name, { ...w, scriptKB: kb(w.scriptBytes), overFloorKB: kb(w.scriptBytes - floor) }])),
    catalogueLcpMs: { runs: lcps.map(Math.round), median: Math.round(median(lcps)), conditions: { ...SLOW_NETWORK, cpuSlowdown: 4 } },
  }, null, 2) + "\n");
  console.log(`\nwritten to ${path.relative(root, out)}`);
  await context.close();
} finally {
  await browser.close();
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
}
