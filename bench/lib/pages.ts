/**
 * Issue 9 §7, in Debian's Chromium through Playwright (CDP):
 *  - first-load JavaScript of every page route of the build: the gzip bytes as transferred
 *    (Network.loadingFinished encodedDataLength of every Script response until the network is
 *    idle, cold cache), beside the floor — /bench-floor, an empty server-rendered page of the same
 *    build (framework + root layout, what every page ships);
 *  - Largest Contentful Paint of the public catalogue and the buyer home under 150 ms RTT,
 *    1.6 Mbit/s down, 750 kbit/s up and the CPU slowed 4× (Network.emulateNetworkConditions,
 *    Emulation.setCPUThrottlingRate), median of cold loads.
 * A phone (360 × 640) in Hindi, as the panchayat pages bench (bench/panchayat-pages.ts) measures.
 * Role pages are loaded signed in as a bench account of that role (bench/generate.ts), so they
 * show an office's, a firm's or the state's real volume of data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type pg from "pg";
import { loginAs } from "../../tests/e2e/fixtures";
import { PHONE_PAGES, pageInteractions } from "./phone-pages";
import { SLOW_NETWORK, throttledInteraction, throttledVitals, type Locale, type Vitals } from "./vitals";

const root = path.resolve(import.meta.dirname, "../..");
export { SLOW_NETWORK };
const PHONE = { viewport: { width: 360, height: 640 }, locale: "hi-IN" };

type Storage = Awaited<ReturnType<BrowserContext["storageState"]>>;
export type Weight = { scripts: number; scriptBytes: number; cssBytes: number; fontBytes: number; documentBytes: number; otherBytes: number };
export type RouteWeight = { route: string; path: string | null; as: string; weight: Weight | null; note?: string };
export type PagesResult = {
  floorBytes: number | null;
  routes: RouteWeight[];
  lcp: Record<string, { path: string; runs: number[]; medianMs: number }>;
  /** Issue 17: layout shift (and LCP) of the phone pages in Hindi and English, INP of two interactions. */
  vitals: ({ path: string; locale: Locale } & Vitals)[];
  inp: { name: string; path: string | null; ms: number | null; note?: string }[];
};

/** Who opens each route group: anonymous for public pages, else a bench account of the role. */
const ACCOUNTS: Record<string, string | null> = {
  "(public)": null,
  "(bench)": null,
  "(buyer)": "buyer-00000@bench.manak.local",
  "(signed-in)": "buyer-00000@bench.manak.local",
  "(finance)": "finance-00000@bench.manak.local",
  "(vendor)": "vendor-0000000@bench.manak.local",
  "(inspector)": "inspector@demo.manak.in",
  "(admin)": "admin@demo.manak.in",
};

/** Page routes of the build (app-path-routes-manifest.json), without Next's own error pages. */
export function pageRoutes(): { route: string; group: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([key, route]) => key.endsWith("/page") && !route.startsWith("/_"))
    .map(([key, route]) => ({ route, group: /^\/(\([^)]+\))/.exec(key)?.[1] ?? "(public)" }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * A real path for a dynamic route, from the bench data seen by the account that opens it; null
 * when there is nothing of that kind to show (the row then says so).
 */
async function samplePath(pool: pg.Pool, route: string, account: string | null): Promise<string | null> {
  if (!route.includes("[")) return route;
  const one = async (sql: string, values: unknown[] = []) => (await pool.query<{ v: string }>(sql, values)).rows[0]?.v ?? null;
  const office = `(SELECT "officeId" FROM "User" WHERE email = $1)`;
  const vendor = `(SELECT "vendorId" FROM "User" WHERE email = $1)`;
  const samples: [RegExp, () => Promise<string | null>][] = [
    [/^\/catalogue\/\[code\]$/, () => one(`SELECT code AS v FROM "Item" WHERE code = 'FUR-004'`)],
    [/^\/orders\/\[\.\.\.number\]$/, () => one(`SELECT number AS v FROM "PurchaseOrder" ORDER BY "createdAt" DESC LIMIT 1`)],
    [/^\/vendors\/\[id\]$/, () => one(`SELECT "vendorId"::text AS v FROM "SupplyOrder" ORDER BY "createdAt" DESC LIMIT 1`)],
    [/^\/verify\/\[id\]$/, () => one(`SELECT id::text AS v FROM "Document" ORDER BY "createdAt" DESC LIMIT 1`)],
    [/^\/buyer\/orders\/\[id\]$/, () => one(`SELECT id::text AS v FROM "PurchaseOrder" WHERE "officeId" = ${office} ORDER BY "createdAt" DESC LIMIT 1`, [account])],
    [/^\/buyer\/supply-orders\/\[id\]$/, () => one(`SELECT so.id::text AS v FROM "SupplyOrder" so JOIN "PurchaseOrder" po ON po.id = so."purchaseOrderId" WHERE po."officeId" = ${office} ORDER BY so."createdAt" DESC LIMIT 1`, [account])],
    [/^\/finance\/bills\/\[id\]$/, () => one(`SELECT id::text AS v FROM "Bill" WHERE "officeId" = ${office} ORDER BY status DESC, "generatedAt" DESC LIMIT 1`, [account])],
    [/^\/vendor\/(orders|dispatch)\/\[id\]$/, () => one(`SELECT id::text AS v FROM "SupplyOrder" WHERE "vendorId" = ${vendor} ORDER BY (status = 'READY_TO_DISPATCH') DESC, "createdAt" DESC LIMIT 1`, [account])],
    [/^\/vendor\/offers\/\[id\]\/edit$/, () => one(`SELECT id::text AS v FROM "Offer" WHERE "vendorId" = ${vendor} ORDER BY "createdAt" DESC LIMIT 1`, [account])],
    [/^\/inspector\/inspections\/\[id\]$/, () => one(`SELECT i.id::text AS v FROM "Inspection" i JOIN "Inspector" r ON r.id = i."inspectorId" JOIN "User" u ON u.id = r."userId" WHERE u.email = $1 ORDER BY (i.status = 'ASSIGNED') DESC, i."scheduledOn" DESC LIMIT 1`, [account])],
    [/^\/admin\/catalogue\/categories\/\[id\]$/, () => one(`SELECT id::text AS v FROM "Category" ORDER BY code LIMIT 1`)],
    [/^\/admin\/catalogue\/items\/\[id\]$/, () => one(`SELECT id::text AS v FROM "Item" WHERE code = 'FUR-004'`)],
  ];
  const sample = samples.find(([pattern]) => pattern.test(route));
  const value = sample ? await sample[1]() : null;
  if (!value) return null;
  return route.replace(/\[(?:\.\.\.)?[^\]]+\]/, value);
}

/**
 * The page of a supply order the bench buyer can record a receipt for: one of their office's in
 * DISPATCHED, the only status the receipt form is shown in (lib/domain/supply-order/status.ts).
 * The route's sample for first-load JS (the office's newest supply order) is usually BILLED or
 * CLOSED and has no form, which is why INP of the receipt form was "not available" (issue 17).
 * The bench only types into the form; it never submits it, so the order stays receivable.
 */
async function receivablePath(pool: pg.Pool, account: string | null): Promise<string | null> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT so.id::text AS id FROM "SupplyOrder" so JOIN "PurchaseOrder" po ON po.id = so."purchaseOrderId"
     WHERE po."officeId" = (SELECT "officeId" FROM "User" WHERE email = $1) AND so.status = 'DISPATCHED'
     ORDER BY so."createdAt" DESC LIMIT 1`,
    [account],
  );
  return rows[0] ? `/buyer/supply-orders/${rows[0].id}` : null;
}

export async function signIn(browser: Browser, baseUrl: string, email: string): Promise<Storage> {
  const context = await browser.newContext({ baseURL: baseUrl, ...PHONE, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await loginAs(page, email);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Bytes on the wire by resource type for one cold load of `url` (a fresh context: empty cache). */
export async function weigh(browser: Browser, baseUrl: string, storage: Storage | undefined, url: string, opts: { signedIn?: boolean } = {}): Promise<Weight> {
  const context = await browser.newContext({ baseURL: baseUrl, ...PHONE, storageState: storage, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const types = new Map<string, string>();
    const weight: Weight = { scripts: 0, scriptBytes: 0, cssBytes: 0, fontBytes: 0, documentBytes: 0, otherBytes: 0 };
    cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
    cdp.on("Network.loadingFinished", (e) => {
      const type = types.get(e.requestId);
      if (type === "Script") {
        weight.scripts += 1;
        weight.scriptBytes += e.encodedDataLength;
      } else if (type === "Stylesheet") weight.cssBytes += e.encodedDataLength;
      else if (type === "Font") weight.fontBytes += e.encodedDataLength;
      else if (type === "Document") weight.documentBytes += e.encodedDataLength;
      else weight.otherBytes += e.encodedDataLength;
    });
    const response = await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
    if (!response?.ok()) throw new Error(`HTTP ${response?.status()}`);
    if (opts.signedIn && new URL(page.url()).pathname.startsWith("/sign-in")) throw new Error("redirected to sign-in");
    return weight;
  } finally {
    await context.close();
  }
}

/** LCP of one cold load of `url` on the slow network with the CPU slowed 4×, in ms. */
export async function throttledLcp(browser: Browser, baseUrl: string, storage: Storage | undefined, url: string): Promise<number> {
  const context = await browser.newContext({ baseURL: baseUrl, ...PHONE, storageState: storage, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_NETWORK });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    return await lcpOf(page);
  } finally {
    await context.close();
  }
}

async function lcpOf(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let latest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) latest = entry.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        // LCP stops at the first input; the page is loaded and idle by now, so a short wait collects it.
        setTimeout(() => resolve(latest), 1500);
      }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchPages(opts: { pool: pg.Pool; baseUrl: string; lcpRuns: number; log: (line: string) => void }): Promise<PagesResult> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const storage = new Map<string, Storage>();
    const storageFor = async (email: string | null) => {
      if (!email) return undefined;
      if (!storage.has(email)) storage.set(email, await signIn(browser, opts.baseUrl, email));
      return storage.get(email);
    };
    // Sign-ins and sample paths first (sequential), then the cold loads four at a time: bytes on
    // the wire do not depend on what else the machine is doing.
    const planned: { route: string; url: string | null; as: string; state: Storage | undefined }[] = [];
    for (const { route, group } of pageRoutes()) {
      const account = route.startsWith("/sign-in") ? null : (ACCOUNTS[group] ?? null);
      planned.push({ route, url: await samplePath(opts.pool, route, account), as: account ?? "anonymous", state: await storageFor(account) });
    }
    const routes: RouteWeight[] = new Array(planned.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let i = next++; i < planned.length; i = next++) {
          const { route, url, as, state } = planned[i];
          if (!url) {
            routes[i] = { route, path: null, as, weight: null, note: "no sample in the bench data" };
            continue;
          }
          try {
            routes[i] = { route, path: url, as, weight: await weigh(browser, opts.baseUrl, state, url, { signedIn: as !== "anonymous" }) };
          } catch (error) {
            routes[i] = { route, path: url, as, weight: null, note: error instanceof Error ? error.message.split("\n")[0] : String(error) };
          }
        }
      }),
    );
    const floorBytes = routes.find((r) => r.route === "/bench-floor")?.weight?.scriptBytes ?? null;

    const lcp: PagesResult["lcp"] = {};
    const targets: [string, string, string | null][] = [
      ["public catalogue", "/catalogue?q=" + encodeURIComponent("कुर्सी"), null],
      ["buyer home", "/buyer", ACCOUNTS["(buyer)"]],
    ];
    for (const [name, url, account] of targets) {
      const state = await storageFor(account);
      await weigh(browser, opts.baseUrl, state, url, { signedIn: account !== null }); // rendered once before it is timed
      const runs: number[] = [];
      for (let i = 0; i < opts.lcpRuns; i++) runs.push(Math.round(await throttledLcp(browser, opts.baseUrl, state, url)));
      lcp[name] = { path: url, runs, medianMs: median(runs) };
      opts.log(`    LCP ${name}: ${runs.join(", ")} ms`);
    }

    const vitals: PagesResult["vitals"] = [];
    for (const p of PHONE_PAGES) {
      const state = await storageFor(p.benchAccount);
      for (const locale of ["hi-IN", "en-IN"] as Locale[]) {
        const v = await throttledVitals(browser, opts.baseUrl, state, p.path, locale);
        vitals.push({ path: p.path, locale, ...v });
        opts.log(`    CLS ${decodeURIComponent(p.path)} ${locale}: ${v.cls}${v.shifts.length ? ` (moved: ${v.shifts.map((x) => `${x.value} ${x.sources[0] ?? ""}`).join("; ")})` : ""}`);
      }
    }
    const receipt = await receivablePath(opts.pool, ACCOUNTS["(buyer)"]);
    const inp: PagesResult["inp"] = [];
    for (const interaction of pageInteractions(receipt)) {
      try {
        const ms = await throttledInteraction(browser, opts.baseUrl, await storageFor(interaction.benchAccount), interaction.path, "hi-IN", interaction.act);
        inp.push({ name: interaction.name, path: interaction.path, ms });
      } catch (error) {
        inp.push({ name: interaction.name, path: interaction.path, ms: null, note: error instanceof Error ? error.message.split("\n")[0] : String(error) });
      }
    }
    if (!receipt) inp.push({ name: "receipt form: typing the received quantity", path: null, ms: null, note: "no DISPATCHED supply order of the bench buyer's office" });
    return { floorBytes, routes, lcp, vitals, inp };
  } finally {
    await browser.close();
  }
}
