// A penalty appeal (issue 18): a suspended vendor appeals in Hindi (error summary first, then a
// confirmation), the department upholds the appeal, which revokes the suspension at once, and the
// public scorecard no longer shows it.
import { DEMO, e2eData, expect, expectAccessible, loginAs, test } from "./fixtures";

test("the vendor appeals its suspension in Hindi; the admin upholds it; the scorecard no longer shows the suspension", async ({ browser, page, baseURL }) => {
  const firm = e2eData<{ vendorId: string; legalName: string; email: string; penaltyId: string; reason: string }>("penalty-appeal-data.ts");

  const visitor = await browser.newContext({ baseURL });
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/vendors/${firm.vendorId}`);
  await expect(publicPage.getByTestId("scorecard-barred")).toContainText(firm.reason);

  // The vendor, whose profile language is Hindi.
  await loginAs(page, firm.email);
  await page.waitForURL(/\/vendor/, { timeout: 30_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await page.goto("/vendor/penalties");
  await page.getByRole("link", { name: /^अपील करें/ }).click();
  await expect(page).toHaveURL(new RegExp(`/vendor/penalties/${firm.penaltyId}/appeal$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("दंड के विरुद्ध अपील करें");
  await expect(page.getByRole("main")).toContainText(firm.reason);
  await expectAccessible(page);

  // Sent empty: the error summary names the fields; nothing is sent.
  await page.getByRole("button", { name: "अपील भेजें" }).click();
  await page.getByRole("button", { name: "हाँ, अपील भेजें" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("विषय: यह फ़ील्ड आवश्यक है");
  await expect(summary).toContainText("अपील के आधार: यह फ़ील्ड आवश्यक है");
  await expectAccessible(page);

  await page.getByLabel("विषय").fill("निलंबन ग़लत माप पर आधारित है");
  await page.getByLabel("अपील के आधार").fill("निरीक्षण प्रमाणपत्र में हर आपूर्ति आदेश पर 0.8 मिमी शीट दर्ज है; माप दूसरे बैच का था।");
  await page.getByRole("button", { name: "अपील भेजें" }).click();
  await expect(page.getByTestId("confirm-submit")).toContainText("निलंबन");
  await page.getByRole("button", { name: "हाँ, अपील भेजें" }).click();
  await expect(page).toHaveURL(/\/vendor\/incidents\/[0-9a-f-]{36}\?notice=raised$/);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const number = /INC\/\S+/.exec(heading ?? "")![0];
  await expect(page.getByRole("main")).toContainText("दंड के विरुद्ध अपील");
  await expect(page.getByRole("main")).toContainText(firm.reason);
  await expectAccessible(page);

  // Its penalties page now links the open appeal instead of offering another.
  await page.goto("/vendor/penalties");
  await expect(page.getByTestId("appeal-open")).toHaveText(`अपील ${number} पर निर्णय बाकी`);
  await expect(page.getByRole("link", { name: /^अपील करें/ })).toHaveCount(0);

  // The department upholds it.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await loginAs(admin, DEMO.ADMIN);
  await expect(admin).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await admin.goto("/admin/incidents");
  await admin.getByRole("link", { name: number }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: `Incident ${number}` })).toBeVisible();
  await expect(admin.getByTestId("appeal-resolve-note")).toContainText("revokes the penalty");
  await expect(admin.getByLabel("Penalty", { exact: true })).toHaveCount(0);
  await expectAccessible(admin);
  await admin.getByLabel("Outcome").selectOption("UPHELD");
  await admin.getByLabel("Reasons").fill("The inspection certificates show 0.8 mm sheet: the suspension rested on a wrong measurement.");
  await admin.getByRole("button", { name: "Resolve incident" }).click();
  await admin.getByRole("button", { name: "Yes, resolve" }).click();
  await expect(admin.getByTestId("incident-outcome")).toHaveText("Upheld");
  await expect(admin.getByRole("main")).toContainText("Penalty revoked on");
  await adminContext.close();

  // The public scorecard no longer shows the suspension; the vendor's page shows it revoked.
  await publicPage.reload();
  await expect(publicPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(publicPage.getByTestId("scorecard-barred")).toHaveCount(0);
  await visitor.close();
  await page.goto("/vendor/penalties");
  await expect(page.getByTestId("current-bar")).toHaveCount(0);
  await expect(page.getByRole("table")).toContainText("निरस्त");
  await expect(page.getByRole("table")).toContainText(number);
});
