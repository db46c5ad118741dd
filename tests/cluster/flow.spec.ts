// The cluster test's flow (issue 16), run by scripts/cluster-test.ts against nginx in front of two
// web nodes: two purchase orders go from placing to payment while one web node and one worker are
// SIGKILLed part-way. Steps follow tests/e2e/workflow-full.spec.ts; each role signs in once (the
// session is a signed cookie, valid on either node).
import { writeFileSync } from "node:fs";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../../prisma/seed-data/demo-accounts";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run npm run test:cluster`);
  return value;
};
const AFTER_SUBMIT = { timeout: 30_000 };
const VENDOR = "cgsteeludyog@example.com";
const DURG_INSPECTOR = "inspector.durg@demo.manak.in";
const RAIPUR_INSPECTORS = [DEMO_EMAIL.inspector, "inspector.raipur2@demo.manak.in"];
const PHOTO = { name: "receipt.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) };

type Order = { orderPath: string; supplyOrderId: string; supplyOrderNumber: string; number: string };
const figures: Record<string, unknown> = {};

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("#sign-in-form button[type=submit]").click();
  await expect(page).not.toHaveURL(/sign-in/, AFTER_SUBMIT);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  return page;
}

/** The first press asks for confirmation (what will happen); "Yes" inside the question submits. */
async function confirmPlacement(form: Locator) {
  await form.locator("[data-confirm-open]").click();
  await form.locator("[data-testid=confirm-submit] button[type=submit]").click();
}

async function placeOrder(page: Page, quantity: number): Promise<Order> {
  await page.goto(`/buyer/catalogue?q=FUR-002`);
  const item = page.locator("main li", { hasText: "FUR-002" }).first();
  await item.getByLabel("Quantity").fill(String(quantity));
  await item.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible(AFTER_SUBMIT);
  await page.goto("/buyer/cart");
  const form = page.locator("form", { has: page.locator('select[name="budgetHeadId"]') });
  const head = form.locator('select[name="budgetHeadId"] option', { hasText: "2202-02-109-0101-35" });
  await form.locator('select[name="budgetHeadId"]').selectOption((await head.getAttribute("value"))!);
  await confirmPlacement(form);
  await expect(page).toHaveURL(/\/buyer\/orders\/[0-9a-f-]{36}\?notice=placed/, AFTER_SUBMIT);
  const link = page.getByRole("link", { name: /^Open SO\// }).first();
  await expect(link).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/PO\/[\d-]+\/\d+/)![0];
  return {
    orderPath: new URL(page.url()).pathname,
    supplyOrderId: (await link.getAttribute("href"))!.split("/").pop()!,
    supplyOrderNumber: (await link.textContent())!.replace(/^Open /, ""),
    number,
  };
}

/**
 * Fills the cart and the order form, and returns a function that submits it, retrying the same
 * submission (same idempotency key, as a browser re-posting the form would) until the order page
 * appears: an attempt whose web node died under it gets no answer.
 */
async function preparePlacement(page: Page, quantity: number) {
  await page.goto(`/buyer/catalogue?q=FUR-002`);
  const item = page.locator("main li", { hasText: "FUR-002" }).first();
  await item.getByLabel("Quantity").fill(String(quantity));
  await item.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible(AFTER_SUBMIT);
  const fillForm = async () => {
    await page.goto("/buyer/cart");
    const form = page.locator("form", { has: page.locator('select[name="budgetHeadId"]') });
    const head = form.locator('select[name="budgetHeadId"] option', { hasText: "2202-02-109-0101-35" });
    await form.locator('select[name="budgetHeadId"]').selectOption((await head.getAttribute("value"))!);
    return form;
  };
  let form = await fillForm();
  const key = await form.locator('input[name="idempotencyKey"]').inputValue();
  return {
    key,
    async submit() {
      for (let attempt = 1; ; attempt++) {
        if (attempt > 1) {
          // The attempt may have committed before its node died: the cart (kept on the server) is
          // then empty, and the order is there under this key — which a re-post would be answered with.
          const earlier = await orderWithKey(key);
          if (earlier) return { attempts: attempt, orderId: earlier };
          form = await fillForm();
          await form.locator('input[name="idempotencyKey"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), key);
        }
        await confirmPlacement(form);
        const placed = await page.waitForURL(/\/buyer\/orders\/[0-9a-f-]{36}\?notice=placed/, { timeout: 20_000 }).then(() => true, () => false);
        if (placed) return { attempts: attempt, orderId: new URL(page.url()).pathname.split("/").pop()! };
        if (attempt === 4) throw new Error(`order with key ${key} not placed after 4 attempts`);
      }
    },
  };
}

async function accept(page: Page, order: Order) {
  await page.goto(`/vendor/orders/${order.supplyOrderId}`);
  await page.getByRole("button", { name: "Accept supply order" }).click();
  await expect(page.getByText("You have accepted this supply order.")).toBeVisible(AFTER_SUBMIT);
}

async function openInspection(page: Page, supplyOrderNumber: string): Promise<boolean> {
  await page.goto("/inspector");
  await expect(page.getByRole("table", { name: "Inspections assigned to you, soonest first" }).or(page.getByText("No inspections are waiting for you."))).toBeVisible();
  const link = page.getByRole("link", { name: supplyOrderNumber });
  if (!(await link.count())) return false;
  await link.first().click();
  await expect(page.getByRole("heading", { name: "Record the inspection" })).toBeVisible();
  return true;
}

async function inspect(page: Page, supplyOrderNumber: string, result?: "PASS") {
  expect(await openInspection(page, supplyOrderNumber)).toBe(true);
  const observed = page.getByLabel("What you observed");
  const checks = page.getByRole("group", { name: "Does it meet the requirement?" });
  for (let i = 0; i < (await observed.count()); i++) {
    await observed.nth(i).fill("As specified");
    await checks.nth(i).getByLabel("Yes, met").check();
  }
  if (result) await page.getByLabel(/^Pass:/).check();
  await page.getByRole("button", { name: "Record inspection" }).click();
  await expect(page.getByText("The inspection is recorded.")).toBeVisible(AFTER_SUBMIT);
}

async function dispatch(page: Page, order: Order) {
  await page.goto("/vendor/dispatch");
  await page.getByRole("link", { name: order.supplyOrderNumber }).click();
  await expect(page.getByRole("heading", { name: "Record the dispatch" })).toBeVisible();
  await page.getByLabel("Invoice number").fill(`CSU/26-27/${order.supplyOrderNumber.slice(-4)}`);
  await page.getByLabel("Transporter").fill("Chhattisgarh Roadways");
  await page.getByLabel("Docket / LR number").fill("CGR-55021");
  await page.getByRole("button", { name: "Record dispatch" }).click();
  await expect(page.getByText("Dispatch recorded. The buyer has been told.")).toBeVisible(AFTER_SUBMIT);
}

async function receive(page: Page, order: Order) {
  await page.goto(`/buyer/supply-orders/${order.supplyOrderId}`);
  const form = page.locator("#receipt-form");
  await form.getByLabel("Remarks (optional)").fill("Received in good condition.");
  await form.getByLabel("Photos (optional)").setInputFiles(PHOTO);
  await form.getByRole("button", { name: "Save receipt" }).click();
  await expect(page.getByText("Receipt recorded. The post-dispatch inspection has been assigned.")).toBeVisible(AFTER_SUBMIT);
}

async function pay(page: Page, order: Order, utr: string) {
  await page.goto("/finance/bills");
  await page.locator("tr", { hasText: order.supplyOrderNumber }).getByRole("link", { name: /^BILL\// }).click();
  await page.getByLabel("Bank reference (UTR)").fill(utr);
  // Asked first; then "Yes" pressed twice: the payment must still be released once.
  await page.getByRole("button", { name: /^Release ₹/ }).click();
  await page.getByRole("button", { name: /^Yes, release ₹/ }).dblclick();
  await expect(page.getByText("Payment released.")).toBeVisible(AFTER_SUBMIT);
}

async function orderWithKey(idempotencyKey: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: env("CLUSTER_PRIMARY_URL") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "PurchaseOrder" WHERE "idempotencyKey" = $1`, [idempotencyKey]);
    return rows[0]?.id ?? null;
  } finally {
    await client.end();
  }
}

async function receiptPhotoId(supplyOrderId: string): Promise<string> {
  const client = new pg.Client({ connectionString: env("CLUSTER_PRIMARY_URL") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT a.id FROM "Attachment" a JOIN "Receipt" r ON r.id = a."receiptId" WHERE r."supplyOrderId" = $1 ORDER BY a.id DESC LIMIT 1`,
      [supplyOrderId],
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** GETs `path` every 100 ms until stopped; counts answers that are not 2xx/3xx (what a visitor would see fail). */
function probe(baseURL: string, path: string) {
  let stop = false;
  const stats = { requests: 0, failures: 0, okAt: [] as number[] };
  const done = (async () => {
    while (!stop) {
      stats.requests++;
      const ok = await fetch(new URL(path, baseURL), { redirect: "manual" }).then((r) => r.status < 400, () => false);
      if (!ok) stats.failures++;
      else stats.okAt.push(Date.now());
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return { stats, stop: async () => ((stop = true), await done, stats) };
}

test("purchase order to payment through nginx while a web node and a worker are killed", async ({ browser, baseURL }) => {
  const buyer = await signIn(browser, DEMO_EMAIL.buyer);
  const vendor = await signIn(browser, VENDOR);
  const durg = await signIn(browser, DURG_INSPECTOR);
  const finance = await signIn(browser, DEMO_EMAIL.finance);

  // Order 1 up to its receipt with a photo while both web nodes run.
  const first = await placeOrder(buyer, 12);
  await accept(vendor, first);
  await inspect(durg, first.supplyOrderNumber, "PASS");
  await dispatch(vendor, first);
  await receive(buyer, first);
  // The photo went to whichever node nginx chose; each node, asked directly, serves it from S3.
  const photoId = await receiptPhotoId(first.supplyOrderId);
  const cookies = (await buyer.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const direct: Record<string, number> = {};
  for (const port of env("CLUSTER_WEB_PORTS").split(",")) {
    const res = await fetch(`http://localhost:${port}/api/attachments/${photoId}`, { headers: { cookie: cookies } });
    const bytes = Buffer.from(await res.arrayBuffer());
    direct[port] = res.status === 200 && bytes.equals(PHOTO.buffer) ? 200 : res.status;
  }
  figures.photoFromEachNode = direct;
  expect(Object.values(direct)).toEqual([200, 200]);
  // Signed out, nobody gets it.
  expect((await fetch(new URL(`/api/attachments/${photoId}`, baseURL))).status).toBe(404);

  // Order 2 placed and accepted.
  const second = await placeOrder(buyer, 11);
  await accept(vendor, second);

  // Four more buyers of the office (scripts/cluster-test.ts adds them) submit orders at once, and
  // web node 1 is SIGKILLed while they are in flight: a submission that dies with its node is sent
  // again; each order must exist once.
  const burst = await Promise.all(
    [1, 2, 3, 4].map(async (n) => {
      const page = await signIn(browser, `buyer${n}@cluster.manak.test`);
      return { context: page.context(), placement: await preparePlacement(page, 5) };
    }),
  );
  const webProbe = probe(baseURL!, "/orders");
  const submitted = burst.map(({ placement }) => placement.submit());
  await new Promise((r) => setTimeout(r, 400));
  const webKilledAt = Date.now();
  process.kill(Number(env("CLUSTER_WEB1_PID")), "SIGKILL");
  const results = await Promise.all(submitted);
  await new Promise((r) => setTimeout(r, 1000));
  const probed = await webProbe.stop();
  const firstOk = probed.okAt.find((t) => t > webKilledAt);
  figures.webKill = {
    at: new Date(webKilledAt).toISOString(), probeRequests: probed.requests, probeFailures: probed.failures,
    firstOkAfterKillMs: firstOk ? firstOk - webKilledAt : null,
    burstOrders: results.length, burstAttempts: results.map((r) => r.attempts), burstKeys: burst.map((b) => b.placement.key),
  };
  for (const { context } of burst) await context.close();

  await inspect(durg, second.supplyOrderNumber, "PASS");
  await dispatch(vendor, second);
  await receive(buyer, second);
  // A photo uploaded through the survivor is read back through nginx as well.
  const photo2 = await buyer.request.get(`/api/attachments/${await receiptPhotoId(second.supplyOrderId)}`);
  expect(photo2.status()).toBe(200);

  // Worker 1 is killed while the notifications of the receipts and the scheduled jobs are under way.
  const workerKilledAt = Date.now();
  process.kill(Number(env("CLUSTER_WORKER1_PID")), "SIGKILL");
  figures.workerKill = { at: new Date(workerKilledAt).toISOString() };

  for (const order of [first, second]) {
    let inspector: Page | null = null;
    for (const email of RAIPUR_INSPECTORS) {
      const page = await signIn(browser, email);
      if (await openInspection(page, order.supplyOrderNumber)) {
        inspector = page;
        break;
      }
      await page.context().close();
    }
    expect(inspector, `a Raipur inspector has ${order.supplyOrderNumber}`).not.toBeNull();
    await inspect(inspector!, order.supplyOrderNumber);
    await inspector!.context().close();
  }
  await pay(finance, first, "SBINR52026120600001");
  await pay(finance, second, "SBINR52026120600002");

  // The public pages, signed out, through nginx: each order's page shows it paid.
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  for (const order of [first, second]) {
    await page.goto(`/orders/${order.number}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(order.number);
  }
  await page.goto("/orders");
  await page.goto("/dashboard");
  await visitor.close();

  writeFileSync(env("CLUSTER_FIGURES_FILE"), JSON.stringify({ ...figures, orders: [first, second] }, null, 2));
});
