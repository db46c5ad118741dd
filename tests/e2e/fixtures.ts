import { execFileSync } from "node:child_process";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
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

/** No axe-core violation on the page as the user sees it now (every rule). */
export async function expectAccessible(page: Page) {
  // A page streams: its heading may arrive after "load". Check the page a person reads, not the
  // shell before the stream ends (axe on the shell reports a missing h1).
  await expect(page.locator("h1").first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), page.url()).toEqual([]);
}

/** No WCAG 2.0/2.1 A or AA violation (axe-core's wcag2a and wcag2aa rules). */
export async function expectNoWcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/**
 * Runs a data script of tests/e2e/support against the e2e server's database and returns the JSON
 * it prints last (what the spec aims at).
 */
export function e2eData<T>(script: string): T {
  const root = path.resolve(import.meta.dirname, "../..");
  const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/manak_e2e`;
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "tests/e2e/support", script)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop()!) as T;
}

export const test = base;
export { expect };
