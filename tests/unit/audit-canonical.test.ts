import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson, GENESIS_HASH, storedEventHash, type ChainedFields, type StoredEvent } from "@/lib/audit/canonical";

// The serialisation the chain was first written with (commit dd10988). Every stored hash depends
// on it, so the faster implementation must produce exactly the same bytes.
function referenceCanonical(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(referenceCanonical).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const referenceHash = (prevHash: string, e: ChainedFields) =>
  createHash("sha256")
    .update(prevHash)
    .update(referenceCanonical({ seq: e.seq, occurredAt: e.occurredAt, actorId: e.actorId, actorRole: e.actorRole, entityType: e.entityType, entityId: e.entityId, action: e.action, purchaseOrderId: e.purchaseOrderId, data: e.data }))
    .digest("hex");

const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ unit: "grapheme" }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: "grapheme" }), tie("value"), { maxKeys: 5 }),
  ),
})).value;

const event: fc.Arbitrary<ChainedFields> = fc.record({
  seq: fc.bigInt({ min: 1n, max: 2n ** 62n }),
  occurredAt: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("9999-12-31") }),
  actorId: fc.option(fc.uuid(), { nil: null }),
  actorRole: fc.constantFrom("BUYER", "VENDOR", "SYSTEM", "PUBLIC"),
  entityType: fc.string(),
  entityId: fc.string(),
  action: fc.string({ unit: "grapheme" }),
  purchaseOrderId: fc.option(fc.uuid(), { nil: null }),
  data: fc.dictionary(fc.string(), jsonish, { maxKeys: 6 }),
});

describe("audit canonical serialisation", () => {
  it("produces the same bytes as the original implementation for any value", () => {
    fc.assert(fc.property(jsonish, (value) => canonicalJson(value) === referenceCanonical(value)));
  });

  it("hashes every event exactly as the original implementation did", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }), event, (prev, e) => {
        expect(auditHash(prev, e)).toBe(referenceHash(prev, e));
      }),
    );
  });

  // What the verifier recomputes from a stored row: data as its JSON text (recordAudit stores bigints as strings).
  const stored = (prev: string, e: ChainedFields, dataJson: string): StoredEvent => [
    e.seq.toString(), e.occurredAt.toISOString(), e.actorId, e.actorRole, e.entityType, e.entityId, e.action, e.purchaseOrderId, dataJson, prev, "",
  ];

  it("hashes every stored event exactly as the original implementation did", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }), event, (prev, e) => {
        const dataJson = JSON.stringify(e.data, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
        expect(storedEventHash(stored(prev, e, dataJson))).toBe(referenceHash(prev, { ...e, data: JSON.parse(dataJson) }));
      }),
    );
  });

  it("hashes any stored JSON data as the original did, keys that objects reorder or treat specially included", () => {
    const e: ChainedFields = {
      seq: 7n, occurredAt: new Date("2026-04-01T00:00:00Z"), actorId: null, actorRole: "SYSTEM",
      entityType: "Test", entityId: "x", action: "poke", purchaseOrderId: null, data: null,
    };
    const check = (dataJson: string) => {
      expect(storedEventHash(stored(GENESIS_HASH, e, dataJson))).toBe(referenceHash(GENESIS_HASH, { ...e, data: JSON.parse(dataJson) }));
    };
    fc.assert(fc.property(fc.json(), check));
    for (const dataJson of [
      '{"b": 1, "a": {"10": "x", "9": "y", "z": [{"__proto__": 1, "c": 2}]}}',
      '{"__proto__": {"b": 1, "a": 2}}',
      '{"2": 1, "10": 2, "1a": 3, "": 4, "é": 5, "z": 6}',
      '[{"b": 1, "a": 2}, 3, null, "\\ud800"]',
      '{"n": -0, "m": 1.50, "k": 1e21, "s": "\\u2028\\u0007"}',
    ]) check(dataJson);
  });

  it("sorts keys, drops undefined, writes bigint and dates as strings", () => {
    expect(canonicalJson({ b: 1n, a: new Date("2026-04-01T00:00:00Z"), c: undefined, d: [undefined, "x"] })).toBe(
      '{"a":"2026-04-01T00:00:00.000Z","b":"1","d":[null,"x"]}',
    );
  });

  it("changes the hash when any chained field changes", () => {
    const e: ChainedFields = {
      seq: 1n, occurredAt: new Date("2026-04-01T00:00:00Z"), actorId: null, actorRole: "SYSTEM",
      entityType: "SupplyOrder", entityId: "x", action: "accepted", purchaseOrderId: null, data: { q: 1 },
    };
    const base = auditHash(GENESIS_HASH, e);
    expect(auditHash(GENESIS_HASH, { ...e, data: { q: 2 } })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...e, seq: 2n })).not.toBe(base);
    expect(auditHash("1".repeat(64), e)).not.toBe(base);
  });
});
