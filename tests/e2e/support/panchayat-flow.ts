// The panchayat's order flow driven through the real pages, shared by tests/e2e/panchayat.spec.ts
// and bench/panchayat-pages.ts (which needs an order page and a supply order awaiting receipt).
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Manak@2026";
export const PANCHAYAT = "panchayat@demo.manak.in";
export const DEMO_VENDOR = "vendor@demo.manak.in";
// Only Shree Ganesh Steel Furniture (the demo vendor) offers the iron pan in Durg, so every order
// of it from Gram Panchayat Anda goes to that vendor; no pre-dispatch inspection, value < ₹1 lakh.
export const ITEM_WORD = "तसला";
export const ITEM_NAME = /लोहे का तसला/;
const QUANTITY = "20";

/** Signs in through the real form and waits until the user's window is there. */
export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#sign-in-form button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Catalogue search by a Hindi word → cart → purchase order; returns the order's path and its supply order's id. */
export async function placeOrder(page: Page): Promise<{ orderPath: string; supplyOrderId: string }> {
  await page.goto("/buyer/catalogue");
  await page.locator("#q").fill(ITEM_WORD);
  await page.locator("form[role=search] button[type=submit]").click();
  const item = page.locator("li", { has: page.getByRole("heading", { name: ITEM_NAME }) }).first();
  await expect(item).toBeVisible();
  await item.locator('input[name="quantity"]').fill(QUANTITY);
  await item.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/notice=added/);
  await page.goto("/buyer/cart");
  const form = page.locator("form", { has: page.locator('select[name="budgetHeadId"]') });
  await form.locator('select[name="budgetHeadId"]').selectOption({ index: 1 });
  // The first press asks for confirmation (issue 15); the submit is inside the question.
  await form.locator("[data-confirm-open]").click();
  await form.locator("[data-testid=confirm-submit] button[type=submit]").click();
  await expect(page).toHaveURL(/\/buyer\/orders\/[0-9a-f-]{36}/);
  const orderPath = new URL(page.url()).pathname;
  const href = await page.locator('main a[href^="/buyer/supply-orders/"]').first().getAttribute("href");
  return { orderPath, supplyOrderId: href!.split("/").pop()! };
}

/** The vendor accepts the supply order and records its dispatch, in the vendor's own window. */
export async function vendorShips(browser: Browser, baseURL: string, supplyOrderId: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, DEMO_VENDOR);
  await page.goto(`/vendor/orders/${supplyOrderId}`);
  await page.locator("form:not(:has(textarea)):has(input[name=supplyOrderId]) button[type=submit]").click();
  await page.waitForLoadState("networkidle");
  await page.goto(`/vendor/dispatch/${supplyOrderId}`);
  const form = page.locator("form", { has: page.locator('input[name="invoiceNumber"]') });
  await form.locator('input[name="invoiceNumber"]').fill(`INV-${supplyOrderId.slice(-6)}`);
  await form.locator('input[name="transporter"]').fill("Durg Roadways");
  await form.locator('input[name="docketNumber"]').fill(`DK-${supplyOrderId.slice(-6)}`);
  await form.locator("button[type=submit]").click();
  await page.waitForLoadState("networkidle");
  await context.close();
}
