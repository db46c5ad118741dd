// Issue 19: the open API. The OpenAPI document validates, and every operation in it answers as it
// says — each route handler called with valid parameters (and a token where one is needed) against
// a seeded database, each body checked against the document's schema — plus the token rules.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.PUBLIC_BASE_URL = "https://manak.example.gov.in";
  process.env.API_PUBLIC_RATE_PER_MINUTE = "100000";
  process.env.API_TOKEN_RATE_PER_MINUTE = "100000";
});

import { db } from "@/lib/db";
import { openApiDocument } from "@/lib/api/openapi";
import { createApiToken } from "@/lib/services/api-token/create-api-token";
import { revokeApiToken } from "@/lib/services/api-token/revoke-api-token";
import { hashToken, newApiToken } from "@/lib/domain/api-token/token";
import { refreshPublicViews } from "@/lib/queries/public-views";
import { actorOf, makeUser } from "@/tests/factories";
import { makeOrderWorld, makePurchaseOrder } from "@/tests/factories/orders";
import { openApi31MetaSchema } from "@/tests/support/openapi-meta-schema";
import * as catalogueItems from "@/app/api/v1/catalogue/items/route";
import * as catalogueItem from "@/app/api/v1/catalogue/items/[code]/route";
import * as itemOffers from "@/app/api/v1/catalogue/items/[code]/offers/route";
import * as orders from "@/app/api/v1/orders/route";
import * as order from "@/app/api/v1/orders/[...number]/route";
import * as dashboard from "@/app/api/v1/dashboard/route";
import * as scorecard from "@/app/api/v1/vendors/[id]/scorecard/route";
import * as officePurchaseOrders from "@/app/api/v1/office/purchase-orders/route";
import * as officePurchaseOrder from "@/app/api/v1/office/purchase-orders/[id]/route";
import * as officeSupplyOrders from "@/app/api/v1/office/supply-orders/route";
import * as officeBills from "@/app/api/v1/office/bills/route";
import * as officePayments from "@/app/api/v1/office/payments/route";
import * as ocdsReleases from "@/app/api/ocds/releases/route";
import * as ocdsRelease from "@/app/api/ocds/releases/[...number]/route";
import * as openapiJson from "@/app/api/openapi.json/route";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route types its own params
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response> | Response;
type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  security?: Record<string, string[]>[];
};

const BASE = "https://manak.example.gov.in";
const doc = openApiDocument(BASE);
const operations = Object.entries(doc.paths).flatMap(([template, item]) =>
  Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ template, method, op })),
);

/** Which route module answers which path of the document (checked against app/api below). */
const ROUTES: Record<string, { module: { GET: Handler }; file: string; catchAll?: string }> = {
  "/api/v1/catalogue/items": { module: catalogueItems, file: "v1/catalogue/items/route.ts" },
  "/api/v1/catalogue/items/{code}": { module: catalogueItem, file: "v1/catalogue/items/[code]/route.ts" },
  "/api/v1/catalogue/items/{code}/offers": { module: itemOffers, file: "v1/catalogue/items/[code]/offers/route.ts" },
  "/api/v1/orders": { module: orders, file: "v1/orders/route.ts" },
  "/api/v1/orders/{number}": { module: order, file: "v1/orders/[...number]/route.ts", catchAll: "number" },
  "/api/v1/dashboard": { module: dashboard, file: "v1/dashboard/route.ts" },
  "/api/v1/vendors/{id}/scorecard": { module: scorecard, file: "v1/vendors/[id]/scorecard/route.ts" },
  "/api/v1/office/purchase-orders": { module: officePurchaseOrders, file: "v1/office/purchase-orders/route.ts" },
  "/api/v1/office/purchase-orders/{id}": { module: officePurchaseOrder, file: "v1/office/purchase-orders/[id]/route.ts" },
  "/api/v1/office/supply-orders": { module: officeSupplyOrders, file: "v1/office/supply-orders/route.ts" },
  "/api/v1/office/bills": { module: officeBills, file: "v1/office/bills/route.ts" },
  "/api/v1/office/payments": { module: officePayments, file: "v1/office/payments/route.ts" },
  "/api/ocds/releases": { module: ocdsReleases, file: "ocds/releases/route.ts" },
  "/api/ocds/releases/{number}": { module: ocdsRelease, file: "ocds/releases/[...number]/route.ts", catchAll: "number" },
};

// ---- the document's schemas, compiled once with Ajv's JSON Schema 2020-12 ----
const SCHEMAS_ID = "urn:manak:openapi-components";
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat("date-time", { type: "string", validate: (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)) });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:\S+$/i);
ajv.addKeyword("example");
/** The document's `#/components/schemas/X` references, pointed at the components added to Ajv. */
const rebased = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`)) as T;
ajv.addSchema({ $id: SCHEMAS_ID, $defs: rebased(doc.components.schemas) });
const validators = new Map<unknown, ReturnType<typeof ajv.compile>>();
function validatorFor(schema: unknown) {
  if (!validators.has(schema)) validators.set(schema, ajv.compile(rebased(schema) as object));
  return validators.get(schema)!;
}

function expectMatches(schema: unknown, body: unknown, what: string) {
  const validate = validatorFor(schema);
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`), `${what}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
}

// ---- the seeded world ----
let world: Awaited<ReturnType<typeof makeOrderWorld>>;
let other: Awaited<ReturnType<typeof makeOrderWorld>>;
let ours: { purchaseOrderId: string; number: string; vendorId: string };
let theirs: { purchaseOrderId: string };
let financeToken: string;
let buyerToken: string;

beforeAll(async () => {
  world = await makeOrderWorld(db);
  other = await makeOrderWorld(db);
  const paid = await makePurchaseOrder(db, world, { supplyOrders: [{ status: "CLOSED", paidDaysAfterDue: 5 }, { status: "BILLED" }], number: "PO/2026-27/900001" });
  await makePurchaseOrder(db, world, { supplyOrders: [{ status: "DISPATCHED" }] });
  const foreign = await makePurchaseOrder(db, other, { supplyOrders: [{ status: "CLOSED" }] });
  ours = { purchaseOrderId: paid.purchaseOrder.id, number: paid.purchaseOrder.number, vendorId: paid.supplyOrders[0].vendorId };
  theirs = { purchaseOrderId: foreign.purchaseOrder.id };
  await refreshPublicViews(db);
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  financeToken = (await createApiToken(actorOf(world.finance), { name: "Treasury sync", scopes: ["read:orders", "read:bills", "read:payments"], expiresOn })).token;
  buyerToken = (await createApiToken(actorOf(world.buyer), { name: "Stores MIS", scopes: ["read:orders"], expiresOn })).token;
});

/** Valid values for every parameter the walk fills: path parameters always, query ones to exercise them. */
function valuesFor(template: string): { path: Record<string, string>; query: Record<string, string> } {
  const v = {
    code: world.item.code, number: ours.number, id: template.includes("vendors") ? ours.vendorId : ours.purchaseOrderId,
  } as Record<string, string>;
  const pathParams = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, v[name]]));
  const query: Record<string, string> = template === "/api/v1/orders" ? { limit: "10", status: "OPEN" } : template === "/api/v1/dashboard" ? { financialYear: "2026-27" } : template.startsWith("/api/v1/office/") && !template.includes("{") ? { limit: "1" } : {};
  return { path: pathParams, query };
}

async function call(template: string, opts: { token?: string; path?: Record<string, string>; query?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const route = ROUTES[template];
  const values = valuesFor(template);
  const pathValues = opts.path ?? values.path;
  const url = new URL(BASE + template.replace(/\{(\w+)\}/g, (_m, name: string) => (route.catchAll === name ? pathValues[name] : encodeURIComponent(pathValues[name]))));
  for (const [k, val] of Object.entries(opts.query ?? values.query)) url.searchParams.set(k, val);
  const params = Object.fromEntries(Object.entries(pathValues).map(([k, val]) => [k, route.catchAll === k ? val.split("/") : val]));
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  const response = await route.module.GET(new Request(url, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

const secured = (op: Operation) => (op.security ?? []).some((s) => Object.keys(s).length > 0);
const scopeOf = (op: Operation) => (op.security ?? []).flatMap((s) => Object.values(s).flat())[0];
const schemaOf = (op: Operation, status: string) => op.responses[status]?.content?.["application/json"]?.schema;

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (structure)", () => {
    // strictRequired off: `anyOf: [{ required: ["paths"] }, …]` and if/then name properties declared at the top.
    const meta = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
    meta.addFormat("uri", /^[a-z][a-z0-9+.-]*:\S+$/i);
    const validate = meta.compile(openApi31MetaSchema);
    const ok = validate(JSON.parse(JSON.stringify(doc)));
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it("the structure check refuses what the specification forbids (so the check above means something)", () => {
    const meta = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    meta.addFormat("uri", /^[a-z][a-z0-9+.-]*:\S+$/i);
    const validate = meta.compile(openApi31MetaSchema);
    const O = "/api/v1/orders";
    // [where, new value] — undefined deletes it.
    const broken: [(string | number)[], unknown][] = [
      [["openapi"], "3.0.3"],
      [["info", "title"], undefined],
      [["paths", "no-slash"], {}],
      [["paths", O, "get", "responses"], {}],
      [["paths", O, "get", "responses", "200", "description"], undefined],
      [["paths", `${O}/{number}`, "get", "parameters", 0, "required"], false],
      [["paths", O, "get", "parameters", 0, "in"], "body"],
      [["paths", O, "get", "unknownField"], 1],
      [["components", "securitySchemes", "bearerToken", "scheme"], undefined],
    ];
    for (const [where, value] of broken) {
      const d = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>;
      const parent = where.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, d);
      const last = where[where.length - 1];
      if (value === undefined) delete parent[last];
      else parent[last] = value;
      expect(validate(d), where.join(".")).toBe(false);
    }
  });

  it("every schema in it is a valid JSON Schema 2020-12 and every $ref resolves", () => {
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(ajv.validateSchema(rebased(schema) as object), name).toBe(true);
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) {
      expect(r.startsWith("#/components/schemas/"), r).toBe(true);
      expect(doc.components.schemas, r).toHaveProperty(r.slice("#/components/schemas/".length));
    }
  });

  it("declares each path template's parameters, has unique operationIds and names only its own security scheme", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { template, op } of operations) {
      const inTemplate = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = op.parameters.filter((p) => p.in === "path").map((p) => p.name).sort();
      expect(declared, template).toEqual(inTemplate);
      for (const requirement of op.security ?? []) for (const scheme of Object.keys(requirement)) expect(doc.components.securitySchemes).toHaveProperty(scheme);
    }
  });

  it("describes every route under /api/v1 and the OCDS export, and nothing that is not there", () => {
    const root = path.join(import.meta.dirname, "../../app/api");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts") && (f.startsWith("v1/") || f.startsWith("ocds/")));
    expect(files.sort()).toEqual(Object.values(ROUTES).map((r) => r.file).sort());
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it("is served at /api/openapi.json", async () => {
    const response = openapiJson.GET();
    expect(response.status).toBe(200);
    const served = (await response.json()) as { openapi: string; paths: object; servers: { url: string }[] };
    expect(served.openapi).toBe("3.1.0");
    expect(Object.keys(served.paths)).toEqual(Object.keys(doc.paths));
    expect(served.servers[0].url).toBe(BASE);
  });
});

describe("every operation answers as described", () => {
  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.template}`, o] as const))("%s → 200 with a body matching its schema", async (_name, { template, op }) => {
    const { status, body, headers } = await call(template, { token: secured(op) ? financeToken : undefined });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expectMatches(schemaOf(op, "200"), body, template);
  });

  it("the walk saw real data: our paid order, bills and payments of this office only", async () => {
    const bills = (await call("/api/v1/office/bills", { token: financeToken, query: {} })).body as { bills: { purchaseOrderNumber: string }[] };
    expect(bills.bills).toHaveLength(2);
    expect(bills.bills.every((b) => b.purchaseOrderNumber === ours.number)).toBe(true);
    const payments = (await call("/api/v1/office/payments", { token: financeToken, query: {} })).body as { payments: { amountPaise: string }[] };
    expect(payments.payments).toHaveLength(1);
    expect(payments.payments[0].amountPaise).toMatch(/^\d+$/);
    const pos = (await call("/api/v1/office/purchase-orders", { token: financeToken, query: {} })).body as { purchaseOrders: { id: string }[] };
    expect(pos.purchaseOrders.map((p) => p.id)).not.toContain(theirs.purchaseOrderId);
    expect(pos.purchaseOrders).toHaveLength(2);
    const order = (await call("/api/v1/orders/{number}")).body as { number: string; supplyOrders: { bill: unknown; payment: unknown }[] };
    expect(order.number).toBe(ours.number);
    expect(order.supplyOrders.some((so) => so.bill && so.payment)).toBe(true);
  });

  it("a suspended vendor's scorecard carries the suspension, its public reason and dates, as the document describes", async () => {
    const admin = await makeUser(db, "ADMIN");
    const startsAt = new Date("2026-12-01T00:00:00Z");
    const endsAt = new Date(Date.now() + 30 * 86_400_000);
    await db.vendorPenalty.create({
      data: { vendorId: ours.vendorId, kind: "SUSPENSION", startsAt, endsAt, reason: "Supplied 0.6 mm sheet against 0.8 mm.", decidedById: admin.id },
    });
    try {
      const op = doc.paths["/api/v1/vendors/{id}/scorecard"].get as unknown as Operation;
      const answer = await call("/api/v1/vendors/{id}/scorecard", { path: { id: ours.vendorId } });
      expect(answer.status).toBe(200);
      expectMatches(schemaOf(op, "200"), answer.body, "scorecard");
      expect(answer.body).toMatchObject({
        penaltiesInForce: 1,
        barredBy: { kind: "SUSPENSION", reason: "Supplied 0.6 mm sheet against 0.8 mm.", startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
      });
    } finally {
      await db.vendorPenalty.deleteMany({ where: { vendorId: ours.vendorId } });
    }
  });

  it("pages with keyset cursors: limit 1 walks the office's purchase orders one by one; a bad cursor or limit is 400", async () => {
    const first = (await call("/api/v1/office/purchase-orders", { token: financeToken, query: { limit: "1" } })).body as { purchaseOrders: { id: string }[]; nextCursor: string };
    expect(first.nextCursor).toBeTruthy();
    const second = (await call("/api/v1/office/purchase-orders", { token: financeToken, query: { limit: "1", cursor: first.nextCursor } })).body as { purchaseOrders: { id: string }[]; nextCursor: string | null };
    expect(second.purchaseOrders[0].id).not.toBe(first.purchaseOrders[0].id);
    expect(second.nextCursor).toBeNull();
    const op = doc.paths["/api/v1/office/purchase-orders"].get as unknown as Operation;
    const bad: Record<string, string>[] = [{ cursor: "not-a-cursor" }, { limit: "0" }, { limit: "201" }, { limit: "1e3" }, { status: "DRAFT" }];
    for (const query of bad) {
      const answer = await call("/api/v1/office/purchase-orders", { token: financeToken, query });
      expect(answer.status, JSON.stringify(query)).toBe(400);
      expectMatches(schemaOf(op, "400"), answer.body, "400");
    }
    const registerBad = await call("/api/v1/orders", { query: { from: "yesterday" } });
    expect(registerBad.status).toBe(400);
  });

  it("404 for what is not there, in the Error shape", async () => {
    const op = doc.paths["/api/v1/orders/{number}"].get as unknown as Operation;
    for (const [template, pathValues] of [
      ["/api/v1/orders/{number}", { number: "PO/2026-27/999999" }],
      ["/api/v1/catalogue/items/{code}", { code: "NO-SUCH-ITEM" }],
      ["/api/v1/catalogue/items/{code}/offers", { code: "NO-SUCH-ITEM" }],
      ["/api/v1/vendors/{id}/scorecard", { id: "0190a3c2-0000-7000-8000-000000000001" }],
    ] as const) {
      const answer = await call(template, { path: pathValues });
      expect(answer.status, template).toBe(404);
      expectMatches(schemaOf(op, "404"), answer.body, template);
    }
  });
});

describe("tokens", () => {
  const officeOps = operations.filter((o) => secured(o.op));

  it.each(officeOps.map((o) => [o.template, o] as const))("%s: 401 without a token, with a malformed one and with an unknown one", async (template, { op }) => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer nonsense" }, { authorization: `Basic ${financeToken}` }, { authorization: `Bearer ${newApiToken().token}` }];
    for (const headers of attempts) {
      const answer = await call(template, { headers });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expectMatches(schemaOf(op, "401"), answer.body, "401");
    }
  });

  it("401 for an expired token and for a revoked one; the refusal is logged against the token", async () => {
    const expired = newApiToken();
    const row = await db.apiToken.create({
      data: { prefix: expired.prefix, secretHash: expired.secretHash, name: "Old", scopes: ["read:bills"], officeId: world.office.id, createdById: world.finance.id, expiresAt: new Date(Date.now() - 1000) },
    });
    const answer = await call("/api/v1/office/bills", { token: expired.token });
    expect(answer.status).toBe(401);
    expect((answer.body as { message: string }).message).toMatch(/expired/);
    expect(await db.apiTokenUse.count({ where: { tokenId: row.id, status: 401 } })).toBe(1);

    const expiresOn = new Date(Date.now() + 86_400_000 * 3).toISOString().slice(0, 10);
    const made = await createApiToken(actorOf(world.finance), { name: "To revoke", scopes: ["read:bills"], expiresOn });
    expect((await call("/api/v1/office/bills", { token: made.token })).status).toBe(200);
    await revokeApiToken(actorOf(world.buyer), { tokenId: made.tokenId }); // a colleague in the same office may revoke it
    const after = await call("/api/v1/office/bills", { token: made.token });
    expect(after.status).toBe(401);
    expect((after.body as { message: string }).message).toMatch(/revoked/);
  });

  it("403 when the token lacks the operation's scope", async () => {
    const expiresOn = new Date(Date.now() + 86_400_000 * 3).toISOString().slice(0, 10);
    const paymentsOnly = (await createApiToken(actorOf(world.finance), { name: "Payments only", scopes: ["read:payments"], expiresOn })).token;
    for (const { template, op } of officeOps) {
      const token = scopeOf(op) === "read:payments" ? buyerToken : paymentsOnly;
      const answer = await call(template, { token });
      expect(answer.status, template).toBe(403);
      expect(answer.headers.get("www-authenticate")).toContain("insufficient_scope");
      expectMatches(schemaOf(op, "403"), answer.body, "403");
    }
  });

  it("404 for another office's purchase order, 200 for its own; a state-wide ADMIN token reads both", async () => {
    const op = doc.paths["/api/v1/office/purchase-orders/{id}"].get as unknown as Operation;
    const foreign = await call("/api/v1/office/purchase-orders/{id}", { token: financeToken, path: { id: theirs.purchaseOrderId } });
    expect(foreign.status).toBe(404);
    expectMatches(schemaOf(op, "404"), foreign.body, "404");
    expect((await call("/api/v1/office/purchase-orders/{id}", { token: buyerToken, path: { id: ours.purchaseOrderId } })).status).toBe(200);

    const { makeUser } = await import("@/tests/factories");
    const admin = await makeUser(db, "ADMIN");
    const expiresOn = new Date(Date.now() + 86_400_000 * 3).toISOString().slice(0, 10);
    const stateWide = await createApiToken(actorOf(admin), { name: "State MIS", scopes: ["read:orders"], expiresOn });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: stateWide.tokenId } })).officeId).toBeNull();
    expect((await call("/api/v1/office/purchase-orders/{id}", { token: stateWide.token, path: { id: theirs.purchaseOrderId } })).status).toBe(200);
  });

  it("429 with Retry-After after the per-token limit, and after the per-address limit on public endpoints", async () => {
    const op = doc.paths["/api/v1/office/bills"].get as unknown as Operation;
    const expiresOn = new Date(Date.now() + 86_400_000 * 3).toISOString().slice(0, 10);
    const token = (await createApiToken(actorOf(world.finance), { name: "Busy", scopes: ["read:bills"], expiresOn })).token;
    process.env.API_TOKEN_RATE_PER_MINUTE = "2";
    process.env.API_PUBLIC_RATE_PER_MINUTE = "2";
    try {
      const statuses: number[] = [];
      let limited: Awaited<ReturnType<typeof call>> | null = null;
      // At most one minute boundary can fall inside five quick calls, so three land in one window.
      for (let i = 0; i < 5 && !limited; i++) {
        const answer = await call("/api/v1/office/bills", { token });
        statuses.push(answer.status);
        if (answer.status === 429) limited = answer;
      }
      expect(statuses).toContain(429);
      expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expectMatches(schemaOf(op, "429"), limited!.body, "429");
      // Refusals go on while the window lasts; only the first is a row in the log.
      const more = [await call("/api/v1/office/bills", { token }), await call("/api/v1/office/bills", { token })];
      const row = await db.apiToken.findUniqueOrThrow({ where: { prefix: token.slice(0, 12) } });
      const logged429 = await db.apiTokenUse.count({ where: { tokenId: row.id, status: 429 } });
      if (more.every((r) => r.status === 429)) expect(logged429).toBe(1);
      // Another token of the same office is not held up by this one.
      const fresh = (await createApiToken(actorOf(world.finance), { name: "Quiet", scopes: ["read:bills"], expiresOn })).token;
      expect((await call("/api/v1/office/bills", { token: fresh })).status).toBe(200);

      let publicLimited = false;
      for (let i = 0; i < 5 && !publicLimited; i++) publicLimited = (await call("/api/v1/dashboard")).status === 429;
      expect(publicLimited).toBe(true);
    } finally {
      process.env.API_TOKEN_RATE_PER_MINUTE = "100000";
      process.env.API_PUBLIC_RATE_PER_MINUTE = "100000";
    }
  });

  it("every use is logged (method, path, status, address) and lastUsedAt kept", async () => {
    const row = await db.apiToken.findFirstOrThrow({ where: { name: "Treasury sync" } });
    expect(row.lastUsedAt).not.toBeNull();
    const uses = await db.apiTokenUse.findMany({ where: { tokenId: row.id } });
    expect(uses.length).toBeGreaterThanOrEqual(5);
    expect(uses.some((u) => u.method === "GET" && u.path.startsWith("/api/v1/office/bills") && u.status === 200 && u.ip === "unknown")).toBe(true);
    expect(uses.some((u) => u.status === 404)).toBe(true);
    expect(row.secretHash).toBe(hashToken(financeToken));
    expect(JSON.stringify(row)).not.toContain(financeToken);
  });
});

describe("token management", () => {
  const expiresOn = () => new Date(Date.now() + 86_400_000 * 10).toISOString().slice(0, 10);

  it("creation and revocation are audited; the secret is in neither", async () => {
    const made = await createApiToken(actorOf(world.finance), { name: "Audited", scopes: ["read:bills"], expiresOn: expiresOn() });
    await revokeApiToken(actorOf(world.finance), { tokenId: made.tokenId });
    const events = await db.auditEvent.findMany({ where: { entityId: made.tokenId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["apiToken.create", "apiToken.revoke"]);
    expect(JSON.stringify(events, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(made.token);
    await expect(revokeApiToken(actorOf(world.finance), { tokenId: made.tokenId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a buyer may grant only read:orders; a vendor or inspector none; expiry must be within a year", async () => {
    await expect(createApiToken(actorOf(world.buyer), { name: "Greedy", scopes: ["read:bills"], expiresOn: expiresOn() })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createApiToken(actorOf(world.inspectorUser), { name: "Nope", scopes: ["read:orders"], expiresOn: expiresOn() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const tooLate = new Date(Date.now() + 86_400_000 * 400).toISOString().slice(0, 10);
    await expect(createApiToken(actorOf(world.finance), { name: "Forever", scopes: ["read:bills"], expiresOn: tooLate })).rejects.toMatchObject({ code: "VALIDATION" });
    const past = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await expect(createApiToken(actorOf(world.finance), { name: "Past", scopes: ["read:bills"], expiresOn: past })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("another office's officer cannot revoke the token: NOT_FOUND", async () => {
    const made = await createApiToken(actorOf(world.finance), { name: "Ours", scopes: ["read:bills"], expiresOn: expiresOn() });
    await expect(revokeApiToken(actorOf(other.finance), { tokenId: made.tokenId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: made.tokenId } })).revokedAt).toBeNull();
  });
});
