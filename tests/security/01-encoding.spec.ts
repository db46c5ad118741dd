// The suite's own proof: requests encoded as this suite encodes them do work for a caller who is
// allowed — otherwise every "refused" below could be a mis-encoded request, not a check.
import { expect, test } from "@playwright/test";
import { callAction, describe, submitForm } from "./support/actions";
import { actionNamed, actions, CALLERS, jarOf, SESSION_COOKIE, signIn } from "./support/callers";
import { closeDb, maybe } from "./support/db";
import { send } from "./support/http";
import { findTargets } from "./support/targets";

test.afterAll(closeDb);

test("the build's manifest lists the server actions", () => {
  const list = actions();
  expect(list.length).toBeGreaterThan(20);
  for (const a of list) expect(a.routes.length, `${a.key} has a page to post to`).toBeGreaterThan(0);
});

test("sign-in through the form's server action starts a session that opens the buyer's window", async () => {
  const { jar, outcome } = await signIn(CALLERS.buyer.email!);
  expect(jar, describe(outcome)).not.toBeNull();
  expect(outcome.redirect).toBe("/buyer");
  const page = await send("/buyer", { headers: { cookie: jar!.header() } });
  expect(page.status).toBe(200);
  const signedOut = await send("/buyer");
  expect(signedOut.status === 307 || signedOut.status === 303 || signedOut.body.includes("sign-in"), "signed out, /buyer sends to sign-in").toBe(true);
});

test("a wrong password is answered with the form's own error (FormState), not a crash", async () => {
  const { jar, outcome } = await signIn("buyer.gp-tokapal@demo.manak.in", "not-the-password");
  expect(jar).toBeNull();
  expect(outcome.status).toBe(200);
  expect(outcome.state?.ok, describe(outcome)).toBe(false);
  expect(outcome.state?.message).toBeTruthy();
});

/** The quantity of an item in buyer@'s cart, which is kept on the server (the Cart table). */
async function buyerCartQuantity(itemId: string): Promise<number> {
  const row = await maybe<{ quantity: number }>(
    `SELECT (line->>'quantity')::int AS quantity FROM "Cart" c JOIN "User" u ON u.id = c."userId", jsonb_array_elements(c.lines) line
      WHERE u.email = 'buyer@demo.manak.in' AND line->>'itemId' = $1`,
    [itemId],
  );
  return row?.quantity ?? 0;
}

test("the buyer's add-to-cart (JS call) puts the item in the buyer's cart", async () => {
  const t = await findTargets();
  const jar = await jarOf(CALLERS.buyer);
  const before = await buyerCartQuantity(t.cartItemId);
  const outcome = await callAction(actionNamed("addToCartAction"), [["itemId", t.cartItemId], ["quantity", "2"], ["back", "/buyer/catalogue"]], { jar });
  expect(outcome.redirect, describe(outcome)).toBe("/buyer/catalogue?notice=added");
  expect(await buyerCartQuantity(t.cartItemId)).toBe(before + 2);
  const cart = await send("/buyer/cart", { headers: { cookie: jar.header() } });
  expect(cart.status).toBe(200);
});

test("the same add-to-cart as a no-JS form post ($ACTION_ID_, multipart as React forms send it) works too", async () => {
  const t = await findTargets();
  const jar = await jarOf(CALLERS.buyer);
  const before = await buyerCartQuantity(t.cartItemId);
  const outcome = await submitForm(actionNamed("addToCartAction"), [["itemId", t.cartItemId], ["quantity", "1"], ["back", "/buyer/catalogue"]], { jar });
  expect(outcome.status, describe(outcome)).toBe(303);
  expect(outcome.redirect).toBe("/buyer/catalogue?notice=added");
  expect(await buyerCartQuantity(t.cartItemId)).toBe(before + 1);
});

test("a same-origin Origin header is accepted (the foreign-Origin refusals below are about the origin)", async () => {
  const t = await findTargets();
  const jar = await jarOf(CALLERS.buyer);
  const port = process.env.E2E_PORT ?? "3100";
  const outcome = await callAction(actionNamed("addToCartAction"), [["itemId", t.cartItemId], ["quantity", "1"]], { jar, origin: `http://localhost:${port}` });
  expect(outcome.redirect, describe(outcome)).toBe("/buyer/catalogue?notice=added");
});

test("the signed-in session cookie is what the suite sends", async () => {
  const jar = await jarOf(CALLERS.vendor);
  expect(jar.cookies.has(SESSION_COOKIE)).toBe(true);
  expect((await send("/vendor", { headers: { cookie: jar.header() } })).status).toBe(200);
});
