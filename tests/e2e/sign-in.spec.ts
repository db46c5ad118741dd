import { DEMO, expect, loginAs, test } from "./fixtures";

const homes = [
  { email: DEMO.BUYER, path: "/buyer", heading: /Buyer window/ },
  { email: DEMO.PANCHAYAT, path: "/buyer", heading: /क्रेता विंडो/ },
  { email: DEMO.VENDOR, path: "/vendor", heading: /Vendor window/ },
  { email: DEMO.INSPECTOR, path: "/inspector", heading: /Inspector window/ },
  { email: DEMO.FINANCE, path: "/finance", heading: /Finance window/ },
  { email: DEMO.ADMIN, path: "/admin", heading: /Administration/ },
];

for (const { email, path, heading } of homes) {
  test(`${email} signs in and lands on ${path}`, async ({ page }) => {
    await loginAs(page, email);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByText(heading).first()).toBeVisible();
  });
}

test("a wrong password gets a clear message and keeps the e-mail", async ({ page }) => {
  await loginAs(page, DEMO.BUYER, "not-the-password");
  await expect(page.locator("#sign-in-form [role=alert]")).toContainText("incorrect");
  await expect(page.locator("#email")).toHaveValue(DEMO.BUYER);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signed-out visitors to a role window are sent to sign in", async ({ page }) => {
  await page.goto("/finance");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("another role's window is not found", async ({ page }) => {
  await loginAs(page, DEMO.VENDOR);
  await expect(page).toHaveURL(/\/vendor$/);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
});

test("signing out ends the session", async ({ page }) => {
  await loginAs(page, DEMO.BUYER);
  await expect(page).toHaveURL(/\/buyer$/);
  await page.getByRole("button", { name: /Sign out|साइन आउट/ }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goto("/buyer");
  await expect(page).toHaveURL(/\/sign-in/);
});
