// Layout shift, LCP and INP of the bench's phone pages on a running app (issue 17 §6), without
// the rest of the bench: `npx tsx bench/layout-shift.ts http://localhost:3000 [--runs=N] [--only=/path,…]`.
// Signs in with the demo accounts (the app must hold the demo seed). Prints one line per page and
// language, with the elements that moved; writes bench/results/layout-shift.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { signIn } from "./lib/pages";
import { PHONE_PAGES, pageInteractions } from "./lib/phone-pages";
import { throttledInteraction, throttledVitals, type Locale } from "./lib/vitals";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 1);
const only = process.argv.find((a) => a.startsWith("--only="))?.split("=")[1]?.split(",");
const { chromium } = await import("@playwright/test");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const results: unknown[] = [];
try {
  const storage = new Map<string, Awaited<ReturnType<typeof signIn>>>();
  const storageFor = async (email: string | null) => {
    if (!email) return undefined;
    if (!storage.has(email)) storage.set(email, await signIn(browser, baseUrl, email));
    return storage.get(email);
  };
  for (const p of PHONE_PAGES.filter((p) => !only || only.includes(p.path))) {
    const state = await storageFor(p.demoAccount);
    for (const locale of ["hi-IN", "en-IN"] as Locale[]) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await throttledVitals(browser, baseUrl, state, p.path, locale));
      const worst = all.reduce((a, b) => (b.cls > a.cls ? b : a));
      results.push({ path: p.path, locale, runs: all });
      console.log(`${p.path} ${locale}: CLS ${all.map((v) => v.cls).join(", ")}; LCP ${all.map((v) => v.lcpMs).join(", ")} ms` +
        (worst.shifts.length ? `\n    moved: ${worst.shifts.map((s) => `${s.value} ${s.sources.join(" ")}`).join(" | ")}` : ""));
    }
  }
  for (const interaction of pageInteractions()) {
    if (only && !only.includes(interaction.path)) continue;
    const state = await storageFor(interaction.demoAccount);
    const inp = await throttledInteraction(browser, baseUrl, state, interaction.path, "hi-IN", interaction.act);
    results.push({ interaction: interaction.name, inpMs: inp });
    console.log(`INP ${interaction.name}: ${inp} ms`);
  }
} finally {
  await browser.close();
}
const out = path.join(import.meta.dirname, "results/layout-shift.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2));
