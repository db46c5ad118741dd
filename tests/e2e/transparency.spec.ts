// The public transparency pages (issue 7), signed out: the order register and an order's page,
// the spend dashboard, and the verification page a document's QR code opens.
import { expect, test, e2eData, expectNoWcagViolations } from "./fixtures";

// The same database scripts/e2e-server.ts starts for the app.
let data: { number: string; documentId: string; documentNumber: string; billId: string };

test.beforeAll(() => {
  data = e2eData("transparency-data.ts");
});

test("the public order register lists the order and opens its page with the audit trail", async ({ page }) => {
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Order register" })).toBeVisible();
  await page.getByLabel("Vendor").fill("Udyog");
  await page.getByRole("button", { name: "Show orders" }).click();
  await expect(page).toHaveURL(/vendor=Udyog/);
  await page.getByRole("link", { name: data.number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(data.number);
  await expect(page.getByRole("heading", { name: "Why this vendor" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(page.getByText("Payment released")).toBeVisible();
  await expectNoWcagViolations(page);

  const csv = await page.request.get(`/orders.csv?vendor=Udyog`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(data.number);
});

test("the spend dashboard renders its charts with tables, on a phone too", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Spend dashboard" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Share of spend by kind of vendor/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Spend by month/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Women-owned enterprises" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoWcagViolations(page);
});

test("a document's QR code opens its verification page, which says it is genuine", async ({ page, baseURL }) => {
  // The URL printed in the QR code: NEXTAUTH_URL (the e2e server's address) + /verify/<id>.
  await page.goto(`${baseURL}/verify/${data.documentId}`);
  await expect(page.getByText("This document is genuine.")).toBeVisible();
  await expect(page.getByText(data.documentNumber).first()).toBeVisible();
  await expectNoWcagViolations(page);

  // Without the QR code: look the document up by its number, and verify the audit chain.
  await page.goto("/verify");
  await page.getByLabel("Document number").fill(data.documentNumber);
  await page.getByRole("button", { name: "Find the document" }).click();
  await page.getByRole("link", { name: new RegExp(data.documentNumber) }).click();
  await expect(page).toHaveURL(new RegExp(`/verify/${data.documentId}$`));
  await page.goto("/verify");
  await page.getByRole("button", { name: "Verify the whole chain now" }).click();
  await expect(page.getByText(/The audit log is intact/)).toBeVisible();

  // The PDF itself is for the parties of the order: signed out, it does not exist.
  const pdf = await page.request.get(`/api/documents/bill/${data.billId}`);
  expect(pdf.status()).toBe(404);
});
