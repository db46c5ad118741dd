// Graded penalties (issue 18): an administrator suspends a vendor with a reason (after an error
// summary for the missing reason and a confirmation), the public scorecard shows the suspension
// and its reason, and the vendor reads it in Hindi; finally the administrator revokes it.
import { DEMO, e2eData, expect, expectAccessible, loginAs, test } from "./fixtures";

const REASON = "Supplied almirahs of 0.6 mm sheet against the 0.8 mm specification on three supply orders.";

test("admin suspends a vendor with a reason; the scorecard shows it; the vendor sees it in Hindi", async ({ browser, page }) => {
  const firm = e2eData<{ vendorId: string; legalName: string; email: string }>("penalty-data.ts");

  await loginAs(page, DEMO.ADMIN);
  await page.waitForURL(/\/admin/, { timeout: 30_000 });
  await page.goto(`/admin/vendors?status=ACTIVE&q=${encodeURIComponent(firm.legalName)}`);
  await page.getByRole("link", { name: `Penalties of ${firm.legalName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/vendors/${firm.vendorId}/penalties$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Penalties: ${firm.legalName}`);
  await expect(page.getByTestId("active-points")).toContainText("Penalty points in force: 0");
  await expectAccessible(page);

  // No reason: the error summary names the field, and what was chosen is kept.
  await page.getByLabel("Kind of penalty").selectOption("SUSPENSION");
  await page.getByLabel("Suspension in months").fill("3");
  await page.getByRole("button", { name: "Record penalty" }).click();
  await expect(page.getByTestId("confirm-submit")).toContainText(firm.legalName);
  await page.getByRole("button", { name: "Yes, record the penalty" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Write the reason for the penalty");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Kind of penalty")).toHaveValue("SUSPENSION");
  await expect(page.getByLabel("Suspension in months")).toHaveValue("3");
  await expectAccessible(page);

  await page.locator("#penalty-reason").fill(REASON);
  await page.getByRole("button", { name: "Record penalty" }).click();
  await page.getByRole("button", { name: "Yes, record the penalty" }).click();
  await expect(page).toHaveURL(/done=imposed/);
  await expect(page.getByText("The penalty is recorded and the vendor has been told.")).toBeVisible();
  await expect(page.getByTestId("current-bar")).toContainText("Suspension from");
  await expect(page.getByTestId("current-bar")).toContainText(REASON);
  await expectAccessible(page);

  // The public scorecard, signed out.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/vendors/${firm.vendorId}`);
  await expect(publicPage.getByTestId("scorecard-barred")).toContainText("Suspension from");
  await expect(publicPage.getByTestId("scorecard-barred")).toContainText("not receiving new orders");
  await expect(publicPage.getByTestId("scorecard-barred")).toContainText(REASON);
  await expect(publicPage.getByTestId("penalties-in-force")).toHaveText("1 penalty in force");
  await expectAccessible(publicPage);
  await visitor.close();

  // The vendor, whose profile language is Hindi.
  const vendorContext = await browser.newContext();
  const vendorPage = await vendorContext.newPage();
  await loginAs(vendorPage, firm.email);
  await vendorPage.waitForURL(/\/vendor/, { timeout: 30_000 });
  await expect(vendorPage.locator("html")).toHaveAttribute("lang", "hi");
  await expect(vendorPage.getByTestId("vendor-barred")).toContainText("निलंबन");
  await expectAccessible(vendorPage);
  await vendorPage.getByRole("link", { name: "दंड", exact: true }).first().click();
  await expect(vendorPage).toHaveURL(/\/vendor\/penalties$/);
  await expect(vendorPage.getByRole("heading", { level: 1 })).toHaveText("दंड और निलंबन");
  await expect(vendorPage.getByTestId("current-bar")).toContainText("निलंबन");
  await expect(vendorPage.getByTestId("current-bar")).toContainText("नए आपूर्ति आदेश नहीं मिलेंगे");
  await expect(vendorPage.getByTestId("current-bar")).toContainText(REASON);
  await expect(vendorPage.getByRole("table")).toContainText("लागू");
  await expectAccessible(vendorPage);
  await vendorContext.close();

  // The administrator revokes it (an appeal upheld): the firm is no longer barred.
  await page.locator("summary", { hasText: "Revoke" }).click();
  await page.locator('textarea[id^="revoke-reason-"]').fill("Appeal upheld: the sheet was measured on the wrong batch.");
  await page.getByRole("button", { name: "Revoke penalty" }).click();
  await page.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(page).toHaveURL(/done=revoked/);
  await expect(page.getByText("Not suspended or debarred")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Revoked");
  await expectAccessible(page);
});
