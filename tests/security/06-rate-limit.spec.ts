// The per-IP sign-in limit must hold whatever X-Forwarded-For says (issue 13, item 3): the client
// address comes from the socket or from trusted proxies only. This file runs last: afterwards this
// client is locked out of sign-in for the limit's window.
import { expect, test } from "@playwright/test";
import { GENERIC_MESSAGES } from "./support/actions";
import { signIn } from "./support/callers";
import { record } from "./support/report";

test("40 wrong passwords, each with a new X-Forwarded-For, are still limited per client", async () => {
  let limited = 0;
  for (let i = 1; i <= 40; i++) {
    const { jar, outcome } = await signIn(`nobody-${i}@example.com`, "wrong-password", { xForwardedFor: `198.51.100.${i}` });
    expect(jar).toBeNull();
    expect(outcome.status, `attempt ${i}`).toBeLessThan(500);
    expect(GENERIC_MESSAGES.some((m) => outcome.response.body.includes(m))).toBe(false);
    if (/too many|बहुत अधिक/i.test(outcome.state?.message ?? "")) limited++;
  }
  // The right password from the same client, with yet another forwarded address: still refused.
  const { jar, outcome } = await signIn("buyer.sp-durg@demo.manak.in", "Manak@2026", { xForwardedFor: "198.51.100.200" });
  record("rate-limit", "40 wrong passwords for 40 accounts, X-Forwarded-For rotated; then a right one", 41, `${limited} of 40 refused as rate-limited; right password afterwards: ${jar ? "signed in" : `refused (${outcome.state?.message ?? outcome.status})`}`, !jar ? "refused" : "FAIL");
  // Whether the refusals say "too many attempts" is the product's choice (it may prefer not to
  // tell); what counts is that the right password no longer works from this client.
  expect(jar, `signed in after 40 failures from this client (${limited} of 40 were told "too many attempts")`).toBeNull();
});
