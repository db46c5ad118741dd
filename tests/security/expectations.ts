// Who may call which server action, written from DOMAIN.md's "People and what they do" table and
// its scope rule ("they see and change only what their scope owns; anything else is not found") —
// deliberately NOT imported from lib/auth/permissions.ts, which is what is under test.
//
// Every server action of the build must have a row here: a new action without one fails the
// matrix test until somebody writes down who may call it.
import type { Field } from "./support/http";
import type { CallerName, Role } from "./support/callers";
import type { Targets } from "./support/targets";

export type Expectation = {
  /** "public": anyone, signed out too; "signedIn": any role, own data only; else these roles. */
  allowed: "public" | "signedIn" | Role[];
  /**
   * For actions on one resource: the caller that owns the resource the attack aims at. Every other
   * caller (the same role from another office / firm / inspector included) must be refused.
   * null: the resource belongs to nobody the suite signs in as, so everybody is refused.
   * undefined: not a scoped action (e.g. admin's state-wide catalogue, the caller's own cart).
   */
  owner?: CallerName | null;
  /** The form fields a browser would send, aimed at the target. */
  fields: (t: Targets) => Field[];
  /** Values for the page's dynamic segments (the form is on that resource's page). */
  params?: (t: Targets) => Record<string, string>;
  /** Cookies whose setting means the action did something (e.g. the cart). */
  effectCookies?: string[];
  /**
   * How the page's form calls it, which is what React's client then sends: "state" —
   * `useActionState`, `(prevState, formData)`; "plain" — `<form action={…}>`, `(formData)`;
   * "none" — no argument. Read from the id when it tells (for an action that uses no argument
   * the client sends none, whatever the form passes); an action exported as `(...args) => …`
   * has the "rest arguments" bit instead, and then this decides. Default "state".
   */
  call?: "state" | "plain" | "none";
  /** Why the row says what it says. */
  why: string;
};

const KEY = "5b0c0d7e-4f1a-4c39-9d55-3f6c1e9a0b12";

export const EXPECTATIONS: Record<string, Expectation> = {
  // — public —
  signInAction: { allowed: "public", fields: () => [["email", "nobody@example.com"], ["password", "wrong-password"]], why: "sign-in is for anyone" },
  signOutAction: { call: "plain", allowed: "public", fields: () => [], why: "signing out needs no rights" },
  setLocaleAction: { call: "plain", allowed: "public", fields: () => [["locale", "hi"], ["returnTo", "/"]], why: "the language switch is on every page" },
  otpSignInAction: { allowed: "public", fields: () => [["intent", "request"], ["mobile", "9000000001"]], why: "mobile sign-in is for anyone" },
  requestPasswordResetAction: { allowed: "public", fields: () => [["account", "nobody@example.com"]], why: "anyone may ask for a reset link (the answer never says whether the account exists)" },
  resetPasswordAction: { allowed: "public", fields: () => [["token", "not-a-token"], ["password", "Another@2026x"], ["confirmPassword", "Another@2026x"]], why: "a reset link works for whoever holds it" },
  registerVendorAction: { allowed: "public", fields: () => [["legalName", "x"]], why: "vendors self-register (DOMAIN step 1)" },
  raisePublicIncidentAction: {
    allowed: "public",
    fields: () => [["purchaseOrderNumber", "PO/2026-27/999999"], ["category", "QUALITY"], ["subject", "x"], ["body", "x"]],
    why: "anyone may report a problem with a published order (issue 18), limited per address",
  },

  // — any signed-in user, own notifications only —
  markAllReadAction: { call: "plain", allowed: "signedIn", fields: () => [], why: "every user has notifications" },
  savePreferencesAction: { call: "plain", allowed: "signedIn", fields: () => [["po.placed:EMAIL", "on"]], why: "every user has notification preferences" },
  openNotificationAction: {
    call: "plain",
    allowed: "signedIn",
    owner: "buyer",
    fields: (t) => [["notificationId", t.notification.id]],
    why: "a notification is its recipient's; another user's id changes nothing",
  },

  // — BUYER —
  addToCartAction: {
    call: "plain",
    allowed: ["BUYER"],
    fields: (t) => [["itemId", t.cartItemId], ["quantity", "1"], ["back", "/buyer/catalogue"]],
    effectCookies: ["manak_cart"],
    why: "buyers build a cart from the catalogue",
  },
  updateCartAction: {
    call: "plain",
    allowed: ["BUYER"],
    fields: (t) => [["itemId", t.cartItemId], ["quantity", "2"]],
    effectCookies: ["manak_cart"],
    why: "buyers build a cart",
  },
  placeOrderAction: {
    allowed: ["BUYER"],
    owner: "buyer",
    fields: (t) => [["budgetHeadId", t.office.budgetHeadId], ["consigneeOfficeId", t.office.id], ["deliverBy", "2027-03-15"], ["idempotencyKey", KEY]],
    why: "buyers place purchase orders on their own office's budget",
  },
  requestItemAction: {
    call: "plain",
    allowed: ["BUYER"],
    fields: (t) => [["itemId", t.item.id], ["quantity", "5"], ["back", "/buyer/catalogue"]],
    why: "buyers ask for items nobody in their district supplies yet",
  },
  raiseIncidentAction: {
    allowed: ["BUYER", "VENDOR"],
    owner: "buyer",
    fields: (t) => [["supplyOrderId", t.soDispatched.id], ["category", "LATE_DELIVERY"], ["subject", "Late delivery"], ["body", "The goods were late and short."]],
    why: "buyers raise incidents about their office's supply orders (vendors about their own, with a vendor's category)",
  },
  postIncidentMessageAction: {
    allowed: ["BUYER", "VENDOR", "INSPECTOR", "ADMIN"],
    owner: null,
    fields: () => [["incidentId", KEY], ["body", "Any news?"]],
    why: "every party to an incident writes in its conversation; an incident of nobody's is not found",
  },
  withdrawIncidentAction: {
    allowed: ["BUYER", "VENDOR"],
    owner: null,
    fields: () => [["incidentId", KEY], ["reason", "Sorted out"]],
    why: "the raiser takes its own incident back; an incident of nobody's is not found",
  },
  resolveIncidentAction: {
    allowed: ["ADMIN"],
    owner: null,
    fields: () => [["incidentId", KEY], ["outcome", "UPHELD"], ["resolution", "The vendor was late."]],
    why: "the industries department decides incidents",
  },
  appealPenaltyAction: {
    allowed: ["VENDOR"],
    owner: null,
    fields: () => [["penaltyId", KEY], ["subject", "Unfair suspension"], ["body", "The delay was the office's, not ours."]],
    params: () => ({ id: KEY }),
    why: "a vendor appeals its own penalty in force (issue 18); a penalty of nobody's is not found",
  },
  recordReceiptAction: {
    allowed: ["BUYER"],
    owner: "buyer",
    fields: (t) => [
      ["supplyOrderId", t.soDispatched.id],
      ["receivedOn", new Date().toISOString().slice(0, 10)],
      ["remarks", "received"],
      ["idempotencyKey", KEY],
      ...t.soDispatched.lineIds.map((id): Field => [`quantities.${id}`, "1"]),
    ],
    params: (t) => ({ id: t.soDispatched.id }),
    why: "the consignee office records receipt",
  },
  cancelSupplyOrderAction: {
    allowed: ["BUYER"],
    owner: "buyer",
    fields: (t) => [["supplyOrderId", t.soOtherVendorAwaiting.id], ["reason", "No longer needed by the office"], ["confirm", "on"]],
    params: (t) => ({ id: t.soOtherVendorAwaiting.id }),
    why: "buyers cancel their own supply orders before dispatch",
  },
  decideShortfallAction: {
    allowed: ["BUYER"],
    owner: "buyer",
    fields: (t) => [["supplyOrderId", t.soReplacementDue.id], ["decision", "CLOSE_SHORT"], ["reason", "The rest is no longer needed"], ["deliverBy", ""], ["confirm", "on"]],
    params: (t) => ({ id: t.soReplacementDue.id }),
    why: "buyers decide what happens to a short delivery on their own supply orders",
  },

  // — VENDOR —
  acceptSupplyOrderAction: {
    allowed: ["VENDOR"],
    owner: "vendor",
    fields: (t) => [["supplyOrderId", t.soAwaiting.id]],
    params: (t) => ({ id: t.soAwaiting.id }),
    why: "the allocated vendor accepts its supply order",
  },
  rejectSupplyOrderAction: {
    allowed: ["VENDOR"],
    owner: "vendor",
    fields: (t) => [["supplyOrderId", t.soAwaiting.id], ["reason", "Capacity is booked this month"]],
    params: (t) => ({ id: t.soAwaiting.id }),
    why: "the allocated vendor rejects its supply order",
  },
  dispatchAction: {
    allowed: ["VENDOR"],
    owner: "vendor",
    fields: (t) => [
      ["supplyOrderId", t.soReady.id],
      ["kind", "ORIGINAL"],
      ["dispatchedOn", new Date().toISOString().slice(0, 10)],
      ["invoiceNumber", "INV-1"],
      ["invoiceDate", new Date().toISOString().slice(0, 10)],
      ["transporter", "Road Carriers"],
      ["docketNumber", "DK-1"],
      ...t.soReady.lineIds.map((id): Field => [`quantities.${id}`, "1"]),
    ],
    params: (t) => ({ id: t.soReady.id }),
    why: "the supplying vendor dispatches",
  },
  requestReinspectionAction: {
    allowed: ["VENDOR"],
    owner: null,
    fields: (t) => [["supplyOrderId", t.soFailed.id]],
    params: (t) => ({ id: t.soFailed.id }),
    why: "only the supplying vendor (another firm here) requests re-inspection",
  },
  createOfferAction: {
    allowed: ["VENDOR"],
    fields: (t) => [
      ["itemId", t.item.id],
      ["unitPrice", "100"],
      ["minQuantity", "1"],
      ["maxQuantity", "10"],
      ["monthlyCapacity", "10"],
      ["leadTimeDays", "7"],
      ["districtIds", t.district.id],
    ],
    why: "vendors list offers",
  },
  updateOfferAction: {
    allowed: ["VENDOR"],
    owner: "vendor",
    fields: (t) => [
      ["offerId", t.offer.id],
      ["itemId", t.offer.itemId],
      ["unitPrice", "1"],
      ["minQuantity", "1"],
      ["maxQuantity", "10"],
      ["monthlyCapacity", "10"],
      ["leadTimeDays", "7"],
      ["districtIds", t.district.id],
    ],
    params: (t) => ({ id: t.offer.id }),
    why: "vendors change their own offers",
  },
  withdrawOfferAction: {
    allowed: ["VENDOR"],
    owner: "vendor",
    fields: (t) => [["offerId", t.offer.id]],
    params: (t) => ({ id: t.offer.id }),
    why: "vendors withdraw their own offers",
  },

  // — INSPECTOR —
  recordInspectionAction: {
    allowed: ["INSPECTOR"],
    owner: "inspector",
    fields: (t) => [
      ["inspectionId", t.inspection.id],
      ["result", "PASS"],
      ["remarks", "Meets the specification"],
      ...t.inspectionSpecs.flatMap((k): Field[] => [[`checks.${k}.observed`, "as specified"], [`checks.${k}.ok`, "yes"]]),
      ...t.inspectionLines.flatMap((id): Field[] => [[`quantities.${id}.accepted`, "1"], [`quantities.${id}.rejected`, "0"]]),
    ],
    params: (t) => ({ id: t.inspection.id }),
    why: "the assigned inspector records the inspection",
  },

  // — FINANCE —
  createPaymentBatchAction: {
    allowed: ["FINANCE"],
    owner: "finance",
    fields: (t) => [["billId", t.bill.id]],
    why: "the DDO of the buyer's office sends its own bills to the bank in a batch",
  },
  resolveStatementLineAction: {
    allowed: ["FINANCE"],
    owner: null,
    fields: () => [["action", "DISMISS"], ["lineId", KEY], ["batchItemId", ""], ["reason", "Not ours"]],
    why: "finance resolves its own office's bank-statement lines (the seed has none: nobody succeeds)",
  },
  releasePaymentAction: {
    allowed: ["FINANCE"],
    owner: "finance",
    fields: (t) => [["billId", t.bill.id], ["bankReference", "SBIN12345678901234"], ["idempotencyKey", KEY]],
    params: (t) => ({ id: t.bill.id }),
    why: "the DDO of the buyer's office releases payment",
  },

  // — ADMIN (state-wide) —
  createCategoryAction: { allowed: ["ADMIN"], fields: () => [["code", "SECTEST"], ["nameEn", "Security test"], ["nameHi", "सुरक्षा परीक्षण"]], why: "admin keeps the catalogue" },
  updateCategoryAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["categoryId", t.category.id], ["id", t.category.id], ["code", t.category.code], ["nameEn", "Renamed by an attacker"], ["nameHi", "बदला"]],
    params: (t) => ({ id: t.category.id }),
    why: "admin keeps the catalogue",
  },
  createItemAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["code", "SEC-0001"], ["categoryId", t.category.id], ["nameEn", "Test item"], ["nameHi", "परीक्षण"], ["unit", "NOS"], ["hsn", "9403"], ["gstRate", "18"]],
    why: "admin keeps the catalogue",
  },
  updateItemAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["itemId", t.item.id], ["code", t.item.code], ["categoryId", t.category.id], ["nameEn", "Renamed by an attacker"], ["nameHi", "बदला"], ["unit", "NOS"], ["hsn", "9403"]],
    params: (t) => ({ id: t.item.id }),
    why: "admin keeps the catalogue",
  },
  setGstRateAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["itemId", t.item.id], ["gstRate", "28"], ["effectiveFrom", "2027-01-01"]],
    params: (t) => ({ id: t.item.id }),
    why: "admin keeps GST rates",
  },
  createPolicyVersionAction: {
    allowed: ["ADMIN"],
    fields: () => [["effectiveFrom", "2027-01-01"], ["directPurchaseLimit", "99999999"], ["preferenceBandPercent", "15"]],
    why: "admin edits the purchase policy",
  },
  decideVendorAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["vendorId", t.pendingVendor.id], ["event", "approve"], ["reason", ""], ["tab", "PENDING"]],
    why: "admin approves vendors",
  },
  changeEnterpriseClassAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["vendorId", t.pendingVendor.id], ["enterpriseClass", "MEDIUM"], ["reason", "Udyam certificate says medium"], ["tab", "PENDING"]],
    why: "admin records a vendor's Udyam class",
  },
  imposePenaltyAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["vendorId", t.pendingVendor.id], ["kind", "WARNING"], ["points", ""], ["months", ""], ["reason", "attack"], ["seenPenalties", "0"]],
    params: (t) => ({ id: t.pendingVendor.id }),
    why: "admin decides graded penalties (issue 18)",
  },
  revokePenaltyAction: {
    allowed: ["ADMIN"],
    fields: (t) => [["penaltyId", KEY], ["vendorId", t.pendingVendor.id], ["reason", "attack"]],
    params: (t) => ({ id: t.pendingVendor.id }),
    why: "admin revokes a penalty (appeal upheld, correction)",
  },
  addBankRateAction: { allowed: ["ADMIN"], fields: () => [["effectiveFrom", "2027-01-01"], ["rate", "9.99"], ["note", "attack"]], why: "admin keeps the dated bank rate" },
  reviewRiskFlagAction: { allowed: ["ADMIN"], fields: () => [["flagId", KEY], ["note", "reviewed"]], why: "admin reviews public risk flags" },
  createSynonymGroupAction: { allowed: ["ADMIN"], fields: () => [["en", "pail"], ["hi", "बाल्टी"], ["roman", "balti"]], why: "admin keeps the search synonyms" },
  updateSynonymGroupAction: { allowed: ["ADMIN"], fields: () => [["groupId", KEY], ["en", "pail"]], why: "admin keeps the search synonyms" },
  deleteSynonymGroupAction: { allowed: ["ADMIN"], fields: () => [["groupId", KEY]], why: "admin keeps the search synonyms" },
  createWebhookSubscriptionAction: {
    allowed: ["ADMIN"],
    fields: () => [["departmentId", KEY], ["url", "https://erp.example.gov.in/hook"], ["events", "purchaseOrder.placed"], ["description", "attack"]],
    why: "admin subscribes department systems to events",
  },
  deactivateWebhookAction: { call: "plain", allowed: ["ADMIN"], fields: () => [["subscriptionId", KEY]], why: "admin switches subscriptions off" },
  retryWebhookDeliveryAction: { call: "plain", allowed: ["ADMIN"], fields: () => [["subscriptionId", KEY], ["deliveryId", "1"]], why: "admin re-sends webhook deliveries" },
  // — open API tokens (docs/api.md): an office's finance or purchase officer for the office, the admin state-wide —
  createApiTokenAction: {
    allowed: ["BUYER", "FINANCE", "ADMIN"],
    fields: () => [["name", "Attack token"], ["scopes", "read:orders"], ["expiresOn", "2027-01-31"]],
    why: "a department system's token is made by its office's DDO or purchase officer (for that office) or by the admin (state-wide)",
  },
  revokeApiTokenAction: {
    call: "plain",
    allowed: ["BUYER", "FINANCE", "ADMIN"],
    owner: null,
    fields: () => [["tokenId", KEY]],
    why: "a token is revoked by its office's officers or the admin; the demo data has no token, so nobody's call changes anything",
  },
  retryDeadAction: { call: "plain", allowed: ["ADMIN"], fields: (t) => [["notificationId", t.notification.id], ["filters", ""]], why: "admin retries dead messages" },
};

/** Is this caller refused this action on this target, by the table above? */
export function mustRefuse(e: Expectation, caller: { name: CallerName; role: Role | null }): boolean {
  if (e.allowed === "public") return false;
  if (caller.role === null) return true;
  if (e.allowed !== "signedIn" && !e.allowed.includes(caller.role)) return true;
  if (e.owner === undefined) return false;
  return caller.name !== e.owner;
}
