/**
 * Issue 17 §6: layout stability and responsiveness on a throttled phone (360 × 640, 150 ms RTT,
 * 1.6 / 0.75 Mbit/s, CPU 4× slower), in Hindi and in English, cold cache:
 *  - cumulative layout shift as Chrome reports it (the largest session window of layout-shift
 *    entries without recent input: gaps under 1 s, windows up to 5 s), collected until 2 s after
 *    the load event, with the elements that moved (to know what to fix);
 *  - interaction to next paint of one interaction (the longest Event Timing entry of it:
 *    input delay + processing + presentation), e.g. typing in the catalogue's search box.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";

export const SLOW_NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
type Storage = Awaited<ReturnType<BrowserContext["storageState"]>>;
export type Locale = "hi-IN" | "en-IN";
export type Vitals = { lcpMs: number; cls: number; shifts: { value: number; sources: string[] }[] };

// Before any script of the page: observe shifts and LCP from the start (buffered entries too).
// A string, not a function: tsx's helpers (__name) do not exist in the page.
const OBSERVE = `(() => {
  const w = window;
  w.__vitals = { lcp: 0, shifts: [] };
  const describe = (node) => {
    if (!node || !(node instanceof Element)) return node ? node.nodeName : "?";
    const id = node.id ? "#" + node.id : "";
    const cls = typeof node.className === "string" && node.className.trim() ? "." + node.className.trim().split(/\\s+/).slice(0, 3).join(".") : "";
    return node.tagName.toLowerCase() + id + cls;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__vitals.shifts.push({ t: e.startTime, v: e.value, input: e.hadRecentInput, sources: (e.sources || []).map((s) => describe(s.node)) });
    }
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__vitals.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
})();`;

async function throttledContext(browser: Browser, baseUrl: string, storage: Storage | undefined, locale: Locale) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 640 }, locale, storageState: storage, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_NETWORK });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page };
}

/** Session windows as Chrome's CLS: shifts less than 1 s apart, a window at most 5 s long; the largest window. */
export function clsOf(shifts: { t: number; v: number; input: boolean }[]): number {
  let best = 0;
  let window = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last > 1000 || s.t - start > 5000) {
      window = 0;
      start = s.t;
    }
    window += s.v;
    last = s.t;
    best = Math.max(best, window);
  }
  return best;
}

export async function throttledVitals(browser: Browser, baseUrl: string, storage: Storage | undefined, url: string, locale: Locale): Promise<Vitals> {
  const { context, page } = await throttledContext(browser, baseUrl, storage, locale);
  try {
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForTimeout(2000);
    const v = (await page.evaluate("window.__vitals")) as { lcp: number; shifts: { t: number; v: number; input: boolean; sources: string[] }[] };
    return {
      lcpMs: Math.round(v.lcp),
      cls: Math.round(clsOf(v.shifts) * 1000) / 1000,
      shifts: v.shifts.filter((s) => !s.input && s.v >= 0.005).map((s) => ({ value: Math.round(s.v * 1000) / 1000, sources: s.sources })),
    };
  } finally {
    await context.close();
  }
}

/**
 * INP of one interaction on a loaded page: `act` performs it (a tap, typing), and the longest
 * Event Timing entry with an interactionId that it caused is the figure.
 */
export async function throttledInteraction(
  browser: Browser,
  baseUrl: string,
  storage: Storage | undefined,
  url: string,
  locale: Locale,
  act: (page: Page) => Promise<void>,
): Promise<number> {
  const { context, page } = await throttledContext(browser, baseUrl, storage, locale);
  try {
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForTimeout(1000);
    await page.evaluate(`(() => {
      window.__inp = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.interactionId) window.__inp = Math.max(window.__inp, e.duration);
      }).observe({ type: "event", buffered: true, durationThreshold: 16 });
    })()`);
    await act(page);
    await page.waitForTimeout(1500);
    return Math.round((await page.evaluate("window.__inp")) as number);
  } finally {
    await context.close();
  }
}
