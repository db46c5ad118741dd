import { DEMO, e2eData, expect, expectAccessible, loginAs, test } from "./fixtures";

type World = { buyerEmail: string; supplyOrderId: string; supplyOrderNumber: string; purchaseOrderNumber: string; vendorId: string };

const BODY = "Only 60 of the 100 chairs arrived, nine days after the deliver-by date.";
const PUBLIC_BODY = "The benches at the school broke within a week; I am a parent there.";
const PUBLIC_CONTACT = "parent.e2e@example.com";

test("a buyer's incident is raised, escalated by the job when its deadline passes, and resolved by the department; the public sees the outcome", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const world = e2eData<World>("incident-data.ts");

  await loginAs(page, world.buyerEmail);
  await expect(page).toHaveURL(/\/buyer$/, { timeout: 30_000 });
  await page.goto(`/buyer/incidents/new?supplyOrderId=${world.supplyOrderId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Raise an incident" })).toBeVisible();
  await expectAccessible(page);
  // Sent empty: the error summary names every field, and nothing is raised.
  await page.getByRole("button", { name: "Raise incident" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await page.getByLabel("What it is about").selectOption("SHORT_DELIVERY");
  await page.getByLabel("Subject").fill("Forty chairs short and late");
  await page.getByLabel("What happened").fill(BODY);
  await page.getByRole("button", { name: "Raise incident" }).click();

  const heading = page.getByRole("heading", { level: 1, name: /^Incident INC\// });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace("Incident ", "").trim();
  await expect(page.getByText("Awaiting response")).toBeVisible();
  await expect(page.getByText(BODY)).toBeVisible();
  await expectAccessible(page);
  const incidentUrl = page.url();
  await page.goto("/buyer/incidents");
  await expect(page.getByRole("link", { name: number })).toBeVisible();
  await expectAccessible(page);

  // A week goes by without an answer from the vendor: the escalation job moves it up.
  process.env.E2E_INCIDENT = number;
  expect(e2eData<{ status: string; escalationLevel: number; escalatedTo: string }>("incident-overdue.ts")).toEqual({
    status: "ESCALATED", escalationLevel: 1, escalatedTo: "DEPARTMENT_ADMIN",
  });
  await page.goto(incidentUrl);
  await expect(page.getByText("Level 1: with the industries department")).toBeVisible();

  // The department decides, from its own window.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await loginAs(admin, DEMO.ADMIN);
  await expect(admin).toHaveURL(/\/admin$/, { timeout: 30_000 });
  await admin.goto("/admin/incidents");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: number }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: `Incident ${number}` })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Outcome").selectOption("UPHELD");
  await admin.getByLabel("Reasons").fill("The vendor delivered forty chairs short and late; it must supply them within a week.");
  await admin.getByRole("button", { name: "Resolve incident" }).click();
  await admin.getByRole("button", { name: "Yes, resolve" }).click();
  await expect(admin.getByTestId("incident-outcome")).toHaveText("Upheld");
  await adminContext.close();

  await page.goto(incidentUrl);
  await expect(page.getByTestId("incident-outcome")).toHaveText("Upheld");

  // The public scorecard counts it and its outcome, and says nothing of what was written.
  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/vendors/${world.vendorId}`);
  const counts = visitor.getByTestId("incident-counts");
  await expect(counts).toContainText("Raised");
  await expect(counts.locator("dd").nth(0)).toHaveText("1");
  await expect(counts.locator("dd").nth(2)).toHaveText("1");
  await expect(visitor.getByText(BODY)).toHaveCount(0);
  await expect(visitor.getByText("Forty chairs short")).toHaveCount(0);
  await expectAccessible(visitor);
  await visitorContext.close();
});

test("anyone may report a problem with a published order, without signing in; only the count is public", async ({ page }) => {
  const world = e2eData<World>("incident-data.ts");
  await page.goto(`/orders/${world.purchaseOrderNumber}`);
  await expect(page.getByRole("heading", { name: "Report a problem with this order" })).toBeVisible();
  const form = page.locator("#public-incident-form");
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByTestId("error-summary")).toBeFocused();
  await form.getByLabel("What it is about").selectOption("QUALITY");
  await form.getByLabel("Subject").fill("Benches broke within a week");
  await form.getByLabel("What happened").fill(PUBLIC_BODY);
  await form.getByLabel("Your e-mail or phone").fill(PUBLIC_CONTACT);
  await form.getByRole("button", { name: "Send report" }).click();

  await expect(page.getByRole("status").filter({ hasText: /recorded as INC\// })).toBeVisible();
  const counts = page.getByTestId("incident-counts");
  await expect(counts.locator("dd").nth(0)).toHaveText("1");
  await expect(counts.locator("dd").nth(1)).toHaveText("1");
  await expect(page.getByText(PUBLIC_BODY)).toHaveCount(0);
  await expect(page.getByText(PUBLIC_CONTACT)).toHaveCount(0);
  await expect(page.getByText("Benches broke within a week")).toHaveCount(0);
  await expectAccessible(page);

  // The office that must answer finds it waiting in its window, the contact withheld.
  await loginAs(page, world.buyerEmail);
  await expect(page).toHaveURL(/\/buyer$/, { timeout: 30_000 });
  await page.goto("/buyer/incidents");
  await page.getByRole("link", { name: /^INC\// }).first().click();
  await expect(page.getByText(PUBLIC_BODY)).toBeVisible();
  await expect(page.getByText(PUBLIC_CONTACT)).toHaveCount(0);
  await expect(page.getByText("A member of the public")).toBeVisible();
});

test("every role's incidents window opens and is accessible", async ({ page, context }) => {
  for (const [email, path] of [[DEMO.VENDOR, "/vendor/incidents"], [DEMO.INSPECTOR, "/inspector/incidents"], [DEMO.FINANCE, "/finance/incidents"]] as const) {
    await context.clearCookies();
    await loginAs(page, email);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
    await expectAccessible(page);
  }
  await context.clearCookies();
  await loginAs(page, DEMO.VENDOR);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto("/vendor/incidents/new");
  await expectAccessible(page);
});
