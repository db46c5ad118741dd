// Issue 15 ("every window as its user would want it"): a walk through the real paths, per role, at
// 360 px in Hindi, checking what each person sees — the dev loop's favicon, error summaries that
// take the focus, documents to download, the context each role needs, and the small defects. The
// office's order of 12 steel tables is a short delivery: 11 arrive, the buyer closes the 12th short,
// and nobody's page (the vendor's, the buyer's, the public's) says the order was completed.
import { randomInt } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { gstinCheckChar } from "../../lib/domain/identifiers";
import { DEMO, expect, loginAs, test, expectAccessible } from "./fixtures";

const PHONE = { width: 360, height: 740 };
const AFTER_SUBMIT = { timeout: 20_000 };
const DURG_INSPECTOR = "inspector.durg@demo.manak.in";
const RAIPUR_INSPECTORS = [DEMO.INSPECTOR, "inspector.raipur2@demo.manak.in"];
const STEEL_VENDOR = "cgsteeludyog@example.com";


/** A phone in Hindi: 360 px wide, the site's language cookie set to Hindi. */
async function hindiPhone(browser: Browser, email?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale: "hi-IN", extraHTTPHeaders: { "Accept-Language": "hi-IN,hi;q=0.9" } });
  const page = await context.newPage();
  if (email) {
    await loginAs(page, email);
    await expect(page).not.toHaveURL(/sign-in/, AFTER_SUBMIT);
  }
  await context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: new URL("/", page.url() === "about:blank" ? "http://localhost" : page.url()).toString() }]);
  return { context, page };
}

/** The error summary has the focus and is on screen (the page did not jump to the top, away from it). */
async function expectSummaryFocused(page: Page) {
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused(AFTER_SUBMIT);
  await expect(summary).toBeInViewport();
  return summary;
}

/** A number like SO/2026-27/000012 sits on one line: no break inside it. */
async function expectOnOneLine(page: Page, selector: string, text: string) {
  const lines = await page.locator(selector).first().evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    }
    return -1;
  }, text);
  expect(lines, `${text} on one line`).toBe(1);
}

async function expectDownloads(page: Page, kinds: RegExp[]) {
  const list = page.getByTestId("document-downloads");
  await expect(list).toBeVisible();
  for (const kind of kinds) {
    const link = list.getByRole("link", { name: kind }).first();
    await expect(link).toBeVisible();
    const pdf = await page.request.get((await link.getAttribute("href"))!);
    expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  }
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const letters = (n: number) => Array.from({ length: n }, () => LETTERS[randomInt(26)]).join("");
const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join("");

test.describe.configure({ mode: "serial" });

test("the public catalogue on a phone: results near the top, and no 404 for the favicon", async ({ browser }) => {
  const { context, page } = await hindiPhone(browser);
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  await page.goto("/catalogue");
  const results = page.locator("#results-heading");
  await expect(results).toBeVisible();
  // Before: the filters pushed the results about 1,000 px down on a phone.
  expect((await results.boundingBox())!.y).toBeLessThan(PHONE.height);
  await expectAccessible(page);
  await context.close();
});

test("a new vendor registers in Hindi: the error summary takes the focus, says the passwords must be typed again, and the firm gets a reference", async ({ browser }) => {
  const { context, page } = await hindiPhone(browser);
  const pan = `${letters(5)}${digits(4)}${letters(1)}`;
  const body = `22${pan}1Z`;
  const firm = {
    legalName: `Bastar Bamboo Shilp ${letters(4)}`, contactName: "रमेश नाग", udyamNumber: `UDYAM-CG-14-${digits(7)}`, gstin: body + gstinCheckChar(body),
    pan, bankAccount: digits(12), ifsc: "SBIN0001234", address: "बस्तर रोड, जगदलपुर", pincode: "494001",
    email: `bamboo.${pan.toLowerCase()}@example.in`, mobile: `9${digits(9)}`, password: "Baans-Kursi-2026!",
  };
  await page.goto("/register");
  for (const [name, value] of Object.entries({ ...firm, pan: "ZZZZZ9999Z", confirmPassword: firm.password })) await page.locator(`[name="${name}"]`).fill(value);
  await page.locator('[name="districtId"]').selectOption({ index: 3 });
  await page.locator('[name="enterpriseClass"]').selectOption("MICRO");
  await page.locator("main form button[type=submit]").click();

  const summary = await expectSummaryFocused(page);
  await expect(summary).toContainText("पासवर्ड फिर से लिखें");
  const panLink = summary.getByRole("link", { name: /पैन|PAN/ });
  await expect(panLink).toBeVisible();
  await panLink.click();
  await expect(page.locator("#pan")).toBeFocused();
  await expect(page.locator('[name="legalName"]')).toHaveValue(firm.legalName);
  await expectAccessible(page);

  await page.locator("#pan").fill(firm.pan);
  await page.locator('[name="password"]').fill(firm.password);
  await page.locator('[name="confirmPassword"]').fill(firm.password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/vendor\?registered=1$/, AFTER_SUBMIT);
  await expect(page.getByTestId("registration-reference")).toContainText(/REG-\d{4}-[0-9A-F]{8}/);
  // The unread count is beside the menu on a phone, not inside it.
  await expect(page.getByTestId("phone-bell").getByRole("link")).toBeVisible();
  await context.close();

  // The admin's home: what waits, and a search that finds the new firm.
  const admin = await hindiPhone(browser, DEMO.ADMIN);
  await admin.page.goto("/admin");
  await expect(admin.page.getByTestId("admin-work")).toContainText("निर्णय की प्रतीक्षा में पंजीयन");
  await admin.page.locator("#admin-vendor-search").fill(firm.legalName.split(" ").at(-1)!);
  await admin.page.locator("#admin-vendor-search").press("Enter");
  await expect(admin.page.getByRole("heading", { name: firm.legalName })).toBeVisible(AFTER_SUBMIT);
  await expectAccessible(admin.page);
  await admin.context.close();
});

test.describe("an office orders 12 steel tables, walked by every role on a phone in Hindi", () => {
  let orderPath = "";
  let supplyOrderId = "";
  let supplyOrderNumber = "";
  let poNumber = "";

  test("the buyer: one id per field in the cart, a confirmation before placing, documents and unbroken numbers", async ({ browser }) => {
    const { context, page } = await hindiPhone(browser, DEMO.BUYER);
    await page.goto("/buyer/catalogue?q=FUR-002");
    const item = page.locator("main li", { hasText: "FUR-002" }).first();
    await item.locator('input[name="quantity"]').fill("12");
    await item.locator("form button[type=submit]").click();
    await expect(page).toHaveURL(/notice=added/, AFTER_SUBMIT);

    await page.goto("/buyer/cart");
    // Before: two fields had id="deliverBy" and the order's date had no label of its own.
    expect(await page.locator('[id="deliverBy"]').count()).toBe(1);
    await expectAccessible(page);
    const form = page.locator("form", { has: page.locator('select[name="budgetHeadId"]') });
    const head = form.locator('select[name="budgetHeadId"] option', { hasText: "2202-02-109-0101-35" });
    await form.locator('select[name="budgetHeadId"]').selectOption((await head.getAttribute("value"))!);
    await form.locator("[data-confirm-open]").click();
    await expect(form.getByTestId("confirm-submit")).toBeFocused();
    await expect(form.getByTestId("confirm-submit")).toContainText("₹");
    await form.getByTestId("confirm-submit").locator("button[type=submit]").click();
    await expect(page).toHaveURL(/\/buyer\/orders\/[0-9a-f-]{36}\?notice=placed/, AFTER_SUBMIT);
    orderPath = new URL(page.url()).pathname;
    const link = page.locator('main a[href^="/buyer/supply-orders/"]').first();
    supplyOrderId = (await link.getAttribute("href"))!.split("/").pop()!;
    supplyOrderNumber = /SO\/[\d-]+\/\d+/.exec((await link.textContent())!)![0];

    poNumber = /PO\/[\d-]+\/\d+/.exec((await page.locator("h1").textContent())!)![0];
    await expectOnOneLine(page, "h1", poNumber);
    await expectDownloads(page, [/क्रय आदेश/]);
    await expectAccessible(page);
    await context.close();
  });

  test("the vendor's home leads with the order to accept; it accepts", async ({ browser }) => {
    const { context, page } = await hindiPhone(browser, STEEL_VENDOR);
    await page.goto("/vendor");
    const actions = page.getByTestId("vendor-actions");
    await expect(actions).toContainText(supplyOrderNumber);
    // The first card after the welcome: what needs the vendor.
    expect((await actions.boundingBox())!.y).toBeLessThan((await page.getByRole("heading", { name: "पंजीयन", exact: true }).first().boundingBox())!.y);
    await actions.getByRole("link", { name: new RegExp(supplyOrderNumber.replaceAll("/", "\\/")) }).click();
    await expect(page.locator("h1")).toContainText(supplyOrderNumber);
    await expectOnOneLine(page, "h1", supplyOrderNumber);
    await page.locator("main form button[type=submit]").first().click();
    await expect(page).toHaveURL(/notice=accepted/, AFTER_SUBMIT);
    await expect(page.getByText(/निरीक्षक:/)).toBeVisible();
    await expectDownloads(page, [/आपूर्ति आदेश/]);
    await context.close();
  });

  test("the Durg inspector: an unanswered question says so, in a summary that has the focus; then a pass", async ({ browser }) => {
    const { context, page } = await hindiPhone(browser, DURG_INSPECTOR);
    await page.goto("/inspector");
    await page.getByRole("link", { name: supplyOrderNumber }).first().click();
    const form = page.locator("form", { has: page.locator('input[name="inspectionId"]') });
    await form.locator("button[type=submit]").click();
    const summary = await expectSummaryFocused(page);
    await expect(summary).toContainText("उत्तर नहीं दिया गया");
    await expect(page.getByText(/अपेक्षा पूरी न होना दर्ज/)).toHaveCount(0);
    await expectAccessible(page);

    const observed = form.locator('input[name$=".observed"]');
    for (let i = 0; i < (await observed.count()); i++) await observed.nth(i).fill("जैसा निर्दिष्ट");
    const yes = form.locator('input[type=radio][name$=".ok"][value="yes"]');
    for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
    await form.locator('input[name="result"][value="PASS"]').check();
    await form.locator("button[type=submit]").click();
    await expect(page).toHaveURL(/recorded/, AFTER_SUBMIT);
    await expectDownloads(page, [/निरीक्षण प्रमाणपत्र/]);
    await context.close();
  });

  test("the vendor dispatches 12 and the buyer records receipt of 11, with remarks", async ({ browser }) => {
    const vendor = await hindiPhone(browser, STEEL_VENDOR);
    await vendor.page.goto(`/vendor/dispatch/${supplyOrderId}`);
    await vendor.page.locator('[name="invoiceNumber"]').fill("CSU/26-27/0415");
    await vendor.page.locator('[name="transporter"]').fill("छत्तीसगढ़ रोडवेज़");
    await vendor.page.locator('[name="docketNumber"]').fill("CGR-77120");
    await vendor.page.locator('form:has([name="invoiceNumber"]) button[type=submit]').click();
    await expect(vendor.page).toHaveURL(/done=dispatched/, AFTER_SUBMIT);
    await vendor.context.close();

    const buyer = await hindiPhone(browser, DEMO.BUYER);
    await buyer.page.goto(`/buyer/supply-orders/${supplyOrderId}`);
    // A short delivery (issue 15): twelve ordered and dispatched, eleven arrived.
    await buyer.page.locator('#receipt-form input[name^="quantities."]').fill("11");
    await buyer.page.locator('#receipt-form [name="remarks"]').fill("एक मेज़ का कोना मुड़ा हुआ");
    await buyer.page.locator("#receipt-form button[type=submit]").click();
    await expect(buyer.page).toHaveURL(/notice=received/, AFTER_SUBMIT);
    await buyer.context.close();
  });

  test("the post-dispatch inspector sees the receipt remarks and accepts the 11 that arrived", async ({ browser }) => {
    let found: { context: BrowserContext; page: Page } | null = null;
    for (const email of RAIPUR_INSPECTORS) {
      const session = await hindiPhone(browser, email);
      await session.page.goto("/inspector");
      // Wait for the list (the page streams) rather than counting links before it arrives.
      const listed = await session.page.getByRole("link", { name: supplyOrderNumber }).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (listed) {
        found = session;
        break;
      }
      await session.context.close();
    }
    expect(found).not.toBeNull();
    const { context, page } = found!;
    await page.getByRole("link", { name: supplyOrderNumber }).first().click();
    await expect(page.getByTestId("receipt-notes")).toContainText("एक मेज़ का कोना मुड़ा हुआ");
    const form = page.locator("form", { has: page.locator('input[name="inspectionId"]') });
    await expect(form.locator('input[name$=".accepted"]')).toHaveValue("11");
    const observed = form.locator('input[name$=".observed"]');
    for (let i = 0; i < (await observed.count()); i++) await observed.nth(i).fill("ठीक");
    const yes = form.locator('input[type=radio][name$=".ok"][value="yes"]');
    for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
    await form.locator("button[type=submit]").click();
    await expect(page).toHaveURL(/recorded/, AFTER_SUBMIT);
    await context.close();
  });

  test("the buyer closes the missing table short: a reason is asked for first, then ordered / delivered / accepted / paid per line", async ({ browser }) => {
    const { context, page } = await hindiPhone(browser, DEMO.BUYER);
    await page.goto(`/buyer/supply-orders/${supplyOrderId}`);
    await expect(page.getByRole("heading", { name: "1 नहीं मिला या अस्वीकृत: निर्णय लें" })).toBeVisible();
    await expectAccessible(page);
    const closeShort = page.locator("form", { has: page.locator("#short-reason") });
    await closeShort.locator("#short-confirm").check();
    await closeShort.locator("button[type=submit]").click();
    const summary = await expectSummaryFocused(page);
    await summary.getByRole("link").first().click();
    await expect(page.locator("#short-reason")).toBeFocused();
    await expect(page.locator("#short-confirm")).toBeChecked();

    await page.locator("#short-reason").fill("ग्यारह मेज़ें पर्याप्त हैं, बारहवीं की अब ज़रूरत नहीं");
    await closeShort.locator("button[type=submit]").click();
    await expect(page).toHaveURL(/notice=deducted/, AFTER_SUBMIT);
    const goods = page.locator("main table").first();
    // Item, ordered, price, dispatched (a short receipt settles the dispatch at what arrived),
    // received, accepted, paid for, not delivered; each cell carries its column's name on a phone.
    await expect(goods.locator("tbody tr").first().locator("td")).toHaveText([/./, /12 नग$/, /./, /11$/, /11$/, /11$/, /0$/, /1 कम मात्रा पर बंद$/]);
    await expectAccessible(page);
    await context.close();
  });

  test("finance: a failed payment form keeps the focus on its error, a confirmation, then the UTR everywhere it is needed", async ({ browser }) => {
    const { context, page } = await hindiPhone(browser, DEMO.FINANCE);
    // The home leads with the most urgent bill: the first unpaid one by due date.
    await page.goto("/finance/bills");
    const mostUrgent = (await page.locator("main tbody tr").first().getByRole("link").first().textContent())!.trim();
    await page.goto("/finance");
    const actions = page.getByTestId("finance-actions");
    await expect(actions.locator("li").first().getByRole("link")).toContainText(mostUrgent);
    expect((await actions.boundingBox())!.y).toBeLessThan((await page.locator("#bill-summary").boundingBox())!.y);
    await expectAccessible(page);

    await page.goto("/finance/bills");
    await page.locator("tr", { hasText: supplyOrderNumber }).getByRole("link").first().click();
    await expectDownloads(page, [/बिल/]);
    const pay = page.locator("form", { has: page.locator('input[name="bankReference"]') });
    await pay.locator("[data-confirm-open]").click();
    await pay.getByTestId("confirm-submit").locator("button[type=submit]").click();
    const summary = await expectSummaryFocused(page);
    await expect(summary.getByRole("link")).toHaveCount(1);
    await summary.getByRole("link").click();
    await expect(page.locator("#bankReference")).toBeFocused();
    await page.locator("#bankReference").fill("SBINR52026120600415");
    await pay.locator("[data-confirm-open]").click();
    await pay.getByTestId("confirm-submit").locator("button[type=submit]").click();
    await expect(page.getByText("SBINR52026120600415")).toBeVisible(AFTER_SUBMIT);

    await page.goto("/finance/bills?tab=paid");
    await expect(page.locator("tr", { hasText: supplyOrderNumber })).toContainText("SBINR52026120600415");
    const csv = await page.request.get("/finance/bills.csv");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("SBINR52026120600415");
    await context.close();
  });

  test("paid for 11 of 12: the vendor, the buyer and the public see ordered / delivered / accepted / paid, and nobody reads 'complete'", async ({ browser }) => {
    const vendor = await hindiPhone(browser, STEEL_VENDOR);
    await vendor.page.goto(`/vendor/dispatch/${supplyOrderId}`);
    await expect(vendor.page.getByText("SBINR52026120600415")).toBeVisible();
    await expectDownloads(vendor.page, [/क्रय आदेश/, /आपूर्ति आदेश/, /बिल/, /भुगतान/]);
    await vendor.page.goto(`/vendor/orders/${supplyOrderId}`);
    const vendorGoods = vendor.page.locator("main table").first();
    await expect(vendorGoods).toContainText("आदेशित 12, भेजा 11, प्राप्त 11, स्वीकृत 11, भुगतान हुआ 11");
    await expect(vendorGoods).toContainText("1 क्रेता द्वारा कम मात्रा पर बंद");
    await expect(vendor.page.locator("main")).not.toContainText("पूर्ण");
    await expectAccessible(vendor.page);
    await vendor.context.close();

    const buyer = await hindiPhone(browser, DEMO.BUYER);
    await buyer.page.goto(orderPath);
    const lines = buyer.page.locator("main table").first();
    await expect(lines).toContainText("12 · 11 · 11 · 11");
    await expect(lines).toContainText("कम मात्रा पर बंद: पूरी आपूर्ति नहीं हुई");
    await expect(lines).not.toContainText("आवंटित");
    await expect(buyer.page.locator("main")).not.toContainText("पूर्ण");
    await expectAccessible(buyer.page);
    await buyer.context.close();

    // The public order page and the register: visible text, not the database.
    const visitor = await hindiPhone(browser);
    await visitor.page.goto(`/orders/${poNumber}`);
    const main = visitor.page.locator("main");
    await expect(main.locator("table").first()).toContainText("12 · 11 · 11 · 11");
    await expect(main).toContainText("1 क्रेता द्वारा कम मात्रा पर बंद");
    await expect(main.locator("h1").locator("xpath=..")).toContainText("कम मात्रा पर बंद");
    await expect(main).toContainText("ग्यारह मेज़ें पर्याप्त हैं");
    await expect(main).not.toContainText("पूर्ण");
    await expectAccessible(visitor.page);
    await visitor.page.goto(`/orders?vendor=${encodeURIComponent("Chhattisgarh Steel")}`);
    const row = visitor.page.locator("main tr", { hasText: poNumber });
    await expect(row).toContainText("कम मात्रा पर बंद");
    await expect(row).not.toContainText("पूर्ण");
    await visitor.context.close();
  });
});

test("forgot password: a link from sign-in, the same answer for any account, and a reset link that works once", async ({ browser }) => {
  const { context, page } = await hindiPhone(browser);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "पासवर्ड भूल गए?" }).click();
  await page.locator("#account").fill("no-such-person@example.in");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main").getByRole("status")).toContainText("अगर इस ई-मेल या मोबाइल का कोई खाता है", AFTER_SUBMIT);
  await expectAccessible(page);
  await page.goto("/reset-password/AAAAAAAAAAAAAAAAAAAAAA");
  await page.locator("#password").fill("a brand new password");
  await page.locator("#confirmPassword").fill("a brand new password");
  await page.locator("main form button[type=submit]").click();
  const summary = await expectSummaryFocused(page);
  await expect(summary).toContainText("पुराना हो गया है");
  await expect(summary).toContainText("पासवर्ड फिर से लिखें");
  await context.close();
});
