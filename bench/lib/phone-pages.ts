import type { Page } from "@playwright/test";

/**
 * The phone pages whose layout stability the bench reports (issue 17 §6): the public pages a
 * visitor lands on and each signed-in window's first pages, opened by a bench account of the role
 * in the bench (bench/generate.ts) and by a demo account on a demo database (bench/layout-shift.ts).
 */
export type PhonePage = { path: string; benchAccount: string | null; demoAccount: string | null };

const BUYER = { benchAccount: "buyer-00000@bench.manak.local", demoAccount: "buyer@demo.manak.in" };
export const PHONE_PAGES: PhonePage[] = [
  { path: "/", benchAccount: null, demoAccount: null },
  { path: "/catalogue", benchAccount: null, demoAccount: null },
  { path: "/catalogue?q=" + encodeURIComponent("कुर्सी"), benchAccount: null, demoAccount: null },
  { path: "/dashboard", benchAccount: null, demoAccount: null },
  { path: "/orders", benchAccount: null, demoAccount: null },
  { path: "/buyer", ...BUYER },
  { path: "/buyer/orders", ...BUYER },
  { path: "/buyer/catalogue?q=" + encodeURIComponent("कुर्सी"), ...BUYER },
  { path: "/vendor", benchAccount: "vendor-0000000@bench.manak.local", demoAccount: "vendor@demo.manak.in" },
  { path: "/finance", benchAccount: "finance-00000@bench.manak.local", demoAccount: "finance@demo.manak.in" },
];

export type PhoneInteraction = { name: string; path: string; benchAccount: string | null; demoAccount: string | null; act: (page: Page) => Promise<void> };

/** Interactions timed for INP: typing into the catalogue's search box, and the receipt form's quantity. */
export function pageInteractions(receiptPath?: string | null): PhoneInteraction[] {
  const interactions: PhoneInteraction[] = [
    {
      name: "catalogue search: typing a word",
      path: "/catalogue",
      benchAccount: null,
      demoAccount: null,
      act: async (page) => {
        await page.locator("input[name=q]").first().click();
        await page.keyboard.type("kursi", { delay: 120 });
      },
    },
  ];
  if (receiptPath) {
    interactions.push({
      name: "receipt form: typing the received quantity",
      path: receiptPath,
      ...BUYER,
      act: async (page) => {
        // The quantity field holds what was dispatched; select it so the typing replaces it.
        const input = page.locator("#receipt-form input[inputmode=numeric]").first();
        await input.click();
        await input.selectText();
        await page.keyboard.type("12", { delay: 120 });
      },
    });
  }
  return interactions;
}
