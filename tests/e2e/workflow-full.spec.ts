// The whole workflow in the browser, across the roles (issue 5): buyer → vendor → inspector
// (pre) → vendor dispatch → buyer receipt → inspector (post) → finance payment, plus a rejection
// that reallocates and a failed inspection that is re-inspected.
//
// Ordering part (engineer A): the buyer's cart and purchase order, the allocation the buyer sees,
// the vendor's inbox and acceptance, the rejection that reallocates, and `recordReceiptInBrowser`
// for the buyer's receipt step. Fulfilment part (engineer B): appended at the end of this file.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO, expect, loginAs, test, expectAccessible } from "./fixtures";

// A step's confirmation appears after its server action has written and redirected.
const AFTER_SUBMIT = { timeout: 20_000 };


/** Vendors' log-ins in the demo data, by legal name (every demo account's password is the same). */
export const VENDOR_EMAIL = {
  "Chhattisgarh Steel Udyog": "cgsteeludyog@example.com",
  "Maa Bamleshwari Paper Products": "maabamleshwaripaper@example.com",
  "Raipur Stationery Works": "raipurstationery@example.com",
} as const;

/**
 * Signs in and keeps the pages in English whatever the account's own language (most local
 * vendors' is Hindi), so the steps read the same for every role.
 */
export async function signInInEnglish(page: Page, email: string) {
  await loginAs(page, email);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
}

export async function signIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInInEnglish(page, email);
  return { context, page };
}

/**
 * The buyer adds an item to the cart from the buyer's catalogue (found by its code), places the
 * purchase order on the budget head whose code is given, and lands on the order's page. Returns the
 * order's path and its first supply order's id and number.
 */
export async function placeOrderInBrowser(page: Page, opts: { itemCode: string; quantity: number; budgetHead: string }) {
  await page.goto(`/buyer/catalogue?q=${encodeURIComponent(opts.itemCode)}`);
  const item = page.locator("main li", { hasText: opts.itemCode }).first();
  await item.getByLabel("Quantity").fill(String(opts.quantity));
  await item.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible(AFTER_SUBMIT);

  await page.goto("/buyer/cart");
  await expect(page.getByText(/Would go to/)).toBeVisible();
  await expectAccessible(page);
  const form = page.locator("form", { has: page.locator('select[name="budgetHeadId"]') });
  const head = form.locator('select[name="budgetHeadId"] option', { hasText: opts.budgetHead });
  await form.locator('select[name="budgetHeadId"]').selectOption((await head.getAttribute("value"))!);
  await form.getByRole("button", { name: "Place purchase order" }).click();
  // Asked first (issue 15): what will happen, then "Yes".
  await expect(form.getByTestId("confirm-submit")).toBeFocused();
  await form.getByRole("button", { name: "Yes, place the order" }).click();
  await expect(page).toHaveURL(/\/buyer\/orders\/[0-9a-f-]{36}\?notice=placed/, AFTER_SUBMIT);
  await expect(page.getByText("Your purchase order has been placed and allocated.")).toBeVisible(AFTER_SUBMIT);

  await expectAccessible(page);
  const orderPath = new URL(page.url()).pathname;
  const link = page.getByRole("link", { name: /^Open SO\// }).first();
  const supplyOrderId = (await link.getAttribute("href"))!.split("/").pop()!;
  const supplyOrderNumber = (await link.textContent())!.replace(/^Open /, "");
  return { orderPath, supplyOrderId, supplyOrderNumber };
}

/** The vendor finds the order among those to answer in its inbox, opens it and accepts it. */
export async function acceptInBrowser(page: Page, supplyOrderNumber: string) {
  await page.goto("/vendor/orders");
  const waiting = page.locator("main section, main div", { has: page.getByRole("heading", { name: /To accept or reject/ }) }).first();
  await waiting.getByRole("link", { name: supplyOrderNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(supplyOrderNumber);
  await expect(page.getByText(/left$/).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Accept supply order" }).click();
  await expect(page.getByText("You have accepted this supply order.")).toBeVisible(AFTER_SUBMIT);
}

/** The consignee records that everything dispatched has arrived (the form starts with those quantities). */
export async function recordReceiptInBrowser(page: Page, supplyOrderId: string) {
  await page.goto(`/buyer/supply-orders/${supplyOrderId}`);
  const form = page.locator("#receipt-form");
  await form.getByLabel("Remarks (optional)").fill("Received in good condition.");
  await form.getByRole("button", { name: "Save receipt" }).click();
  await expect(page.getByText("Receipt recorded. The post-dispatch inspection has been assigned.")).toBeVisible(AFTER_SUBMIT);
}

test.describe.serial("purchase order to payment", () => {
  // The District Education Office, Raipur buys 12 steel office tables: Chhattisgarh Steel Udyog (Durg) is
  // L1, strictly cheaper than the next offer; the order is over ₹1 lakh, so it is inspected before
  // dispatch (by the Durg inspector, the only one there) and after receipt (by a Raipur inspector).
  let order: Awaited<ReturnType<typeof placeOrderInBrowser>>;

  test("the buyer builds a cart, places the order and sees who got it and why", async ({ page }) => {
    await signInInEnglish(page, DEMO.BUYER);
    order = await placeOrderInBrowser(page, { itemCode: "FUR-002", quantity: 12, budgetHead: "2202-02-109-0101-35" });
    await expect(page.getByRole("link", { name: "Chhattisgarh Steel Udyog" }).first()).toBeVisible();
    await expect(page.getByText(/Lowest landed price \(L1\)/).first()).toBeVisible();
    await expect(page.getByText("Purchase order placed")).toBeVisible();

    await page.goto("/buyer");
    await expect(page.getByRole("link", { name: /waiting for (the )?vendors? to accept/ })).toBeVisible();
  });

  test("the vendor sees it in the inbox with the time left, and accepts it", async ({ browser }) => {
    const { context, page } = await signIn(browser, VENDOR_EMAIL["Chhattisgarh Steel Udyog"]);
    await acceptInBrowser(page, order.supplyOrderNumber);
    await expect(page.getByText(/An inspector will check the goods at your works/)).toBeVisible();
    await context.close();

    const buyer = await signIn(browser, DEMO.BUYER);
    await buyer.page.goto(order.orderPath);
    await expect(buyer.page.getByText("Supply order accepted")).toBeVisible();
    await buyer.context.close();
  });

  // ── Fulfilment part (engineer B): pre-dispatch inspection, dispatch, receipt, post-dispatch
  // inspection (bill generated), payment. ──

  test("the Durg inspector finds the inspection in the queue and records it: passed", async ({ page }) => {
    await signInInEnglish(page, DURG_INSPECTOR);
    await recordInspectionInBrowser(page, order.supplyOrderNumber, { result: "PASS" });
  });

  test("the vendor records the dispatch, and the buyer records receipt", async ({ browser }) => {
    const vendor = await signIn(browser, VENDOR_EMAIL["Chhattisgarh Steel Udyog"]);
    await dispatchInBrowser(vendor.page, order.supplyOrderNumber);
    await vendor.context.close();
    const buyer = await signIn(browser, DEMO.BUYER);
    await recordReceiptInBrowser(buyer.page, order.supplyOrderId);
    await buyer.context.close();
  });

  test("a Raipur inspector accepts everything received; the bill is generated at once", async ({ browser }) => {
    const inspector = await signInAsAssignedInspector(browser, order.supplyOrderNumber, RAIPUR_INSPECTORS);
    await recordInspectionInBrowser(inspector.page, order.supplyOrderNumber, {});
    await inspector.context.close();

    const vendor = await signIn(browser, VENDOR_EMAIL["Chhattisgarh Steel Udyog"]);
    await openVendorSupplyOrder(vendor.page, order.supplyOrderNumber);
    await expect(vendor.page.getByRole("heading", { name: /^Bill BILL\// })).toBeVisible();
    await expect(vendor.page.getByText("Awaiting payment by the office's finance officer")).toBeVisible();
    await vendor.context.close();
  });

  test("finance sees the bill, and releases the payment once even when the button is pressed twice", async ({ browser }) => {
    const { context, page } = await signIn(browser, DEMO.FINANCE);
    await page.goto("/finance/bills");
    await page.locator("tr", { hasText: order.supplyOrderNumber }).getByRole("link", { name: /^BILL\// }).click();
    await expect(page.getByRole("heading", { name: "Release payment" })).toBeVisible();
    await expect(page.getByText("Generated automatically when the goods were accepted")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Bank reference (UTR)").fill("SBINR52026120100001");
    await page.getByRole("button", { name: /^Release ₹/ }).click();
    await expect(page.getByTestId("confirm-submit")).toContainText("cannot be undone");
    await page.getByRole("button", { name: /^Yes, release ₹/ }).dblclick();
    await expect(page.getByText("Payment released.")).toBeVisible(AFTER_SUBMIT);
    await expect(page.getByRole("heading", { name: "Payment released" })).toBeVisible();
    await expect(page.getByText("SBINR52026120100001")).toBeVisible();
    await context.close();

    const vendor = await signIn(browser, VENDOR_EMAIL["Chhattisgarh Steel Udyog"]);
    await openVendorSupplyOrder(vendor.page, order.supplyOrderNumber);
    await expect(vendor.page.getByText("Paid, closed")).toBeVisible();
    // The vendor's own UTR, in full (issue 15).
    await expect(vendor.page.getByText("SBINR52026120100001")).toBeVisible();
    await vendor.context.close();
  });
});

test("a vendor's rejection reallocates the order to the next vendor automatically", async ({ page, browser }) => {
  // Registers: Maa Bamleshwari Paper Products is L1 in Raipur, Raipur Stationery Works next.
  await signInInEnglish(page, DEMO.BUYER);
  const order = await placeOrderInBrowser(page, { itemCode: "STN-002", quantity: 40, budgetHead: "2202-02-109-0101-31" });
  await expect(page.getByRole("link", { name: "Maa Bamleshwari Paper Products" }).first()).toBeVisible();

  const vendor = await signIn(browser, VENDOR_EMAIL["Maa Bamleshwari Paper Products"]);
  await vendor.page.goto(`/vendor/orders/${order.supplyOrderId}`);
  await vendor.page.getByLabel("Reason for rejecting").fill("Paper stock exhausted until next month.");
  await vendor.page.getByRole("button", { name: "Reject supply order" }).click();
  await expect(vendor.page.getByText("It has been reallocated to the next eligible vendor.")).toBeVisible(AFTER_SUBMIT);
  await vendor.context.close();

  await page.goto(order.orderPath);
  await expect(page.getByText("Paper stock exhausted until next month.")).toBeVisible();
  await expect(page.getByText(`Replaces supply order ${order.supplyOrderNumber}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Raipur Stationery Works" }).first()).toBeVisible();
  await expect(page.getByText("Quantity reallocated to the next vendor")).toBeVisible();
});

// ── Fulfilment part (engineer B): helpers, and a failed pre-dispatch inspection that is re-inspected. ──

const DURG_INSPECTOR = "inspector.durg@demo.manak.in";
const RAIPUR_INSPECTORS = [DEMO.INSPECTOR, "inspector.raipur2@demo.manak.in"];
// The smallest PNG header: the upload check reads the type from these bytes.
const PHOTO = { name: "defect.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) };

/** Pages through the inspector's "To do" queue to the supply order's inspection; false if it is not there. */
async function openAssignedInspection(page: Page, supplyOrderNumber: string): Promise<boolean> {
  let path: string | null = "/inspector";
  while (path) {
    await page.goto(path);
    // React reveals a streamed page after its loading state, possibly after the load event: wait
    // for the queue itself (or its empty state) before counting what is in it.
    await expect(page.getByRole("table", { name: "Inspections assigned to you, soonest first" }).or(page.getByText("No inspections are waiting for you."))).toBeVisible();
    const link = page.getByRole("link", { name: supplyOrderNumber });
    if (await link.count()) {
      await link.first().click();
      await expect(page.getByRole("heading", { name: "Record the inspection" })).toBeVisible();
      return true;
    }
    const next = page.getByRole("link", { name: "Next" });
    path = (await next.count()) ? await next.first().getAttribute("href") : null;
  }
  return false;
}

/** Which of several inspectors was assigned is the system's choice (least open load): sign in as the one who has it. */
async function signInAsAssignedInspector(browser: Browser, supplyOrderNumber: string, emails: readonly string[]) {
  for (const email of emails) {
    const session = await signIn(browser, email);
    if (await openAssignedInspection(session.page, supplyOrderNumber)) return session;
    await session.context.close();
  }
  throw new Error(`no inspector among ${emails.join(", ")} has ${supplyOrderNumber}`);
}

/**
 * Records the open inspection of a supply order: every specification parameter observed and met
 * (the first one not met when `failFirst`), PASS / FAIL before dispatch, quantities as offered
 * (everything received accepted) after receipt.
 */
async function recordInspectionInBrowser(
  page: Page,
  supplyOrderNumber: string,
  opts: { result?: "PASS" | "FAIL"; failFirst?: boolean; remarks?: string; photo?: boolean },
) {
  if (!(await page.getByRole("heading", { name: "Record the inspection" }).count())) {
    expect(await openAssignedInspection(page, supplyOrderNumber)).toBe(true);
  }
  await expectAccessible(page);
  const observed = page.getByLabel("What you observed");
  const checks = page.getByRole("group", { name: "Does it meet the requirement?" });
  const count = await observed.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const bad = opts.failFirst && i === 0;
    await observed.nth(i).fill(bad ? "Below the requirement" : "As specified");
    await checks.nth(i).getByLabel(bad ? "No, not met" : "Yes, met").check();
  }
  if (opts.result) await page.getByLabel(opts.result === "PASS" ? /^Pass:/ : /^Fail:/).check();
  if (opts.remarks) await page.getByLabel("Remarks").fill(opts.remarks);
  if (opts.photo) await page.getByLabel(/^Photos or report/).setInputFiles(PHOTO);
  await page.getByRole("button", { name: "Record inspection" }).click();
  await expect(page.getByText("The inspection is recorded.")).toBeVisible(AFTER_SUBMIT);
}

async function openVendorSupplyOrder(page: Page, supplyOrderNumber: string) {
  await page.goto("/vendor/dispatch?tab=all");
  await page.getByRole("link", { name: supplyOrderNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(supplyOrderNumber);
}

/** The vendor records the dispatch of everything, with invoice and transport details. */
async function dispatchInBrowser(page: Page, supplyOrderNumber: string) {
  await page.goto("/vendor/dispatch");
  await page.getByRole("link", { name: supplyOrderNumber }).click();
  await expect(page.getByRole("heading", { name: "Record the dispatch" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Invoice number").fill("CSU/26-27/0118");
  await page.getByLabel("Transporter").fill("Chhattisgarh Roadways");
  await page.getByLabel("Docket / LR number").fill("CGR-55021");
  await page.getByRole("button", { name: "Record dispatch" }).click();
  await expect(page.getByText("Dispatch recorded. The buyer has been told.")).toBeVisible(AFTER_SUBMIT);
}

test("a failed pre-dispatch inspection is re-inspected, and only then may the goods be dispatched", async ({ page, browser }) => {
  await signInInEnglish(page, DEMO.BUYER);
  const order = await placeOrderInBrowser(page, { itemCode: "FUR-002", quantity: 11, budgetHead: "2202-02-109-0101-35" });
  const vendor = await signIn(browser, VENDOR_EMAIL["Chhattisgarh Steel Udyog"]);
  await acceptInBrowser(vendor.page, order.supplyOrderNumber);

  const inspector = await signIn(browser, DURG_INSPECTOR);
  await recordInspectionInBrowser(inspector.page, order.supplyOrderNumber, {
    result: "FAIL", failFirst: true, remarks: "Drawer runners jam; top sheet dented.", photo: true,
  });

  await openVendorSupplyOrder(vendor.page, order.supplyOrderNumber);
  await expect(vendor.page.getByText("Drawer runners jam; top sheet dented.")).toBeVisible();
  await expect(vendor.page.getByRole("heading", { name: "Record the dispatch" })).toHaveCount(0);
  await expect(vendor.page.getByText("Re-inspections used: 0 of 2.")).toBeVisible();
  const photo = await vendor.page.request.get((await vendor.page.getByRole("link", { name: "defect.png" }).getAttribute("href"))!);
  expect([photo.status(), photo.headers()["content-type"]]).toEqual([200, "image/png"]);
  await expectAccessible(vendor.page);
  await vendor.page.getByRole("button", { name: "Request re-inspection" }).click();
  await expect(vendor.page.getByText("Re-inspection requested.")).toBeVisible(AFTER_SUBMIT);

  await recordInspectionInBrowser(inspector.page, order.supplyOrderNumber, { result: "PASS" });
  await vendor.page.reload();
  await expect(vendor.page.getByRole("heading", { name: "Record the dispatch" })).toBeVisible();
  await expect(vendor.page.getByText("attempt 2")).toBeVisible();
  // The same window in Hindi, as most local vendors use it.
  await vendor.context.clearCookies({ name: "NEXT_LOCALE" });
  await vendor.context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: new URL("/", vendor.page.url()).toString() }]);
  await vendor.page.reload();
  await expect(vendor.page.getByRole("heading", { name: "प्रेषण दर्ज करें" })).toBeVisible();
  await expect(vendor.page.getByText("पूर्व-प्रेषण निरीक्षण · प्रयास 2")).toBeVisible();
  await inspector.context.close();
  await vendor.context.close();
});
