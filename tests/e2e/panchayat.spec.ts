// The gram panchayat secretary's whole part of the flow on a 360 × 640 phone in Hindi (issue 8):
// OTP sign-in (the code read back from the local SMS sink), an order found by its Hindi name, a
// receipt with a photo, the last-viewed orders offline, a receipt recorded offline and sent once
// when the connection returns, and axe-core on every page the panchayat uses, in both languages.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO, expect, loginAs, test, expectAccessible } from "./fixtures";
import { ITEM_NAME, ITEM_WORD, placeOrder, vendorShips } from "./support/panchayat-flow";

const PHONE = { width: 360, height: 640 };
test.use({ viewport: PHONE, locale: "hi-IN", hasTouch: true, isMobile: true });

const PANCHAYAT_MOBILE = "+919876500001";


/** Fits a 360 px screen: nothing wider than the viewport, so no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(PHONE.width);
}

/** Password sign-in (OTP has its own test), waiting until the buyer window is there. */
async function signInAsPanchayat(page: Page) {
  await loginAs(page, DEMO.PANCHAYAT);
  await expect(page).toHaveURL(/\/buyer$/);
}

async function signInInContext(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, email);
  await expect(page).not.toHaveURL(/sign-in/);
  return { context, page };
}

/** The latest code the local SMS sink caught for a number, as the admin's dev inbox shows it. */
async function otpFromSmsSink(browser: Browser, mobile: string): Promise<string> {
  const { context, page } = await signInInContext(browser, DEMO.ADMIN);
  let code = "";
  await expect
    .poll(async () => {
      await page.goto("/admin/dev-inbox?channel=SMS");
      const sms = page.locator("article", { hasText: mobile }).first();
      code = (await sms.count()) ? (/\b(\d{6})\b/.exec(await sms.innerText())?.[1] ?? "") : "";
      return code !== "";
    }, { timeout: 20_000 })
    .toBe(true);
  await context.close();
  return code;
}

/** A photo as a phone camera makes it: 7 megapixels of gradients and sensor noise, megabytes of JPEG. */
async function cameraPhoto(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const base64 = await page.evaluate(async () => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 3072, height: 2304 });
    const g = canvas.getContext("2d")!;
    const image = g.createImageData(canvas.width, canvas.height);
    for (let i = 0, p = 0; i < image.data.length; i += 4, p++) {
      const x = p % canvas.width;
      const y = Math.floor(p / canvas.width);
      const noise = Math.random() * 24;
      image.data[i] = (x / 12 + noise) & 255;
      image.data[i + 1] = (y / 9 + noise) & 255;
      image.data[i + 2] = ((x + y) / 21 + noise) & 255;
      image.data[i + 3] = 255;
    }
    g.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), "image/jpeg", 0.92));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return { name: "delivery.jpg", mimeType: "image/jpeg", buffer: Buffer.from(base64, "base64") };
}

async function serviceWorkerControls(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker claims open pages when it activates; a reload makes sure this one goes through it.
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** The receipts listed in a supply order's history ("प्राप्त: <date> · …"). */
const receiptsOn = (page: Page) => page.locator("main li").filter({ hasText: /^\s*(प्राप्त|Received):/ });

test("signs in with the mobile number and an SMS code, in Hindi", async ({ page, browser }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: /OTP/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("मोबाइल नंबर से साइन इन करें");
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  await page.locator("#mobile").fill("98765 00001");
  await page.getByRole("button", { name: "कोड भेजें" }).click();
  await expect(page.getByRole("status").filter({ hasText: "+91 98765 00001" })).toBeVisible();
  await expect(page.locator("#code")).toBeFocused();
  await expectAccessible(page);

  const code = await otpFromSmsSink(browser, PANCHAYAT_MOBILE);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
  await page.locator("#code").fill(wrong);
  await page.getByRole("button", { name: "साइन इन करें" }).click();
  await expect(page.locator("#code-error")).toContainText("यह कोड सही नहीं है");
  await expectAccessible(page);

  await page.locator("#code").fill(code);
  await page.getByRole("button", { name: "साइन इन करें" }).click();
  await expect(page).toHaveURL(/\/buyer$/);
  await expect(page.getByText("क्रेता विंडो").first()).toBeVisible();

  // Asking for another code at once is throttled (60 s), with the wait in the message.
  await page.context().clearCookies();
  await page.goto("/sign-in/otp");
  await page.locator("#mobile").fill("9876500001");
  await page.getByRole("button", { name: "कोड भेजें" }).click();
  await expect(page.locator("#otp-form [role=alert]")).toContainText("सेकंड");
});

test("is installable: a manifest in Hindi, icons and a service worker", async ({ page, request }) => {
  // Each language's manifest is a static file; a Hindi page links the Hindi one.
  const manifest = await (await request.get("/manifest.hi.webmanifest")).json();
  expect(manifest).toMatchObject({ short_name: "मानक", lang: "hi-IN", display: "standalone", theme_color: "#1e3a8a", start_url: "/sign-in" });
  const english = await (await request.get("/manifest.webmanifest")).json();
  expect(english.short_name).toBe("Manak");
  for (const size of [192, 512]) {
    for (const purpose of ["any", "maskable"]) {
      const icon = manifest.icons.find((i: { sizes: string; purpose: string }) => i.sizes === `${size}x${size}` && i.purpose === purpose);
      const png = await request.get(icon.src);
      expect(png.headers()["content-type"]).toBe("image/png");
      const body = await png.body();
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]);
    }
  }
  await signInAsPanchayat(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.hi.webmanifest");
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  await serviceWorkerControls(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
});

test("orders an item found by its Hindi name and records its receipt with a photo", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsPanchayat(page);
  const { orderPath, supplyOrderId } = await placeOrder(page);
  await expect(page.locator("main")).toContainText("Shree Ganesh Steel Furniture");
  await expectNoSidewaysScroll(page);
  await vendorShips(browser, baseURL!, supplyOrderId);

  await page.goto(`/buyer/supply-orders/${supplyOrderId}`);
  const form = page.locator("#receipt-form");
  await expect(form).toBeVisible();
  const photo = await cameraPhoto(page);
  expect(photo.buffer.length).toBeGreaterThan(2 * 1024 * 1024);
  await form.locator('input[name="photos"]').setInputFiles(photo);
  // The phone shrinks the photo before it goes anywhere: a slow uplink carries a few hundred KB.
  await expect.poll(() => form.locator('input[name="photos"]').evaluate((i: HTMLInputElement) => i.files?.[0]?.size ?? 0)).toBeLessThan(600 * 1024);
  await form.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/notice=received/);
  await expect(receiptsOn(page)).toHaveCount(1);
  await expect(receiptsOn(page)).toContainText("1 फ़ोटो");
  await page.goto(orderPath);
  await expect(page.locator("main")).toContainText("प्राप्त");
});

test("opens the last-viewed orders offline, with a clear banner", async ({ page, context }) => {
  await signInAsPanchayat(page);
  await serviceWorkerControls(page);
  // Both pages are reached in-app (the form's redirect, then a link), as a person would.
  const { orderPath, supplyOrderId } = await placeOrder(page);
  const orderHeading = await page.locator("main h1").innerText();
  await page.locator(`main a[href="/buyer/supply-orders/${supplyOrderId}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/buyer/supply-orders/${supplyOrderId}$`));
  const supplyHeading = await page.locator("main h1").innerText();
  const kept = () => page.evaluate(async () => (await (await caches.open("manak-pages")).keys()).map((r) => new URL(r.url).pathname));
  await expect.poll(kept).toEqual(expect.arrayContaining([orderPath, `/buyer/supply-orders/${supplyOrderId}`]));

  await context.setOffline(true);
  await page.goto(orderPath);
  await expect(page.locator("main h1")).toHaveText(orderHeading);
  await expect(page.getByText("आप ऑफ़लाइन हैं")).toBeVisible();
  await expect(page.getByText(/सहेजी गई प्रति/)).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/buyer/supply-orders/${supplyOrderId}`);
  await expect(page.locator("main h1")).toHaveText(supplyHeading);
  // A page never opened online: the offline page, in both languages.
  await page.goto("/buyer/incidents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("आप ऑफ़लाइन हैं");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expectAccessible(page);
  await context.setOffline(false);
});

test("a receipt recorded offline is queued, then recorded exactly once when the connection returns", async ({ page, context, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsPanchayat(page);
  await serviceWorkerControls(page);
  const { supplyOrderId } = await placeOrder(page);
  await vendorShips(browser, baseURL!, supplyOrderId);
  const soPath = `/buyer/supply-orders/${supplyOrderId}`;
  await page.goto(soPath);
  await expect(page.locator("#receipt-form")).toBeVisible();

  // At the delivery site: no signal. The saved copy of the page opens and takes the receipt.
  await context.setOffline(true);
  await page.goto(soPath);
  const form = page.locator("#receipt-form");
  await form.locator('input[name="photos"]').setInputFiles(await cameraPhoto(page));
  await form.locator('textarea[name="remarks"]').fill("सभी तसले ठीक हालत में मिले");
  const key = await form.locator('input[name="idempotencyKey"]').inputValue();
  await form.locator("button[type=submit]").click();
  await expect(page.getByText(/रसीद इस फ़ोन में सहेज ली गई है/)).toBeVisible();
  // Tapping again while still offline replaces the queued receipt; it never adds a second.
  await form.locator("button[type=submit]").click();
  const queued = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open("manak", 1);
          open.onsuccess = () => {
            const count = open.result.transaction("receipt-queue").objectStore("receipt-queue").count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
  await expect.poll(queued).toBe(1);

  await context.setOffline(false);
  await expect(page.getByRole("alert").filter({ hasText: /अब दर्ज हो गई है/ })).toBeVisible({ timeout: 20_000 });
  await expect.poll(queued).toBe(0);
  await page.goto(soPath);
  await expect(receiptsOn(page)).toHaveCount(1);
  await expect(page.locator("main")).toContainText("सभी तसले ठीक हालत में मिले");

  // The same receipt sent again (a lost answer, a second tab) is recognised, not recorded twice.
  const replay = await page.request.post("/api/receipts", {
    multipart: { supplyOrderId, receivedOn: new Date().toISOString().slice(0, 10), idempotencyKey: key, remarks: "again" },
  });
  expect(replay.status()).toBe(200);
  expect(await replay.json()).toMatchObject({ ok: true, replayed: true });
  await page.reload();
  await expect(receiptsOn(page)).toHaveCount(1);
});

test("signing out forgets the saved pages on the phone", async ({ page, context }) => {
  await signInAsPanchayat(page);
  await serviceWorkerControls(page);
  await page.goto("/buyer/orders");
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("manak-pages")).keys()).length)).toBeGreaterThan(0);

  await page.getByText("मेनू").click();
  await page.getByRole("button", { name: "साइन आउट" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("manak-pages")).keys()).length)).toBe(0);
  await context.setOffline(true);
  await page.goto("/buyer/orders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("आप ऑफ़लाइन हैं");
  await context.setOffline(false);
});

test("every panchayat page passes axe-core and fits the phone, in Hindi and in English", async ({ page, context, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signInAsPanchayat(page);
  const { orderPath, supplyOrderId } = await placeOrder(page);
  await vendorShips(browser, baseURL!, supplyOrderId);
  // Something in the cart, so the cart page shows its order form.
  await page.goto(`/buyer/catalogue?q=${encodeURIComponent(ITEM_WORD)}`);
  await page.locator("li", { has: page.getByRole("heading", { name: ITEM_NAME }) }).first().locator("form button[type=submit]").click();
  const pages = [
    "/buyer",
    `/buyer/catalogue?q=${encodeURIComponent(ITEM_WORD)}`,
    "/buyer/cart",
    "/buyer/orders",
    orderPath,
    "/buyer/supply-orders",
    `/buyer/supply-orders/${supplyOrderId}`,
    "/buyer/incidents",
    "/notifications",
    "/settings/notifications",
  ];
  for (const locale of ["hi", "en"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL("/", page.url()).href }]);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
    }
  }
  await context.clearCookies();
  for (const locale of ["hi", "en"] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL("/", page.url()).href }]);
    for (const path of ["/sign-in", "/sign-in/otp", "/offline"]) {
      await page.goto(path);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
    }
  }
});
