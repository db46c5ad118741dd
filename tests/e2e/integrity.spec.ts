// Issue 18, signed out and as the admin: the signed audit checkpoints on /verify and at their
// public URL, and a public risk flag from computation to the register, the order's page, the
// dashboard, the flag list and OCDS, then reviewed by the admin with a note that is shown beside it.
import { DEMO, expect, loginAs, test, e2eData, expectNoWcagViolations } from "./fixtures";

let data: { number: string; office: string };

test.beforeAll(() => {
  data = e2eData("integrity-data.ts");
});

test("the worker's signed checkpoint is public and /verify checks the chain against it", async ({ page }) => {
  const list = await (await page.request.get("/api/audit/checkpoints")).json();
  expect(list.algorithm).toBe("Ed25519");
  expect(list.publicKey).toContain("BEGIN PUBLIC KEY");
  expect(list.checkpoints[0]).toMatchObject({ number: 1, previousId: null, previous: null });

  await page.goto("/verify");
  await expect(page.getByRole("heading", { name: "Signed checkpoints" })).toBeVisible();
  await expect(page.getByText(/Latest checkpoint #\d+/)).toBeVisible();
  await page.getByRole("button", { name: "Verify the whole chain now" }).click();
  await expect(page.getByText(/The audit log is intact/)).toBeVisible();
  await expect(page.getByTestId("checkpoint-result")).toContainText(/The log matches all \d+ published checkpoints?/);
  await expectNoWcagViolations(page);
});

test("a risk flag is shown on the register, the order, the dashboard and in OCDS, and the admin's review beside it", async ({ page }) => {
  await page.goto("/orders?flag=ORDER_SPLITTING");
  await expect(page.getByRole("link", { name: data.number })).toBeVisible();
  await expect(page.getByRole("table").getByText("Possible order splitting")).toBeVisible();
  await page.getByRole("link", { name: data.number }).click();
  const flags = page.getByTestId("risk-flags");
  await expect(flags).toContainText(`${data.office} placed 3 orders`);
  await expect(flags).toContainText("₹70,800.00");
  await expect(flags).toContainText("Not yet reviewed");
  await expectNoWcagViolations(page);

  await page.goto("/dashboard");
  await expect(page.getByTestId("flag-count-ORDER_SPLITTING")).toHaveText(/^[1-9]/);
  await page.goto("/risk-flags?kind=ORDER_SPLITTING");
  await expect(page.getByTestId("risk-flags")).toContainText(data.number);
  await expectNoWcagViolations(page);

  const release = await (await page.request.get(`/api/ocds/releases/${data.number}`)).json();
  expect(release.releases[0].riskFlags[0]).toMatchObject({ type: "ORDER_SPLITTING", details: { orders: 3 } });

  await loginAs(page, DEMO.ADMIN);
  await page.waitForURL(/\/admin/);
  await page.goto("/admin/risk-flags");
  const note = "Checked with the office: three urgent requisitions; advised to combine next time.";
  const item = page.locator("li", { has: page.getByRole("link", { name: `Order ${data.number}` }) }).first();
  await item.getByLabel("Review note").fill(note);
  await item.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(page.getByText("The flag is marked reviewed.")).toBeVisible();

  await page.goto(`/orders/${data.number}`);
  await expect(page.getByTestId("risk-flags")).toContainText(note);
});
