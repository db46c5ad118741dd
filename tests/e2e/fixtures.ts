import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Manak@2026";
export const DEMO = {
  BUYER: "buyer@demo.manak.in",
  PANCHAYAT: "panchayat@demo.manak.in",
  VENDOR: "vendor@demo.manak.in",
  INSPECTOR: "inspector@demo.manak.in",
  FINANCE: "finance@demo.manak.in",
  ADMIN: "admin@demo.manak.in",
} as const;

/** Signs in through the real form, as a person would. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("#sign-in-form button[type=submit]").click();
}

export const test = base;
export { expect };
