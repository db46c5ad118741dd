import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext } from "@playwright/test";
import { gstinCheckChar } from "../../lib/domain/identifiers";
import { DEMO, expect, loginAs, test } from "./fixtures";

// Issue 4 end to end: a new vendor registers in Hindi, the admin approves it, the vendor signs in
// and lists an offer, and the public catalogue finds that offer by a Hindi and an English word.

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const letters = (n: number) => Array.from({ length: n }, () => LETTERS[randomInt(26)]).join("");
const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join("");

function newFirm() {
  const pan = `${letters(5)}${digits(4)}${letters(1)}`;
  const body = `22${pan}1Z`;
  return {
    legalName: `Sunita Steel Udyog ${letters(4)}`,
    contactName: "सुनीता वर्मा",
    udyamNumber: `UDYAM-CG-14-${digits(7)}`,
    gstin: body + gstinCheckChar(body),
    pan,
    bankAccount: digits(12),
    ifsc: "SBIN0001234",
    address: "प्लॉट 12, औद्योगिक क्षेत्र, उरला, रायपुर",
    pincode: "493221",
    email: `sunita.${pan.toLowerCase()}@example.in`,
    mobile: `9${digits(9)}`,
    password: "Loha-Kursi-2026!",
  };
}

/** A browser whose person reads Hindi (Accept-Language; the site keeps the choice in a cookie). */
function hindiContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: "hi-IN", extraHTTPHeaders: { "Accept-Language": "hi-IN,hi;q=0.9,en;q=0.5" } });
}

test.describe.configure({ mode: "serial" });

const firm = newFirm();

test("a new vendor registers in Hindi, with per-field errors in Hindi that keep what was typed", async ({ browser }) => {
  const context = await hindiContext(browser);
  const page = await context.newPage();
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("अपने उद्यम का पंजीयन करें");

  const fill = async (values: Partial<typeof firm> & { confirmPassword?: string }) => {
    for (const [name, value] of Object.entries(values)) await page.locator(`[name="${name}"]`).fill(value);
  };
  // First with a PAN that is not the one inside the GSTIN.
  await fill({ ...firm, pan: "ZZZZZ9999Z", confirmPassword: firm.password });
  await page.locator('[name="districtId"]').selectOption({ label: "रायपुर" });
  await page.locator('[name="enterpriseClass"]').selectOption("SMALL");
  await page.getByLabel("महिला/महिलाओं के स्वामित्व में").check();
  await page.getByRole("button", { name: "पंजीयन करें" }).click();

  await expect(page.locator("main").getByRole("alert")).toContainText("कुछ जानकारी सुधारनी होगी");
  await expect(page.locator("#pan-error")).toHaveText(/GSTIN के अंदर वाले PAN/);
  await expect(page.locator('[name="legalName"]')).toHaveValue(firm.legalName);
  await expect(page.locator('[name="districtId"]')).toHaveValue(/\d+/);
  await expect(page.getByLabel("महिला/महिलाओं के स्वामित्व में")).toBeChecked();
  await expect(page.locator('[name="password"]')).toHaveValue("");

  await fill({ pan: firm.pan, password: firm.password, confirmPassword: firm.password });
  await page.getByRole("button", { name: "पंजीयन करें" }).click();
  await expect(page).toHaveURL(/\/vendor\?registered=1$/);
  await expect(page.locator("main").getByRole("status")).toContainText("आपका पंजीयन प्राप्त हो गया है");
  await expect(page.getByText("स्वीकृति की प्रतीक्षा में")).toBeVisible();
  await context.close();
});

test("the admin sees the registration's checks and approves it", async ({ page }) => {
  await loginAs(page, DEMO.ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Vendors", exact: true }).click();
  const card = page.locator("article", { has: page.getByRole("heading", { name: firm.legalName }) });
  await expect(card.getByText("GSTIN check character correct")).toBeVisible();
  await expect(card.getByText("PAN matches the GSTIN")).toBeVisible();
  await expect(card.getByText("Chhattisgarh GSTIN (22): local")).toBeVisible();
  await expect(card.getByText("No duplicates")).toBeVisible();
  await card.getByRole("button", { name: `Approve ${firm.legalName}` }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("The vendor is approved");
  await expect(page.getByRole("heading", { name: firm.legalName })).toHaveCount(0);

  // The approval reaches the vendor by e-mail: the worker sends it to the local mail catcher.
  await expect(async () => {
    await page.goto("/admin/dev-inbox?channel=EMAIL");
    await expect(page.locator("main")).toContainText(firm.email, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test("the vendor signs in and lists an offer for a folding chair", async ({ browser }) => {
  const context = await hindiContext(browser);
  const page = await context.newPage();
  await loginAs(page, firm.email, firm.password);
  await expect(page).toHaveURL(/\/vendor$/);
  await expect(page.getByText("स्वीकृत", { exact: true })).toBeVisible();

  await page.goto("/vendor/offers/new");
  await page.getByLabel("सामग्री का नाम या कोड").fill("फ़ोल्डिंग");
  await page.getByRole("button", { name: "खोजें" }).click();
  await page.getByRole("link", { name: "स्टील फ़ोल्डिंग कुर्सी का प्रस्ताव दें" }).click();

  await page.locator('[name="unitPrice"]').fill("999");
  await page.locator('[name="maxQuantity"]').fill("200");
  await page.locator('[name="monthlyCapacity"]').fill("600");
  await page.locator('[name="leadTimeDays"]').fill("7");
  await page.getByLabel("छत्तीसगढ़ के सभी ज़िले").check();
  await page.getByRole("button", { name: "प्रस्ताव जोड़ें" }).click();

  await expect(page).toHaveURL(/\/vendor\?offerSaved=1$/);
  await expect(page.locator("main").getByRole("status")).toContainText("आपका प्रस्ताव सहेज लिया गया है");
  await expect(page.getByRole("link", { name: "स्टील फ़ोल्डिंग कुर्सी" })).toBeVisible();
  await context.close();
});

test("the public catalogue finds the offer by a Hindi word and by an English word", async ({ page }) => {
  for (const words of ["कुर्सी", "folding chair"]) {
    await page.goto("/catalogue");
    await page.getByLabel("Item name or code").fill(words);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/catalogue\?q=/);
    const card = page.locator("article", { has: page.getByRole("heading", { name: "Steel folding chair" }) });
    // ₹999 + 18 % GST: the cheapest offer, so listed first.
    await expect(card.getByRole("row").nth(1)).toContainText(firm.legalName);
    await expect(card.getByRole("row").nth(1)).toContainText("₹1,178.82");
  }
});

test("the vendor changes its price, keeping the history, and the item's public page shows the new price", async ({ browser, page: visitor }) => {
  const context = await hindiContext(browser);
  const page = await context.newPage();
  await loginAs(page, firm.email, firm.password);
  await expect(page).toHaveURL(/\/vendor$/);
  await page.getByRole("link", { name: "स्टील फ़ोल्डिंग कुर्सी" }).click();
  await page.locator('[name="unitPrice"]').fill("1,050");
  await page.getByRole("button", { name: "बदलाव सहेजें" }).click();
  await expect(page).toHaveURL(/\/vendor\?offerSaved=1$/);
  await page.getByRole("link", { name: "स्टील फ़ोल्डिंग कुर्सी" }).click();
  const history = page.getByRole("region", { name: "मूल्य इतिहास" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("वर्तमान मूल्य");
  await context.close();

  await visitor.goto("/catalogue/FUR-004");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Steel folding chair");
  // ₹1,050 + 18 % GST.
  await expect(visitor.getByRole("row", { name: new RegExp(firm.legalName) })).toContainText("₹1,239.00");
});

test("the admin adds an item with a Hindi name and the public search finds it", async ({ page }) => {
  await loginAs(page, DEMO.ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/catalogue/items/new");
  await page.locator('[name="code"]').fill("FUR-950");
  await page.locator('[name="categoryId"]').selectOption({ label: "FUR · Furniture" });
  await page.locator('[name="nameEn"]').fill("Steel water cooler stand");
  await page.locator('[name="nameHi"]').fill("स्टील वाटर कूलर स्टैंड");
  await page.locator('[name="hsn"]').fill("9403");
  await page.locator('[name="gstRate"]').fill("18");
  await page.locator('[name="specs.0.key"]').fill("height_mm");
  await page.locator('[name="specs.0.labelEn"]').fill("Height (mm)");
  await page.locator('[name="specs.0.labelHi"]').fill("ऊँचाई (मि.मी.)");
  await page.locator('[name="specs.0.requirement"]').fill("750");
  await page.getByRole("button", { name: "Add the item" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("The item has been saved");

  await page.goto("/catalogue?q=कूलर");
  await expect(page.getByRole("heading", { name: "Steel water cooler stand" })).toBeVisible();
  await page.getByRole("link", { name: "Steel water cooler stand" }).click();
  await expect(page.getByRole("cell", { name: "750" })).toBeVisible();
});

test("registration and catalogue pages pass an automated accessibility check", async ({ page }) => {
  for (const path of ["/register", "/catalogue?q=chair"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`), path).toEqual([]);
  }
});
