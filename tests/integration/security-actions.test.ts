// Issue 13: every server action, called the way an attacker would — signed out, as the wrong
// role, with bodies no form of ours sends. (The black-box suite against a production build is
// tests/security; this one calls the action functions in-process, with Next's request scope
// stood in for by tests/support/request-context.ts.)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-security-actions-0123456789";
});
vi.mock("next/headers", () => import("@/tests/support/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => import("@/tests/support/request-context").then((m) => m.nextIntl));

import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms";
import { PERMISSIONS, type Action } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/tests/factories";
import { resetRequest } from "@/tests/support/request-context";
import * as adminBankRates from "@/app/(admin)/admin/bank-rates/actions";
import * as adminCatalogue from "@/app/(admin)/admin/catalogue/actions";
import * as adminSynonyms from "@/app/(admin)/admin/catalogue/synonyms/actions";
import * as adminNotifications from "@/app/(admin)/admin/notifications/actions";
import * as adminPolicy from "@/app/(admin)/admin/policy/actions";
import * as adminRiskFlags from "@/app/(admin)/admin/risk-flags/actions";
import * as adminVendors from "@/app/(admin)/admin/vendors/actions";
import * as adminPenalties from "@/app/(admin)/admin/vendors/[id]/penalties/actions";
import * as adminWebhooks from "@/app/(admin)/admin/webhooks/actions";
import * as buyerCart from "@/app/(buyer)/buyer/cart/actions";
import * as buyerCatalogue from "@/app/(buyer)/buyer/catalogue/actions";
import * as buyerSupplyOrders from "@/app/(buyer)/buyer/supply-orders/[id]/actions";
import * as financeBatches from "@/app/(finance)/finance/batches/actions";
import * as financeBills from "@/app/(finance)/finance/bills/[id]/actions";
import * as financeStatements from "@/app/(finance)/finance/statements/actions";
import * as inspectorInspections from "@/app/(inspector)/inspector/inspections/[id]/actions";
import * as register from "@/app/(public)/register/actions";
import * as notifications from "@/app/(signed-in)/notifications/actions";
import * as preferences from "@/app/(signed-in)/settings/notifications/actions";
import * as apiTokens from "@/app/(signed-in)/settings/api-tokens/actions";
import * as vendorDispatch from "@/app/(vendor)/vendor/dispatch/[id]/actions";
import * as vendorOffers from "@/app/(vendor)/vendor/offers/actions";
import * as vendorOrders from "@/app/(vendor)/vendor/orders/actions";
import * as auth from "@/app/actions/auth";
import * as incidents from "@/app/actions/incidents";
import * as forgotPassword from "@/app/forgot-password/actions";
import * as resetPassword from "@/app/reset-password/[token]/actions";
import * as locale from "@/app/actions/locale";
import * as otp from "@/app/sign-in/otp/actions";

type AnyAction = (...args: unknown[]) => Promise<unknown>;

/** Every file under app/ that starts with "use server". */
function serverActionFiles(): string[] {
  const root = path.join(import.meta.dirname, "../../app");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(root, file))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")));
}
const MODULES = {
  adminBankRates, adminCatalogue, adminNotifications, adminPenalties, adminPolicy, adminRiskFlags, adminSynonyms, adminVendors, adminWebhooks, buyerCart, buyerCatalogue,
  buyerSupplyOrders, financeBatches, financeBills, financeStatements, inspectorInspections, register, notifications, preferences, apiTokens, vendorDispatch, vendorOffers, vendorOrders, auth, incidents, forgotPassword, resetPassword, locale, otp,
};
const ACTIONS = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).map(([name, fn]) => ({ name: `${module}.${name}`, fn: fn as AnyAction })),
);

/**
 * Who may call what, written out by hand from DOMAIN.md (not read from the code under test):
 * "public" needs no session; "any" needs one, of any role; otherwise the roles allowed.
 */
const EXPECTED: Record<string, "public" | "any" | Role[]> = {
  "adminCatalogue.createCategoryAction": ["ADMIN"],
  "adminCatalogue.updateCategoryAction": ["ADMIN"],
  "adminCatalogue.createItemAction": ["ADMIN"],
  "adminCatalogue.updateItemAction": ["ADMIN"],
  "adminCatalogue.setGstRateAction": ["ADMIN"],
  "adminNotifications.retryDeadAction": ["ADMIN"],
  "adminPolicy.createPolicyVersionAction": ["ADMIN"],
  "adminVendors.decideVendorAction": ["ADMIN"],
  "adminVendors.changeEnterpriseClassAction": ["ADMIN"],
  "adminPenalties.imposePenaltyAction": ["ADMIN"],
  "adminPenalties.revokePenaltyAction": ["ADMIN"],
  "adminBankRates.addBankRateAction": ["ADMIN"],
  "adminSynonyms.createSynonymGroupAction": ["ADMIN"],
  "adminSynonyms.updateSynonymGroupAction": ["ADMIN"],
  "adminSynonyms.deleteSynonymGroupAction": ["ADMIN"],
  "adminRiskFlags.reviewRiskFlagAction": ["ADMIN"],
  "adminWebhooks.createWebhookSubscriptionAction": ["ADMIN"],
  "adminWebhooks.deactivateWebhookAction": ["ADMIN"],
  "adminWebhooks.retryWebhookDeliveryAction": ["ADMIN"],
  "financeBatches.createPaymentBatchAction": ["FINANCE"],
  "financeStatements.resolveStatementLineAction": ["FINANCE"],
  "buyerCart.addToCartAction": ["BUYER"],
  "buyerCart.updateCartAction": ["BUYER"],
  "buyerCart.placeOrderAction": ["BUYER"],
  "buyerCatalogue.requestItemAction": ["BUYER"],
  "incidents.raiseIncidentAction": ["BUYER", "VENDOR"],
  "incidents.postIncidentMessageAction": ["BUYER", "VENDOR", "INSPECTOR", "ADMIN"],
  "incidents.withdrawIncidentAction": ["BUYER", "VENDOR"],
  "incidents.resolveIncidentAction": ["ADMIN"],
  "incidents.raisePublicIncidentAction": "public",
  "incidents.appealPenaltyAction": ["VENDOR"],
  "buyerSupplyOrders.recordReceiptAction": ["BUYER"],
  "buyerSupplyOrders.cancelSupplyOrderAction": ["BUYER"],
  "buyerSupplyOrders.decideShortfallAction": ["BUYER"],
  "financeBills.releasePaymentAction": ["FINANCE"],
  "inspectorInspections.recordInspectionAction": ["INSPECTOR"],
  "register.registerVendorAction": "public",
  "notifications.openNotificationAction": "any",
  "notifications.markAllReadAction": "any",
  "preferences.savePreferencesAction": "any",
  "apiTokens.createApiTokenAction": ["BUYER", "FINANCE", "ADMIN"],
  "apiTokens.revokeApiTokenAction": ["BUYER", "FINANCE", "ADMIN"],
  "vendorDispatch.dispatchAction": ["VENDOR"],
  "vendorDispatch.requestReinspectionAction": ["VENDOR"],
  "vendorOffers.createOfferAction": ["VENDOR"],
  "vendorOffers.updateOfferAction": ["VENDOR"],
  "vendorOffers.withdrawOfferAction": ["VENDOR"],
  "vendorOrders.acceptSupplyOrderAction": ["VENDOR"],
  "vendorOrders.rejectSupplyOrderAction": ["VENDOR"],
  "auth.signInAction": "public",
  "auth.signOutAction": "public",
  "forgotPassword.requestPasswordResetAction": "public",
  "resetPassword.resetPasswordAction": "public",
  "locale.setLocaleAction": "public",
  "otp.otpSignInAction": "public",
};
const ROLES: Role[] = ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"];
const UUID = "0190a3c2-0000-7000-8000-000000000001";

/** What a call ended in: a redirect (where to), a not-found, a returned form state, or nothing. */
async function call(fn: AnyAction, args: unknown[]): Promise<{ redirect?: string; notFound?: true; state?: FormState; threw?: unknown }> {
  try {
    const result = await fn(...args);
    return result && typeof result === "object" ? { state: result as FormState } : {};
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { notFound: true };
    return { threw: error };
  }
}

const argsFor = (fn: AnyAction, form: unknown) => (fn.length >= 2 ? [{}, form] : [form]);

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const HOSTILE_NAMES = [
  "__proto__", "__proto__.polluted", "checks.__proto__.ok", "checks.__proto__.observed", "quantities.__proto__.accepted",
  "constructor.prototype.polluted", "checks.constructor.prototype.ok", "specs.__proto__.key", "offer.__proto__",
  "quantities.__proto__", "a[__proto__][polluted]", "prototype", "x.constructor",
];
const MEGABYTE = "x".repeat(1024 * 1024);
const COMMON_FIELDS = [
  "supplyOrderId", "inspectionId", "billId", "vendorId", "offerId", "itemId", "notificationId", "email", "password", "mobile",
  "code", "intent", "reason", "remarks", "result", "event", "quantity", "bankReference", "idempotencyKey", "receivedOn",
  "purchaseOrderId", "subject", "body", "locale", "returnTo", "legalName", "nameEn", "kind", "filters",
];

/** Bodies no form of ours sends. */
function hostileBodies(): { label: string; body: unknown }[] {
  return [
    { label: "prototype-polluting names", body: form(Object.fromEntries(HOSTILE_NAMES.map((name) => [name, "yes"]))) },
    { label: "1 MB values", body: form(Object.fromEntries(COMMON_FIELDS.map((name) => [name, MEGABYTE]))) },
    { label: "files where text belongs", body: form(Object.fromEntries(COMMON_FIELDS.map((name) => [name, new Blob(["%PDF"]) as Blob]))) },
    { label: "Indic and control characters", body: form(Object.fromEntries(COMMON_FIELDS.map((name) => [name, "मानक\u0000\u202e\r\n' OR 1=1 --"]))) },
    { label: "nested and odd names", body: form({ "a.b.c.d.e": "1", "checks.x:y.ok": "on", [`quantities.${UUID}.accepted`]: "-1", "specs.99.key": "k", "": "empty name" }) },
    { label: "not a form at all: a string", body: "supplyOrderId=1" },
    { label: "not a form at all: an object", body: { supplyOrderId: UUID, __proto__: { polluted: true } } },
    { label: "not a form at all: nothing", body: undefined },
  ];
}

function prototypeIsClean() {
  const probe = {} as Record<string, unknown>;
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(CLEAN_PROTOTYPE);
  expect(probe.ok).toBeUndefined();
  expect(probe.polluted).toBeUndefined();
  expect(probe.observed).toBeUndefined();
}
const CLEAN_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

async function signInAs(role: Role): Promise<string> {
  const user = await makeUser(db, role);
  resetRequest();
  await startSession(user.id);
  return user.id;
}

/** Rows that any successful action would add or change. */
async function fingerprint() {
  const [audit, notifications, vendors, offers, items, categories, policies, incidents, payments, users, penalties] = await Promise.all([
    db.auditEvent.count(), db.notification.count(), db.vendor.count(), db.offer.count(), db.item.count(), db.category.count(),
    db.policyVersion.count(), db.incident.count(), db.payment.count(), db.user.count(), db.vendorPenalty.count(),
  ]);
  return { audit, notifications, vendors, offers, items, categories, policies, incidents, payments, users, penalties };
}

beforeAll(() => {
  expect(ACTIONS.map((a) => a.name).sort()).toEqual(Object.keys(EXPECTED).sort());
});

afterEach(() => {
  prototypeIsClean();
  resetRequest();
});

describe("the action list", () => {
  it("is every export of every \"use server\" module, and each has an expected caller written here", () => {
    // Every export of every "use server" file in the repository must be one of the actions above:
    // a new action file that nobody imported here fails this count.
    const exported = serverActionFiles().flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => m[1]));
    expect(ACTIONS.map(({ name }) => name.split(".")[1]).sort()).toEqual(exported.sort());
    for (const { name } of ACTIONS) expect(EXPECTED[name], `${name} has no expected caller`).toBeDefined();
    for (const { name, fn } of ACTIONS) expect(typeof fn, name).toBe("function");
  });
});

describe("signed out", () => {
  it("every action that needs a session sends the caller to sign-in before looking at the form", async () => {
    const before = await fingerprint();
    for (const { name, fn } of ACTIONS) {
      if (EXPECTED[name] === "public") continue;
      for (const { label, body } of hostileBodies()) {
        resetRequest();
        const outcome = await call(fn, argsFor(fn, body));
        expect(outcome, `${name} with ${label}`).toEqual({ redirect: "/sign-in" });
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("the inspection form's `checks.__proto__.ok` no longer reaches Object.prototype (issue 13's one-request outage)", async () => {
    resetRequest();
    await call(inspectorInspections.recordInspectionAction as AnyAction, [{}, form({ "checks.__proto__.ok": "yes", inspectionId: UUID })]);
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
  });

  it("public actions answer hostile bodies with a form error or their own redirect, never a crash", async () => {
    for (const { name, fn } of ACTIONS) {
      if (EXPECTED[name] !== "public") continue;
      for (const { label, body } of hostileBodies()) {
        resetRequest({ "x-forwarded-for": "198.51.100.1" });
        const outcome = await call(fn, argsFor(fn, body));
        expect(outcome.threw, `${name} with ${label}`).toBeUndefined();
        if (outcome.state) expect(outcome.state.message, `${name} with ${label}`).not.toBe("Something went wrong on our side. Please try again.");
      }
    }
  });
});

describe("signed in", () => {
  for (const role of ROLES) {
    it(`as ${role}: a role the matrix does not allow is refused and nothing changes`, async () => {
      for (const { name, fn } of ACTIONS) {
        const expected = EXPECTED[name];
        if (expected === "public" || expected === "any" || expected.includes(role)) continue;
        await signInAs(role);
        const before = await fingerprint();
        const outcome = await call(fn, argsFor(fn, form({ supplyOrderId: UUID, inspectionId: UUID, billId: UUID, vendorId: UUID, event: "approve", offerId: UUID, confirm: "on" })));
        expect(outcome.threw, name).toBeUndefined();
        expect(outcome.redirect, name).toBeUndefined();
        if (fn.length >= 2) expect(outcome.state?.message, name).toBe("You are not allowed to do this.");
        expect(await fingerprint(), name).toEqual(before);
      }
    });

    it(`as ${role}: hostile bodies get a clear form error (or the action's own redirect), never a crash`, async () => {
      const userId = await signInAs(role);
      for (const { name, fn } of ACTIONS) {
        const expected = EXPECTED[name];
        if (expected === "public" || (expected !== "any" && !expected.includes(role))) continue;
        for (const { label, body } of hostileBodies()) {
          // Signing out ends the session; sign back in for the next body.
          if (name === "auth.signOutAction") {
            resetRequest();
            await startSession(userId);
          }
          const outcome = await call(fn, argsFor(fn, body));
          expect(outcome.threw, `${name} with ${label}`).toBeUndefined();
          if (outcome.state) expect(outcome.state.message, `${name} with ${label}`).not.toBe("Something went wrong on our side. Please try again.");
        }
      }
    });
  }
});

describe("the permission matrix the actions use", () => {
  it("agrees with the expected callers above", () => {
    const access: Record<string, Action> = {
      "adminCatalogue.createCategoryAction": "catalogue.manage",
      "adminNotifications.retryDeadAction": "notification.admin",
      "adminPolicy.createPolicyVersionAction": "policy.manage",
      "adminVendors.decideVendorAction": "vendor.review",
      "adminPenalties.imposePenaltyAction": "penalty.manage",
      "adminPenalties.revokePenaltyAction": "penalty.manage",
      "incidents.appealPenaltyAction": "penalty.appeal",
      "buyerCart.placeOrderAction": "purchaseOrder.place",
      "buyerSupplyOrders.recordReceiptAction": "receipt.record",
      "buyerSupplyOrders.cancelSupplyOrderAction": "supplyOrder.cancel",
      "financeBills.releasePaymentAction": "payment.release",
      "inspectorInspections.recordInspectionAction": "inspection.record",
      "vendorOrders.acceptSupplyOrderAction": "supplyOrder.respond",
    };
    for (const [name, action] of Object.entries(access)) expect([...PERMISSIONS[action]], name).toEqual(EXPECTED[name]);
  });
});
