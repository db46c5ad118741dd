import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../../prisma/seed-data/demo-accounts";

export { DEMO_PASSWORD };
export const DEMO = {
  BUYER: DEMO_EMAIL.buyer,
  PANCHAYAT: DEMO_EMAIL.panchayat,
  VENDOR: DEMO_EMAIL.vendor,
  INSPECTOR: DEMO_EMAIL.inspector,
  FINANCE: DEMO_EMAIL.finance,
  ADMIN: DEMO_EMAIL.admin,
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
