import { API_SCOPES, MAX_TOKEN_DAYS } from "@/lib/domain/api-token/token";
import { BillStatus, PurchaseOrderLineStatus, PurchaseOrderStatus, SupplyOrderStatus, VendorStatus } from "@/lib/generated/prisma/enums";

/**
 * The OpenAPI 3.1 description of the open API, built as data (docs/api.md). Served at
 * /api/openapi.json and rendered at /developers; tests/integration/openapi.test.ts validates it and
 * calls every operation in it, checking each answer against the schema given here. Every object
 * schema lists all its properties as required and allows no others, so a field added or dropped in
 * lib/api/v1 without this file fails that test.
 */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: "string" };
const int: Schema = { type: "integer" };
const bool: Schema = { type: "boolean" };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: "null" }] });
const arr = (items: Schema): Schema => ({ type: "array", items });
const en = (values: readonly string[]): Schema => ({ type: "string", enum: [...values] });
/** An object whose every property is required and nothing else allowed. */
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object", ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false,
});

const Paise: Schema = { type: "string", pattern: "^-?[0-9]{1,19}$", description: "An amount in integer paise (₹1 = 100 paise), as a decimal string.", examples: ["1234500"] };
const DateOnly: Schema = { type: "string", format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "A calendar day in India (IST)." };
const Instant: Schema = { type: "string", format: "date-time", description: "An instant, ISO 8601 in UTC." };
const Cursor: Schema = nullable({ type: "string", description: "Pass as `cursor` for the next page; null on the last page." });
const Names = { nameEn: str, nameHi: str };
const Uuid: Schema = { type: "string", format: "uuid" };

const schemas: Record<string, Schema> = {
  Paise, DateOnly, Instant,
  Error: obj({ error: { type: "string", examples: ["NOT_FOUND"] }, message: str }, "Every error answer: a code (VALIDATION, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, RATE_LIMITED, INTERNAL) and a sentence."),
  Offer: obj({
    offerId: Uuid, vendorId: Uuid, vendorName: str, local: { type: "boolean", description: "The vendor is registered in Chhattisgarh (GSTIN state code 22)." },
    district: obj({ en: str, hi: str }), unitPricePaise: ref("Paise"), landedUnitPaise: { ...ref("Paise"), description: "Unit price with GST." },
    minQuantity: int, maxQuantity: int, leadTimeDays: int,
  }),
  CatalogueCategory: obj({ code: str, en: str, hi: str }),
  CatalogueItem: obj({
    id: Uuid, code: str, ...Names, unit: str, hsn: str, reserved: bool, preDispatchInspection: bool, category: ref("CatalogueCategory"),
    gstRateBp: nullable({ type: "integer", description: "GST rate in force today, in basis points (1800 = 18 %)." }), offerCount: int,
    offers: { ...arr(ref("Offer")), description: "The cheapest few offers; the item's offers endpoint lists all." },
  }),
  CataloguePage: obj({
    items: arr(ref("CatalogueItem")), nextCursor: Cursor,
    match: en(["found", "corrected", "none"]),
    corrections: arr(obj({ word: str, to: arr(str) })),
  }),
  CatalogueItemDetail: obj({
    id: Uuid, code: str, ...Names, descriptionEn: nullable(str), descriptionHi: nullable(str), unit: str, hsn: str, reserved: bool, preDispatchInspection: bool,
    category: obj({ code: str, ...Names }), gstRateBp: nullable(int),
    specs: arr(obj({ key: str, labelEn: str, labelHi: str, requirement: str })),
  }),
  ItemOffersPage: obj({ item: obj({ code: str, gstRateBp: nullable(int) }), offers: arr(ref("Offer")), nextCursor: Cursor }),
  NamedPlace: obj({ ...Names }),
  RegisterOrder: obj({
    number: { type: "string", examples: ["PO/2026-27/000123"] }, status: en(Object.values(PurchaseOrderStatus)), createdAt: ref("Instant"), deliverBy: ref("DateOnly"),
    totalPaise: ref("Paise"), directPurchase: bool,
    office: obj({ ...Names, district: ref("NamedPlace"), department: ref("NamedPlace") }),
    lines: arr(obj({ item: obj({ code: str, ...Names, unit: str }), quantity: int })),
    riskFlags: arr(str),
    supplyOrders: arr(obj({
      number: str, status: en(Object.values(SupplyOrderStatus)), valuePaise: ref("Paise"), gstPaise: ref("Paise"),
      vendor: obj({ id: Uuid, legalName: str }), allocationRules: { ...arr(str), description: "Why the supply order went where it went (allocation rules applied)." },
    })),
  }),
  RegisterPage: obj({ orders: arr(ref("RegisterOrder")), nextCursor: Cursor }),
  PublicOffice: obj({ code: str, ...Names, kind: en(["OFFICE", "GRAM_PANCHAYAT"]), district: obj({ slug: str, ...Names }), department: obj({ code: str, ...Names }) }),
  PublicOrder: obj({
    number: str, status: en(Object.values(PurchaseOrderStatus)), createdAt: ref("Instant"), closedAt: nullable(ref("Instant")), deliverBy: ref("DateOnly"),
    totalPaise: ref("Paise"), directPurchase: bool, policyVersion: int, office: ref("PublicOffice"), consignee: ref("PublicOffice"),
    lines: arr(obj({ lineNo: int, item: obj({ code: str, ...Names, unit: str, hsn: str }), quantity: int, status: en(Object.values(PurchaseOrderLineStatus)), unfulfilledQuantity: int })),
    supplyOrders: arr(obj({
      number: str, status: en(Object.values(SupplyOrderStatus)), createdAt: ref("Instant"), acceptedAt: nullable(ref("Instant")), deliverBy: ref("DateOnly"),
      deliveredAt: nullable(ref("Instant")), valuePaise: ref("Paise"), gstPaise: ref("Paise"), replacesNumber: nullable(str),
      vendor: obj({ id: Uuid, legalName: str, udyamNumber: str, local: bool, district: obj({ slug: str, ...Names }) }),
      lines: arr(obj({
        lineNo: int, itemCode: str, quantity: int, unitPricePaise: ref("Paise"), gstRateBp: int, landedUnitPaise: ref("Paise"), rank: int,
        allocationRule: nullable(str), acceptedQuantity: int, rejectedQuantity: int,
      })),
      bill: nullable(obj({ number: str, status: en(Object.values(BillStatus)), netPayablePaise: ref("Paise"), dueDate: ref("DateOnly"), generatedAt: ref("Instant") })),
      payment: nullable(obj({ amountPaise: ref("Paise"), interestPaise: ref("Paise"), daysLate: int, paidAt: ref("Instant") })),
    })),
  }),
  SpendRow: obj({ bills: int, valuePaise: ref("Paise") }),
  Share: obj({ valuePaise: ref("Paise"), targetBp: nullable(int) }),
  Dashboard: obj({
    financialYear: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}$", examples: ["2026-27"] }, financialYears: arr(str), refreshedAt: ref("Instant"), totalPaise: ref("Paise"),
    months: arr(obj({ month: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}$" }, bills: int, valuePaise: ref("Paise") })),
    departments: arr(obj({ id: Uuid, ...Names, bills: int, valuePaise: ref("Paise") })),
    districts: arr(obj({ id: int, ...Names, bills: int, valuePaise: ref("Paise") })),
    shares: obj({ mse: ref("Share"), local: ref("Share"), scSt: ref("Share"), women: ref("Share") }),
    payments: int, averageDaysToPay: nullable({ type: "number" }),
    overdue: obj({ bills: int, netPaise: ref("Paise"), interestPaise: { ...ref("Paise"), description: "MSMED Act s.16 interest owed to micro and small enterprises on overdue bills, to today." } }),
  }),
  Scorecard: obj({
    vendor: obj({ id: Uuid, legalName: str, udyamNumber: str, local: bool, status: en(Object.values(VendorStatus)), registeredAt: ref("Instant"), district: ref("NamedPlace") }),
    awarded: int, accepted: int, declined: int, valuePaise: ref("Paise"), delivered: int, onTime: int,
    onTimeRate: nullable({ type: "number", minimum: 0, maximum: 1 }), inspectedQuantity: int, rejectedQuantity: int,
    rejectionRate: nullable({ type: "number", minimum: 0, maximum: 1 }), preInspections: int, preFailed: int,
    preFailureRate: nullable({ type: "number", minimum: 0, maximum: 1 }),
    penaltiesInForce: { ...int, description: "Graded penalties (warnings, points, suspensions, debarments) in force now." },
    barredBy: {
      ...nullable(obj({ kind: en(["SUSPENSION", "DEBARMENT"]), reason: str, startsAt: ref("Instant"), endsAt: ref("Instant") })),
      description: "The suspension or debarment in force (no new supply orders until endsAt), with its public reason; null when none.",
    },
    recent: arr(obj({ number: str, status: en(Object.values(SupplyOrderStatus)), createdAt: ref("Instant"), valuePaise: ref("Paise"), purchaseOrderNumber: str })),
  }),
  OcdsReleasePackage: {
    type: "object", description: "An OCDS 1.1 release package (https://standard.open-contracting.org/1.1/en/schema/release_package/); the releases follow the OCDS release schema.",
    properties: { uri: str, version: { const: "1.1" }, publishedDate: ref("Instant"), publisher: obj({ name: str, uri: str }), license: str, publicationPolicy: str, releases: { type: "array", minItems: 1, items: { type: "object", properties: { ocid: str, id: str, date: ref("Instant"), tag: arr(str), initiationType: { const: "tender" } }, required: ["ocid", "id", "date", "tag", "initiationType"] } } },
    required: ["uri", "version", "publishedDate", "publisher", "releases"],
  },
  OfficePurchaseOrder: obj({
    id: Uuid, number: str, status: en(Object.values(PurchaseOrderStatus)), createdAt: ref("Instant"), deliverBy: ref("DateOnly"), totalPaise: ref("Paise"), directPurchase: bool,
    consigneeOffice: obj({ code: str, ...Names }), budgetHead: obj({ code: str, financialYear: str }),
    lines: arr(obj({ lineNo: int, item: obj({ code: str, ...Names, unit: str }), quantity: int, unfulfilledQuantity: int, status: en(Object.values(PurchaseOrderLineStatus)) })),
    supplyOrders: arr(obj({ id: Uuid, number: str, status: en(Object.values(SupplyOrderStatus)) })),
  }),
  OfficePurchaseOrderPage: obj({ purchaseOrders: arr(ref("OfficePurchaseOrder")), nextCursor: Cursor }),
  OfficeSupplyOrder: obj({
    id: Uuid, number: str, status: en(Object.values(SupplyOrderStatus)), createdAt: ref("Instant"), deliverBy: ref("DateOnly"),
    purchaseOrder: obj({ id: Uuid, number: str }), vendor: obj({ id: Uuid, legalName: str }),
    valuePaise: { ...ref("Paise"), description: "Value without GST." }, gstPaise: ref("Paise"), acceptedAt: nullable(ref("Instant")), deliveredAt: nullable(ref("Instant")),
    lines: arr(obj({
      item: obj({ code: str, ...Names, unit: str }), quantity: int, unitPricePaise: ref("Paise"), gstRateBp: int,
      dispatchedQuantity: int, receivedQuantity: int, acceptedQuantity: int, rejectedQuantity: int,
    })),
  }),
  OfficeSupplyOrderPage: obj({ supplyOrders: arr(ref("OfficeSupplyOrder")), nextCursor: Cursor }),
  OfficeBill: obj({
    id: Uuid, number: str, status: en(Object.values(BillStatus)), generatedAt: ref("Instant"), dueDate: ref("DateOnly"), acceptedOn: nullable(ref("DateOnly")),
    supplyOrder: obj({ id: Uuid, number: str }), purchaseOrderNumber: str, vendor: obj({ id: Uuid, legalName: str }),
    grossPaise: ref("Paise"), cgstPaise: ref("Paise"), sgstPaise: ref("Paise"), igstPaise: ref("Paise"), gstTdsPaise: ref("Paise"),
    liquidatedDamagesPaise: ref("Paise"), netPayablePaise: ref("Paise"), weeksLate: int,
  }),
  OfficeBillPage: obj({ bills: arr(ref("OfficeBill")), nextCursor: Cursor }),
  OfficePayment: obj({
    id: Uuid, bill: obj({ id: Uuid, number: str }), vendor: obj({ id: Uuid, legalName: str }), bankReference: { type: "string", description: "The bank's UTR." },
    amountPaise: ref("Paise"), interestPaise: ref("Paise"), daysLate: int, paidAt: ref("Instant"),
  }),
  OfficePaymentPage: obj({ payments: arr(ref("OfficePayment")), nextCursor: Cursor }),
};

type Param = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Schema; example?: unknown };
const q = (name: string, description: string, schema: Schema = str, example?: unknown): Param => ({ name, in: "query", description, schema, ...(example !== undefined ? { example } : {}) });
const p = (name: string, description: string, schema: Schema = str, example?: unknown): Param => ({ name, in: "path", required: true, description, schema, ...(example !== undefined ? { example } : {}) });
const cursorParam = q("cursor", "The previous page's `nextCursor`. A malformed cursor is a 400.");
const limitParam = (max: number, fallback: number) => q("limit", `Page size, 1 to ${max} (default ${fallback}).`, { type: "integer", minimum: 1, maximum: max, default: fallback });

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const ok = (schemaName: string, description: string) => ({ description, content: { "application/json": { schema: ref(schemaName) } } });
const RATE_LIMITED = {
  ...errorResponse("Too many requests: over the limit per client address (public) or per token (office). Wait `Retry-After` seconds."),
  headers: { "Retry-After": { description: "Seconds until the next window.", schema: int } },
};

function publicGet(opts: { id: string; summary: string; description: string; tag: string; params?: Param[]; schema: string; notFound?: boolean; badRequest?: boolean }) {
  return {
    get: {
      operationId: opts.id, summary: opts.summary, description: opts.description, tags: [opts.tag], security: [],
      parameters: opts.params ?? [],
      responses: {
        "200": ok(opts.schema, "OK"),
        ...(opts.badRequest === false ? {} : { "400": errorResponse("A parameter is malformed.") }),
        ...(opts.notFound ? { "404": errorResponse("No such record.") } : {}),
        "429": RATE_LIMITED,
      },
    },
  };
}

function officeGet(opts: { id: string; summary: string; description: string; scope: string; params?: Param[]; schema: string; notFound?: boolean }) {
  return {
    get: {
      operationId: opts.id, summary: opts.summary, description: `${opts.description}\n\nNeeds a token with the scope \`${opts.scope}\`.`, tags: ["Office"],
      security: [{ bearerToken: [opts.scope] }], "x-scope": opts.scope,
      parameters: opts.params ?? [],
      responses: {
        "200": ok(opts.schema, "OK"),
        "400": errorResponse("A parameter is malformed."),
        "401": { ...errorResponse("No token, or a token that is unknown, expired or revoked."), headers: { "WWW-Authenticate": { schema: str } } },
        "403": errorResponse(`The token lacks the scope ${opts.scope}.`),
        ...(opts.notFound ? { "404": errorResponse("No such record in the token's office (another office's record is not found).") } : {}),
        "429": RATE_LIMITED,
      },
    },
  };
}

const PAGING = "Newest first; follow `nextCursor` for the next page (keyset paging: stable while new records arrive).";

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Manak open API",
      version: "1.0.0",
      summary: "Chhattisgarh's e-procurement portal for local micro and small enterprises: public data and department systems' own records.",
      description: [
        "Public endpoints need no token. Office endpoints read the purchase orders, supply orders, bills and payments of the office that made the token.",
        "Money is always integer paise (₹1 = 100 paise) as a decimal string, e.g. \"1234500\" is ₹12,345.00. Days are YYYY-MM-DD in India (IST); instants ISO 8601 UTC.",
        "Lists page with opaque keyset cursors. Requests are limited per client address (public) and per token; over the limit the answer is 429 with Retry-After.",
        `Tokens: an administrator, or a finance or purchase officer for their own office, creates one under Settings → API tokens, with scopes and an expiry (at most ${MAX_TOKEN_DAYS} days). It is shown once. Send it as \`Authorization: Bearer mnk_…\`.`,
      ].join("\n\n"),
      license: { name: "Government Open Data License – India", url: "https://www.data.gov.in/Godl" },
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Catalogue", description: "Reserved items, rates and offers." },
      { name: "Orders", description: "The public order register and each order's record." },
      { name: "Transparency", description: "Dashboard figures, vendor scorecards and OCDS open data." },
      { name: "Office", description: "A department system's own records (bearer token)." },
    ],
    paths: {
      "/api/v1/catalogue/items": publicGet({
        id: "searchCatalogue", tag: "Catalogue", schema: "CataloguePage", summary: "Search the catalogue",
        description: "Active items with their cheapest public offers, searchable in English, Hindi and Roman Hindi. `match` says whether the words were found as typed, corrected, or not at all.",
        params: [
          q("q", "Words to search for (name, code, Hindi or Roman Hindi).", { type: "string", maxLength: 200 }, "chair"),
          q("category", "A category code.", str, "FURN"), q("district", "A district slug: only offers serving it.", str, "raipur"),
          q("reserved", "`1` for reserved items only.", en(["1", "true"])), q("min", "Lowest landed unit price in rupees.", str, "100"), q("max", "Highest landed unit price in rupees.", str, "5000"),
          cursorParam,
        ],
      }),
      "/api/v1/catalogue/items/{code}": publicGet({
        id: "getCatalogueItem", tag: "Catalogue", schema: "CatalogueItemDetail", summary: "One catalogue item", notFound: true, badRequest: false,
        description: "An active item: names, description, unit, HSN, today's GST rate and its specification.",
        params: [p("code", "The item's code.", str, "FURN-CHAIR-01")],
      }),
      "/api/v1/catalogue/items/{code}/offers": publicGet({
        id: "listItemOffers", tag: "Catalogue", schema: "ItemOffersPage", summary: "An item's offers", notFound: true,
        description: "Every public offer of the item, cheapest first (25 a page). A reserved item shows only local vendors' offers.",
        params: [p("code", "The item's code.", str, "FURN-CHAIR-01"), cursorParam],
      }),
      "/api/v1/orders": publicGet({
        id: "listOrders", tag: "Orders", schema: "RegisterPage", summary: "The order register",
        description: `Every purchase order, with its supply orders and why each went where it did. ${PAGING}`,
        params: [
          q("district", "District id.", { type: "integer", minimum: 1 }), q("department", "Department id.", Uuid), q("vendor", "Vendor id or part of its name.", str),
          q("item", "Item id, code or part of its name.", str), q("status", "Order status.", en(Object.values(PurchaseOrderStatus))),
          q("from", "Placed on or after (IST day).", ref("DateOnly"), "2026-04-01"), q("to", "Placed on or before (IST day).", ref("DateOnly"), "2027-03-31"),
          cursorParam, limitParam(100, 25),
        ],
      }),
      "/api/v1/orders/{number}": publicGet({
        id: "getOrder", tag: "Orders", schema: "PublicOrder", summary: "One purchase order", notFound: true,
        description: "A purchase order's public record: lines, supply orders, allocation, bills and payments (no personal data). The number contains slashes: send them as they are or as %2F.",
        params: [p("number", "The purchase order number.", str, "PO/2026-27/000123")],
      }),
      "/api/v1/dashboard": publicGet({
        id: "getDashboard", tag: "Transparency", schema: "Dashboard", summary: "Spend dashboard figures",
        description: "Spend by month, department and district; shares with micro and small, local, SC/ST- and women-owned enterprises; days to pay; overdue bills and interest. Refreshed every few minutes (`refreshedAt`).",
        params: [q("financialYear", "Financial year, e.g. 2026-27 (default: the current one).", { type: "string", pattern: "^[0-9]{4}-[0-9]{2}$" }, "2026-27")],
      }),
      "/api/v1/vendors/{id}/scorecard": publicGet({
        id: "getVendorScorecard", tag: "Transparency", schema: "Scorecard", summary: "A vendor's scorecard", notFound: true, badRequest: false,
        description: "Orders awarded and accepted, on-time delivery and rejection rates of an active or suspended vendor.",
        params: [p("id", "The vendor's id.", Uuid)],
      }),
      "/api/ocds/releases": {
        get: {
          operationId: "listOcdsReleases", summary: "OCDS releases (bulk)", tags: ["Transparency"], security: [],
          description: "An OCDS 1.1 release package of up to `limit` purchase orders, newest first. The next page is in the `Link: <…>; rel=\"next\"` header. Not rate-limited per address but limited to a few concurrent downloads (503 with Retry-After when busy).",
          parameters: [cursorParam, limitParam(1000, 100)],
          responses: {
            "200": { ...ok("OcdsReleasePackage", "OK"), headers: { Link: { description: "The next page, when there is one.", schema: str } } },
            "400": { description: "Malformed cursor or limit.", content: { "application/json": { schema: { type: "object", properties: { error: str }, required: ["error"] } } } },
            "404": { description: "No purchase orders at all.", content: { "application/json": { schema: { type: "object", properties: { error: str }, required: ["error"] } } } },
            "503": { description: "Every export slot is busy; try again after Retry-After seconds.", headers: { "Retry-After": { schema: int } } },
          },
        },
      },
      "/api/ocds/releases/{number}": {
        get: {
          operationId: "getOcdsRelease", summary: "One order as an OCDS release", tags: ["Transparency"], security: [],
          description: "One purchase order as an OCDS 1.1 release package. The number's slashes may be sent as they are.",
          parameters: [p("number", "The purchase order number.", str, "PO/2026-27/000123")],
          responses: {
            "200": ok("OcdsReleasePackage", "OK"),
            "404": { description: "No such order.", content: { "application/json": { schema: { type: "object", properties: { error: str }, required: ["error"] } } } },
          },
        },
      },
      "/api/v1/office/purchase-orders": officeGet({
        id: "listOfficePurchaseOrders", scope: "read:orders", schema: "OfficePurchaseOrderPage", summary: "The office's purchase orders",
        description: `Purchase orders the token's office placed. ${PAGING}`,
        params: [q("status", "Only this status.", en(Object.values(PurchaseOrderStatus))), cursorParam, limitParam(200, 50)],
      }),
      "/api/v1/office/purchase-orders/{id}": officeGet({
        id: "getOfficePurchaseOrder", scope: "read:orders", schema: "OfficePurchaseOrder", summary: "One of the office's purchase orders", notFound: true,
        description: "One purchase order of the token's office, by id.",
        params: [p("id", "The purchase order's id.", Uuid)],
      }),
      "/api/v1/office/supply-orders": officeGet({
        id: "listOfficeSupplyOrders", scope: "read:orders", schema: "OfficeSupplyOrderPage", summary: "The office's supply orders",
        description: `Supply orders of the office's purchase orders, with quantities dispatched, received, accepted and rejected. ${PAGING}`,
        params: [q("status", "Only this status.", en(Object.values(SupplyOrderStatus))), cursorParam, limitParam(200, 50)],
      }),
      "/api/v1/office/bills": officeGet({
        id: "listOfficeBills", scope: "read:bills", schema: "OfficeBillPage", summary: "The office's bills",
        description: `Bills generated for the office, newest first, with GST, GST-TDS, liquidated damages, net payable and due date. ${PAGING}`,
        params: [q("status", "Only this status (SENT: in a payment batch at the bank).", en(Object.values(BillStatus))), cursorParam, limitParam(200, 50)],
      }),
      "/api/v1/office/payments": officeGet({
        id: "listOfficePayments", scope: "read:payments", schema: "OfficePaymentPage", summary: "The office's payments",
        description: "Payments of the office's bills, latest paid first, with the bank reference (UTR) and MSMED interest.",
        params: [cursorParam, limitParam(200, 50)],
      }),
    },
    components: {
      schemas,
      securitySchemes: {
        bearerToken: {
          type: "http", scheme: "bearer", bearerFormat: "mnk_ followed by 43 characters",
          description: `A token made under Settings → API tokens. Scopes: ${API_SCOPES.join(", ")}.`,
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
