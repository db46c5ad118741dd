// Fuzzing every server action and every route handler of the build with fast-check: random and
// hostile field names (`__proto__`, `constructor.prototype`, `checks.__proto__.ok`, nested keys),
// 1 MB values, Indic and control characters, wrong types, broken multipart and broken React
// replies. Nothing may answer 5xx or throw, and afterwards the public pages must still answer 200
// (a polluted Object.prototype breaks every render of the server process). Deterministic seed,
// few runs: a few hundred requests in all.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { EXPECTATIONS } from "./expectations";
import { describe, encodeCall, sendAction, type ActionOutcome } from "./support/actions";
import { actions, ALL_CALLERS, CALLERS, jarOf, type Caller } from "./support/callers";
import { closeDb } from "./support/db";
import { multipart, pagesStatus, send, type Field } from "./support/http";
import { fillRoute, routeHandlers, type ServerAction } from "./support/manifest";
import { record } from "./support/report";
import { findTargets, type Targets } from "./support/targets";

test.afterAll(closeDb);

const SEED = Number(process.env.SECURITY_FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.SECURITY_FUZZ_RUNS ?? 6);
const MB = "x".repeat(1024 * 1024);

const HOSTILE_NAMES = [
  "__proto__",
  "constructor",
  "prototype",
  "constructor.prototype",
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "checks.__proto__.ok",
  "checks.__proto__.observed",
  "checks.constructor.prototype.ok",
  "quantities.__proto__",
  "quantities.__proto__.accepted",
  "quantities.constructor",
  "specs.0.__proto__",
  "specs.__proto__.key",
  "offer.__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "a[b][c]",
  "a.b.c.d.e.f",
  "$ACTION_ID_0",
  "0",
  "_1_0",
];

const INDIC = ["निरीक्षण", "मानक", "ग्राम पंचायत अंडा", "क्षत्रिय्", "ଓଡ଼ିଆ", "தமிழ்", "১২৩৪", "०१२३४५६७८९"];
const CONTROL = ["\u0000", "\u0007", "\r\n", "\u202e", "\ufeff", "\ud800", "\u0085", "%00", "\\", "'; DROP TABLE \"User\"; --"];
const WRONG_TYPES = ["-1", "0", "1e309", "NaN", "Infinity", "9".repeat(40), "true", "null", "{}", "[]", '{"__proto__":{"x":1}}', "$K1", "$@1", "$undefined", "$Q1", "2026-02-30", "on"];

function valueArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...INDIC) },
    { weight: 2, arbitrary: fc.constantFrom(...CONTROL) },
    { weight: 3, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 1, arbitrary: fc.constant(MB) },
  );
}

function nameArb(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
    { weight: 3, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant("id") },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom("a", "0", "__proto__", "checks", "ok", "quantities"), { minLength: 2, maxLength: 5 }).map((p) => p.join(".")) },
  );
}

type Body = { kind: "form"; fields: Field[] } | { kind: "raw"; body: string; contentType: string };

function bodyArb(known: string[]): fc.Arbitrary<Body> {
  const field = fc.tuple(nameArb(known), fc.oneof({ weight: 9, arbitrary: valueArb() }, { weight: 1, arbitrary: fc.constant("FILE") }));
  const form = fc.array(field, { maxLength: 8 }).map(
    (list): Body => ({
      kind: "form",
      fields: list.map(([k, v]): Field => (v === "FILE" ? [k, { filename: "x.jpg", type: "image/jpeg", data: Buffer.from("not a jpeg") }] : [k, v])),
    }),
  );
  const raw = fc.oneof(
    fc.constant<Body>({ kind: "raw", body: "--b\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[{},\"$K1\"", contentType: "multipart/form-data; boundary=b" }),
    fc.constant<Body>({ kind: "raw", body: "--b\r\nContent-Disposition: form-data; name=\"_1_x\"\r\n\r\ny\r\n--b--\r\n", contentType: "multipart/form-data; boundary=b" }),
    fc.constant<Body>({ kind: "raw", body: "garbage without any boundary", contentType: "multipart/form-data; boundary=zzz" }),
    fc.constant<Body>({ kind: "raw", body: "[{}, \"$K1\"", contentType: "text/plain;charset=UTF-8" }),
    fc.constant<Body>({ kind: "raw", body: '["$K1"]', contentType: "text/plain;charset=UTF-8" }),
    fc.constant<Body>({ kind: "raw", body: '[{"__proto__":{"polluted":"yes"}},{"constructor":{"prototype":{"ok":"yes"}}}]', contentType: "text/plain;charset=UTF-8" }),
    fc.constant<Body>({ kind: "raw", body: "[1,2,3,4,5,6,7,8]", contentType: "text/plain;charset=UTF-8" }),
    fc.constant<Body>({ kind: "raw", body: '{"email":"x"}', contentType: "application/json" }),
    fc.constant<Body>({ kind: "raw", body: "email=x&__proto__[ok]=yes", contentType: "application/x-www-form-urlencoded" }),
  );
  return fc.oneof({ weight: 4, arbitrary: form }, { weight: 1, arbitrary: raw });
}

function encode(action: ServerAction, body: Body): { body: Buffer; contentType: string } {
  if (body.kind === "raw") return { body: Buffer.from(body.body), contentType: body.contentType };
  return encodeCall(action, body.fields);
}

function summarize(body: Body): string {
  if (body.kind === "raw") return `raw ${body.contentType}: ${JSON.stringify(body.body.slice(0, 80))}`;
  return body.fields.map(([k, v]) => `${JSON.stringify(k)}=${typeof v === "string" ? JSON.stringify(v.slice(0, 30)) + (v.length > 30 ? `…(${v.length})` : "") : "<file>"}`).join(" ");
}

/** Calls that end the caller's own session or count as failed sign-ins are fuzzed signed out only. */
const SIGNED_OUT_ONLY = new Set(["signOutAction", "signInAction", "otpSignInAction", "registerVendorAction"]);

function callersFor(action: ServerAction): Caller[] {
  const e = EXPECTATIONS[action.exportedName];
  if (SIGNED_OUT_ONLY.has(action.exportedName) || !e || e.allowed === "public") return [CALLERS.anonymous];
  const owner = e.owner ? CALLERS[e.owner] : null;
  const allowed = e.allowed;
  const first = Array.isArray(allowed) ? ALL_CALLERS.find((c) => c.role && allowed.includes(c.role)) : CALLERS.buyer;
  return [CALLERS.anonymous, owner ?? first ?? CALLERS.buyer];
}

test("fuzz: every server action, signed out and as its own role — no 5xx, no crash", async () => {
  test.setTimeout(600_000);
  const targets: Targets = await findTargets().catch(() => null as unknown as Targets);
  const failures: string[] = [];
  let requests = 0;
  // Sign-in-like actions last: their failed attempts count against this client's sign-in limit.
  const ordered = [...actions()].sort((a, b) => Number(SIGNED_OUT_ONLY.has(a.exportedName)) - Number(SIGNED_OUT_ONLY.has(b.exportedName)));
  for (const action of ordered) {
    const e = EXPECTATIONS[action.exportedName];
    let known: string[] = [];
    try {
      known = targets && e ? e.fields(targets).map(([k]) => k) : [];
    } catch {
      known = [];
    }
    for (const caller of callersFor(action)) {
      const jar = await jarOf(caller);
      let params: Record<string, string> | undefined;
      try {
        params = targets ? e?.params?.(targets) : undefined;
      } catch {
        params = undefined;
      }
      const details = await fc.check(
        fc.asyncProperty(bodyArb(known), async (body) => {
          const { body: bytes, contentType } = encode(action, body);
          requests++;
          const outcome: ActionOutcome = await sendAction(action, bytes, contentType, { jar: jar.clone(), params, keepCookies: false, timeoutMs: 60_000 });
          if (outcome.status >= 500 || outcome.crashed || outcome.generic) throw new Error(`${describe(outcome)} for ${summarize(body)}`);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (details.failed) {
        const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        failures.push(`${action.exportedName} as ${caller.name}: ${message}`);
      }
      record("fuzz-actions", `${action.exportedName} as ${caller.name}`, details.numRuns, details.failed ? (details.errorInstance as Error)?.message ?? "failed" : "no 5xx", details.failed ? "FAIL" : "ok");
    }
  }
  const pages = await pagesStatus();
  record("fuzz-actions", "public pages after the action fuzz", 4, JSON.stringify(pages), Object.values(pages).every((s) => s === 200) ? "ok" : "FAIL");
  expect.soft(pages, "public pages after fuzzing the actions").toEqual({ "/": 200, "/catalogue": 200, "/orders": 200, "/dashboard": 200 });
  expect(failures, `${failures.length} actions crashed (${requests} requests)`).toEqual([]);
});

function queryArb(): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(nameArb(["q", "cursor", "limit", "status", "office", "from", "to", "kind", "notification"]), valueArb().filter((v) => v.length < 5000)), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"));
}

const SEGMENTS = ["__proto__", "constructor", "..%2F..%2Fetc%2Fpasswd", "%00", "PO%2F2026-27%2F000001", "-1", "9".repeat(30), encodeURIComponent("निरीक्षण"), "00000000-0000-0000-0000-000000000000", "x".repeat(300)];

test("fuzz: every route handler, GET and POST, signed out and as a buyer — no 5xx", async () => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const route of routeHandlers()) {
    for (const caller of [CALLERS.anonymous, CALLERS.buyer]) {
      const jar = await jarOf(caller);
      const details = await fc.check(
        fc.asyncProperty(fc.constantFrom(...SEGMENTS), fc.constantFrom("GET", "POST"), queryArb(), bodyArb(["supplyOrderId", "MessageSid", "MessageStatus", "receivedOn", "photos"]), async (segment, method, query, body) => {
          const path = `${fillRoute(route, {}, segment)}${query ? `?${query}` : ""}`;
          const encoded = body.kind === "raw" ? { body: Buffer.from(body.body), contentType: body.contentType } : multipart(body.fields);
          const headers: Record<string, string | number> = jar.header() ? { cookie: jar.header() } : {};
          if (method === "POST") Object.assign(headers, { "content-type": encoded.contentType, "content-length": encoded.body.length, "x-twilio-signature": "c2ln" });
          const res = await send(path, { method, headers, body: method === "POST" ? encoded.body : undefined, timeoutMs: 60_000, maxBodyBytes: 10_000 });
          if (res.status >= 500) throw new Error(`${method} ${path.slice(0, 200)} → ${res.status} ${res.body.slice(0, 120)}`);
        }),
        { seed: SEED, numRuns: RUNS + 2, endOnFailure: true },
      );
      record("fuzz-routes", `${route} as ${caller.name}`, details.numRuns, details.failed ? (details.errorInstance as Error)?.message ?? "failed" : "no 5xx", details.failed ? "FAIL" : "ok");
      if (details.failed) failures.push(`${route} as ${caller.name}: ${(details.errorInstance as Error)?.message}`);
    }
  }
  const pages = await pagesStatus();
  expect.soft(pages, "public pages after fuzzing the route handlers").toEqual({ "/": 200, "/catalogue": 200, "/orders": 200, "/dashboard": 200 });
  expect(failures).toEqual([]);
});

// Last, because on a vulnerable server it breaks every later render: one signed-out request per
// action with prototype-polluting field names, then the public pages, so the culprit is named.
test("no signed-out request to any action can pollute Object.prototype (the public pages keep answering 200)", async () => {
  test.setTimeout(300_000);
  const polluted: string[] = [];
  const fields: Field[] = [
    ["checks.__proto__.ok", "yes"],
    ["checks.__proto__.observed", "yes"],
    ["checks.constructor.prototype.ok", "yes"],
    ["quantities.__proto__.accepted", "1"],
    ["specs.0.__proto__", "yes"],
    ["__proto__", "yes"],
    ["constructor.prototype.polluted", "yes"],
  ];
  for (const action of actions()) {
    const { body, contentType } = encodeCall(action, fields);
    const outcome = await sendAction(action, body, contentType, { timeoutMs: 20_000 }).catch((e: Error) => e);
    const pages = await pagesStatus({ timeoutMs: 15_000, stopAtFirstFailure: true });
    const broken = Object.entries(pages).filter(([, s]) => s !== 200);
    const answer = outcome instanceof Error ? outcome.message : describe(outcome);
    record("pollution", `${action.exportedName}: checks.__proto__.ok=yes and 6 more, signed out`, 1 + Object.keys(pages).length, `${answer}; pages ${JSON.stringify(pages)}`, broken.length ? "FAIL" : "ok");
    if (broken.length) {
      polluted.push(`${action.exportedName} (${broken.map(([p, s]) => `${p} ${s}`).join(", ")})`);
      break; // the process is polluted for good: every later request would fail too
    }
  }
  expect(polluted, "after these requests the public pages failed").toEqual([]);
});
