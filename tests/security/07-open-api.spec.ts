// The open API (issue 19): hostile tokens, huge headers and injection attempts in query strings,
// against the production build. Tokens are written straight into the database (plain SQL, the
// SHA-256 computed here), so nothing from the code under test makes them.
import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { closeDb, db, one } from "./support/db";
import { send, type RawResponse } from "./support/http";
import { record } from "./support/report";

const FILE = "open-api";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const newToken = () => `mnk_${randomBytes(32).toString("base64url")}`;

async function insertToken(opts: { officeCode: string | null; scopes: string[]; expiresInMs?: number; revoked?: boolean }): Promise<string> {
  const token = newToken();
  const { id: userId } = await one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'finance@demo.manak.in'`);
  const office = opts.officeCode ? await one<{ id: string }>(`SELECT id FROM "Office" WHERE code = $1`, [opts.officeCode]) : null;
  await db().query(
    `INSERT INTO "ApiToken" (id, prefix, "secretHash", name, scopes, "officeId", "createdById", "expiresAt", "revokedAt")
     VALUES (gen_random_uuid(), $1, $2, 'security suite', $3, $4, $5, now() + make_interval(secs => $6::double precision / 1000), $7)`,
    [token.slice(0, 12), sha256(token), opts.scopes, office?.id ?? null, userId, opts.expiresInMs ?? 86_400_000, opts.revoked ? new Date() : null],
  );
  return token;
}

/** Escapes what node:http refuses in a path (spaces, quotes…), keeping %XX sequences as sent. */
const raw = (path: string) => path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g, (c) => encodeURIComponent(c));
const get = (path: string, headers: Record<string, string> = {}) => send(raw(path), { headers });

/**
 * Requests without a valid token count against this client's address (60 a minute, fixed
 * windows); earlier files (the route fuzz) may have used this minute's allowance. Start in a
 * fresh window so a refusal here is the check under test, not the limit.
 */
async function freshRateWindow() {
  await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 250));
}
const noCrash = (r: RawResponse, what: string) => {
  expect(r.status, `${what}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
  expect(r.body).not.toMatch(/at .+\.(js|ts):\d+|PrismaClient|SELECT |stack/i);
};

let financeToken: string;

test.beforeAll(async () => {
  financeToken = await insertToken({ officeCode: "SED-RPR-DEO", scopes: ["read:orders", "read:bills", "read:payments"] });
});
test.afterAll(async () => closeDb());

test("a real token reads its office's bills; hostile tokens are 401 and never see them", async () => {
  await freshRateWindow();
  const real = await get("/api/v1/office/bills?limit=5", { authorization: `Bearer ${financeToken}` });
  expect(real.status, real.body).toBe(200);
  const realBody = JSON.parse(real.body) as { bills: unknown[] };
  const [expired, revoked] = await Promise.all([
    insertToken({ officeCode: "SED-RPR-DEO", scopes: ["read:bills"], expiresInMs: -1000 }),
    insertToken({ officeCode: "SED-RPR-DEO", scopes: ["read:bills"], revoked: true }),
  ]);
  const prefixOnly = financeToken.slice(0, 12);
  const hostile: [string, string][] = [
    ["no header", ""],
    ["empty bearer", "Bearer "],
    ["SQL in the token", "Bearer mnk_' OR '1'='1' --"],
    ["SQL shaped like a token", `Bearer mnk_${"'".repeat(43)}`],
    ["the real prefix, a forged rest", `Bearer ${prefixOnly}${"A".repeat(35)}`],
    ["the real token plus a character", `Bearer ${financeToken}A`],
    ["the real token, one character changed", `Bearer ${financeToken.slice(0, -1)}${financeToken.endsWith("A") ? "B" : "A"}`],
    ["the real token's SHA-256 as the token", `Bearer ${sha256(financeToken)}`],
    ["the real token as Basic", `Basic ${Buffer.from(`${financeToken}:`).toString("base64")}`],
    ["the real token twice", `Bearer ${financeToken}, Bearer ${financeToken}`],
    ["Latin-1 bytes", `Bearer mnk_${"\u00e9".repeat(43)}`],
    ["an expired token", `Bearer ${expired}`],
    ["a revoked token", `Bearer ${revoked}`],
  ];
  for (const [what, header] of hostile) {
    const r = await get("/api/v1/office/bills?limit=5", header ? { authorization: header } : {});
    record(FILE, `GET /api/v1/office/bills with ${what}`, 1, `${r.status} ${r.body.slice(0, 120)}`, r.status === 401 ? "refused" : "FAIL");
    noCrash(r, what);
    expect(r.status, what).toBe(401);
    expect(r.headers["www-authenticate"]).toMatch(/^Bearer/);
    if (realBody.bills.length > 0) expect(r.body).not.toContain((realBody.bills[0] as { id: string }).id);
  }
  // The token in the query string is not a way in either.
  const inQuery = await get(`/api/v1/office/bills?access_token=${financeToken}`);
  expect(inQuery.status).toBe(401);
});

test("huge headers are refused without a 5xx and the server keeps answering", async () => {
  for (const [what, headers] of [
    ["a 12 KB Authorization header", { authorization: `Bearer ${"x".repeat(12_000)}` }],
    ["a 64 KB Authorization header", { authorization: `Bearer ${"x".repeat(64_000)}` }],
    ["200 extra headers", Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x-pad-${i}`, "y".repeat(60)]))],
  ] as [string, Record<string, string>][]) {
    const r = await get("/api/v1/office/bills", headers).catch((error: Error) => ({ status: 0, body: error.message, headers: {}, setCookies: new Map() }) as RawResponse);
    record(FILE, `GET /api/v1/office/bills with ${what}`, 1, `${r.status}`, r.status > 0 && r.status < 500 ? "refused" : r.status === 0 ? "refused" : "FAIL");
    expect(r.status === 0 || (r.status >= 400 && r.status < 500), `${what}: ${r.status}`).toBe(true);
  }
  expect((await get("/api/health")).status).toBe(200);
  expect((await get("/api/v1/office/purchase-orders?limit=1", { authorization: `Bearer ${financeToken}` })).status).toBe(200);
});

test("injection attempts in query strings and path segments: 400 or a normal answer, never a 5xx, nothing changed", async () => {
  const before = await one<{ n: string; po: string }>(`SELECT count(*)::text AS n, md5(string_agg(id::text || status::text, ',' ORDER BY id)) AS po FROM "PurchaseOrder"`);
  const probes = [
    "/api/v1/orders?vendor=' OR 1=1--",
    "/api/v1/orders?item=%25'%3B DROP TABLE \"PurchaseOrder\"%3B--",
    "/api/v1/orders?status=OPEN' OR '1'='1",
    "/api/v1/orders?department=../../etc/passwd",
    "/api/v1/orders?district=1 OR 1=1",
    "/api/v1/orders?from=2026-01-01'--&to=2027-13-45",
    "/api/v1/orders?limit=-1",
    "/api/v1/orders?limit=99999999999999999999",
    "/api/v1/orders?cursor=' UNION SELECT * FROM \"User\"--",
    `/api/v1/orders?cursor=${Buffer.from("2026-01-01T00:00:00Z|' OR 1=1--").toString("base64url")}`,
    "/api/v1/orders?status=OPEN&status=CLOSED&vendor=a&vendor=b",
    "/api/v1/orders/PO%2F' OR 1=1--",
    "/api/v1/orders/..%2F..%2Fapi%2Fhealth",
    "/api/v1/catalogue/items?q=' OR 1=1--&min=-1&max=abc",
    "/api/v1/catalogue/items?q=%00%01%02&category=' OR ''='",
    "/api/v1/catalogue/items/' OR 1=1--",
    "/api/v1/catalogue/items/FURN%00/offers?cursor=W10",
    `/api/v1/catalogue/items/X/offers?cursor=${Buffer.from('["1; DROP TABLE x","00000000-0000-0000-0000-000000000000"]').toString("base64url")}`,
    "/api/v1/vendors/' OR 1=1--/scorecard",
    "/api/v1/dashboard?financialYear=2026-27' OR '1'='1",
    "/api/v1/dashboard?financialYear=9999-00",
  ];
  const authProbes = [
    "/api/v1/office/purchase-orders/' OR 1=1--",
    "/api/v1/office/purchase-orders?status=OPEN' OR '1'='1",
    "/api/v1/office/supply-orders?cursor=' OR 1=1--",
    "/api/v1/office/bills?status=PAID%00",
    "/api/v1/office/payments?limit=1e3",
  ];
  for (const path of probes) {
    const r = await get(path);
    record(FILE, `GET ${path}`, 1, `${r.status} ${r.body.slice(0, 100)}`, r.status < 500 ? "refused" : "FAIL");
    noCrash(r, path);
    expect([200, 400, 404, 429], path).toContain(r.status);
  }
  for (const path of authProbes) {
    const r = await get(path, { authorization: `Bearer ${financeToken}` });
    record(FILE, `GET ${path} (token)`, 1, `${r.status} ${r.body.slice(0, 100)}`, r.status < 500 ? "refused" : "FAIL");
    noCrash(r, path);
    expect([400, 404], path).toContain(r.status);
  }
  const after = await one<{ n: string; po: string }>(`SELECT count(*)::text AS n, md5(string_agg(id::text || status::text, ',' ORDER BY id)) AS po FROM "PurchaseOrder"`);
  expect(after).toEqual(before);
});

test("another office's purchase order is 404 to this office's token", async () => {
  const { id } = await one<{ id: string }>(`SELECT po.id FROM "PurchaseOrder" po JOIN "Office" o ON o.id = po."officeId" WHERE o.code <> 'SED-RPR-DEO' ORDER BY po.id LIMIT 1`);
  const r = await get(`/api/v1/office/purchase-orders/${id}`, { authorization: `Bearer ${financeToken}` });
  record(FILE, "GET another office's purchase order with this office's token", 1, `${r.status}`, r.status === 404 ? "refused" : "FAIL");
  expect(r.status).toBe(404);
  expect(r.body).not.toContain(id);
});

test("a token over its limit gets 429 with Retry-After (runs last: it uses up this token)", async () => {
  let limited: RawResponse | null = null;
  let sent = 0;
  for (; sent < 300 && !limited; sent++) {
    const r = await get("/api/v1/office/payments?limit=1", { authorization: `Bearer ${financeToken}` });
    if (r.status === 429) limited = r;
    else expect(r.status).toBe(200);
  }
  record(FILE, "a token's requests until refused", sent, `${limited?.status} Retry-After ${limited?.headers["retry-after"]}`, limited ? "refused" : "FAIL");
  expect(limited).not.toBeNull();
  expect(Number(limited!.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  const { n } = await one<{ n: string }>(`SELECT count(*)::text AS n FROM "ApiTokenUse" u JOIN "ApiToken" t ON t.id = u."tokenId" WHERE t."secretHash" = $1`, [sha256(financeToken)]);
  expect(Number(n)).toBeGreaterThanOrEqual(sent);
});
