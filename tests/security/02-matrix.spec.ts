// Every server action × every caller: anonymous, each role, the same role from another scope —
// with no Origin (a script) and with a foreign Origin (another site). A refused call must leave
// the database exactly as it was, set no cookie that means success, and answer clearly (never a
// 5xx, never "something went wrong"); signed out, it must send to sign-in or say so.
import { expect, test } from "@playwright/test";
import { EXPECTATIONS, mustRefuse } from "./expectations";
import { callAction, describe, type ActionOutcome } from "./support/actions";
import { actionNamed, actions, ALL_CALLERS, CALLERS, jarOf, type Caller } from "./support/callers";
import { changedTables, closeDb, snapshot } from "./support/db";
import { record } from "./support/report";
import { findTargets, type Targets } from "./support/targets";

test.afterAll(closeDb);

const FOREIGN_ORIGIN = "https://attacker.example";
const SUCCESS_COOKIES = ["manak.session", "manak_cart", "NEXT_LOCALE"];

let targets: Targets;
test.beforeAll(async () => {
  targets = await findTargets();
});

test("every server action in the build has a row in the expectation table", () => {
  const missing = actions().filter((a) => !EXPECTATIONS[a.exportedName]).map((a) => a.key);
  expect(missing, "write down who may call these (tests/security/expectations.ts)").toEqual([]);
});

function refusedProblems(caller: Caller, outcome: ActionOutcome, changed: string[], effectCookies: string[]): string[] {
  const problems: string[] = [];
  if (changed.length) problems.push(`changed ${changed.join(", ")}`);
  const set = effectCookies.filter((c) => outcome.response.setCookies.get(c));
  if (set.length) problems.push(`set cookie ${set.join(", ")}`);
  if (outcome.status >= 500 || outcome.crashed) problems.push(`crashed (${outcome.status})`);
  if (outcome.generic) problems.push(`answered "something went wrong"`);
  if (caller.role === null && !outcome.redirect?.startsWith("/sign-in") && !(outcome.state?.ok === false && outcome.state.message && !outcome.generic)) {
    problems.push("signed out, but neither sent to sign-in nor told to sign in");
  }
  return problems;
}

for (const action of actions()) {
  const expectation = EXPECTATIONS[action.exportedName];
  if (!expectation) continue;
  const refused = ALL_CALLERS.filter((c) => mustRefuse(expectation, c));
  if (refused.length === 0) continue;
  test(`${action.exportedName} refuses ${refused.map((c) => c.name).join(", ")}`, async () => {
    const failures: string[] = [];
    for (const caller of refused) {
      const jar = await jarOf(caller);
      const before = await snapshot();
      const outcome = await callAction(action, expectation.fields(targets), { jar, params: expectation.params?.(targets) });
      const changed = changedTables(before, await snapshot());
      const problems = refusedProblems(caller, outcome, changed, expectation.effectCookies ?? []);
      record("matrix", `${action.exportedName} as ${caller.name}`, 1, `${describe(outcome)}${problems.length ? ` — ${problems.join("; ")}` : ""}`, problems.length ? "FAIL" : "refused");
      if (problems.length) failures.push(`${caller.name}: ${problems.join("; ")} [${describe(outcome)}]`);
    }
    expect(failures, `${action.key}`).toEqual([]);
  });
}

for (const action of actions()) {
  const expectation = EXPECTATIONS[action.exportedName];
  if (!expectation) continue;
  // The caller who could do it: the owner, else the first allowed role, else a buyer.
  const allowed = expectation.allowed;
  const who =
    (expectation.owner ? CALLERS[expectation.owner] : undefined) ??
    (Array.isArray(allowed) ? ALL_CALLERS.find((c) => c.role && allowed.includes(c.role)) : undefined) ??
    (allowed === "public" ? CALLERS.anonymous : CALLERS.buyer);
  test(`${action.exportedName} from a foreign Origin (as ${who.name}) is refused`, async () => {
    const jar = await jarOf(who);
    const before = await snapshot();
    const fields = action.exportedName === "signInAction" ? ([["email", "finance@demo.manak.in"], ["password", "Manak@2026"]] as [string, string][]) : expectation.fields(targets);
    const outcome = await callAction(action, fields, { jar, origin: FOREIGN_ORIGIN, params: expectation.params?.(targets) });
    const changed = changedTables(before, await snapshot());
    const cookies = SUCCESS_COOKIES.filter((c) => outcome.response.setCookies.has(c));
    const ok = changed.length === 0 && cookies.length === 0;
    record("origin", `${action.exportedName} as ${who.name}, Origin ${FOREIGN_ORIGIN}`, 1, `${describe(outcome)} changed=[${changed}] cookies=[${cookies}]`, ok ? "refused" : "FAIL");
    expect(changed, `${describe(outcome)}`).toEqual([]);
    expect(cookies, `${describe(outcome)}`).toEqual([]);
  });
}

test("another office's buyer cannot place an order on this office's budget head, even with a cart", async () => {
  const jar = await jarOf(CALLERS.otherBuyer);
  const added = await callAction(actionNamed("addToCartAction"), [["itemId", targets.cartItemId], ["quantity", "1"]], { jar });
  expect(added.redirect, describe(added)).toContain("notice=added");
  const before = await snapshot();
  const outcome = await callAction(actionNamed("placeOrderAction"), EXPECTATIONS.placeOrderAction.fields(targets), { jar });
  const changed = changedTables(before, await snapshot());
  record("matrix", "placeOrderAction as otherBuyer with a cart, this office's budget head", 2, `${describe(outcome)} changed=[${changed}]`, changed.length ? "FAIL" : "refused");
  expect(changed, describe(outcome)).toEqual([]);
  expect(outcome.status).toBeLessThan(500);
});

test("the allowed vendor's accept succeeds with the same encoding (the refusals above were checks, not bad requests)", async () => {
  const jar = await jarOf(CALLERS.vendor);
  const before = await snapshot();
  const outcome = await callAction(actionNamed("acceptSupplyOrderAction"), EXPECTATIONS.acceptSupplyOrderAction.fields(targets), {
    jar,
    params: { id: targets.soAwaiting.id },
  });
  const changed = changedTables(before, await snapshot());
  record("matrix", "acceptSupplyOrderAction as vendor (owner)", 1, `${describe(outcome)} changed=[${changed}]`, outcome.redirect?.includes("notice=accepted") ? "ok" : "FAIL");
  expect(outcome.redirect, describe(outcome)).toBe(`/vendor/orders/${targets.soAwaiting.id}?notice=accepted`);
  expect(changed).toContain("SupplyOrder");
  expect(changed).toContain("AuditEvent");
});
