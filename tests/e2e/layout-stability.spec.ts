import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Issue 17 §6: pages do not move while they load on a phone. Deterministic checks of the two
 * causes found (the bench measures CLS itself, throttled, in bench/lib/vitals.ts):
 * - the web fonts arriving: the page laid out with the fallback fonts only (font files refused)
 *   has its content where it is with the web fonts;
 * - streamed content: the footer is below the fold of a 360 × 640 screen, so a page replacing its
 *   loading state does not push it down the screen.
 * And the search result copy that says what happened to the words.
 */
const PHONE = { viewport: { width: 360, height: 640 } };

async function layoutOf(browser: Browser, path: string, locale: string, fonts: boolean) {
  const context = await browser.newContext({ ...PHONE, locale });
  const page = await context.newPage();
  if (!fonts) await page.route(/\.woff2?$/, (route) => route.abort());
  await page.goto(path, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? null;
  const layout = { main: await box("main#main"), h1: await box("main h1"), footer: await box("footer") };
  await context.close();
  return layout;
}

for (const locale of ["hi-IN", "en-IN"]) {
  for (const path of ["/", "/catalogue", "/dashboard"]) {
    test(`${path} (${locale}): content starts at the same place with and without the web fonts`, async ({ browser }) => {
      const withFonts = await layoutOf(browser, path, locale, true);
      const fallback = await layoutOf(browser, path, locale, false);
      expect(fallback.main).toBe(withFonts.main);
      expect(Math.abs((fallback.h1 ?? 0) - (withFonts.h1 ?? 0))).toBeLessThanOrEqual(2);
      expect(withFonts.footer).toBeGreaterThanOrEqual(640);
    });
  }
}

test("a search for something Manak does not sell says so, with suggestions apart from results", async ({ page }) => {
  await page.goto("/catalogue?q=" + encodeURIComponent("बाल्टी"));
  await expect(page.getByText("Nothing in the catalogue matches “बाल्टी”")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Suggestions (not search results)" })).toBeVisible();
  await page.goto("/catalogue?q=kursi");
  await expect(page.getByRole("heading", { name: "Steel folding chair" })).toBeVisible();
  await page.goto("/catalogue?q=chiar");
  await expect(page.getByText("Nothing matched “chiar”, so these are the results for “chair”.")).toBeVisible();
});
