import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, loginAs, test } from "./fixtures";

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

// Issue 15: the sign-in forms report errors the one way every form does — a summary that takes the
// focus and links the wrong field; what was typed is kept, except the password, which the summary
// says to type again.
async function inHindi(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
}

for (const { language, hindi, passwordAgain, passwordLabel } of [
  { language: "English", hindi: false, passwordAgain: "type the password again", passwordLabel: "Password" },
  { language: "Hindi", hindi: true, passwordAgain: "पासवर्ड फिर से लिखें", passwordLabel: "पासवर्ड" },
]) {
  test(`a wrong password (${language}): the error summary has the focus and links the emptied password box; the e-mail is kept`, async ({ page, baseURL }) => {
    if (hindi) await inHindi(page, baseURL);
    await loginAs(page, DEMO.BUYER, "not-the-password");
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(passwordAgain);
    const link = summary.getByRole("link", { name: new RegExp(passwordLabel) });
    await expect(link).toHaveAttribute("href", "#password");
    await expect(page.locator("#email")).toHaveValue(DEMO.BUYER);
    await expect(page.locator("#password")).toHaveValue("");
    await expect(page.locator("#password")).toHaveAttribute("aria-invalid", "true");
    await link.click();
    await expect(page.locator("#password")).toBeFocused();
    await expectAccessible(page);
  });
}

test("a malformed mobile number (Hindi): the error summary has the focus, links the number, and the number is kept", async ({ page, baseURL }) => {
  await inHindi(page, baseURL);
  await page.goto("/sign-in/otp");
  await page.locator("#mobile").fill("98765");
  await page.locator("#otp-form button[type=submit]").first().click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  const link = summary.getByRole("link", { name: /मोबाइल नंबर/ });
  await expect(link).toHaveAttribute("href", "#mobile");
  await expect(page.locator("#mobile")).toHaveValue("98765");
  await link.click();
  await expect(page.locator("#mobile")).toBeFocused();
  await expectAccessible(page);
});
