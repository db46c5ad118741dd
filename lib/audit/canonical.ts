import crypto from "node:crypto";

// crypto.hash hashes a string in one call, about twice as fast as a Hash object per event; it
// exists from Node 20.12, and package.json allows 20.9.
const sha256Hex: (text: string) => string = crypto.hash
  ? (text) => crypto.hash("sha256", text, "hex")
  : (text) => crypto.createHash("sha256").update(text).digest("hex");

/**
 * Deterministic JSON: object keys sorted (by UTF-16 code units), keys with undefined values left
 * out, bigint as decimal strings, dates as ISO strings. Written as plain loops because verifying
 * the audit chain runs this once per event (10⁶ events in a few seconds).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "bigint":
      return `"${value.toString()}"`;
    case "object":
      break;
    default:
      return JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ",") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (out.length === 1 ? "" : ",") + JSON.stringify(key) + ":" + canonicalJson(v);
  }
  return `${out}}`;
}

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  seq: bigint;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string;
  entityType: string;
  entityId: string;
  action: string;
  purchaseOrderId: string | null;
  data: unknown;
};

/**
 * The link hash: SHA-256 over the previous hash followed by the canonical JSON of the chained
 * fields (only those, so a stored row can be passed as it is). The same string as
 * `canonicalJson({ seq, occurredAt, actorId, … })`, built with the fixed keys already in sorted
 * order because this runs once per event when the whole chain is verified.
 */
export function auditHash(prevHash: string, e: ChainedFields): string {
  return chainHash(prevHash, e, JSON.stringify(e.occurredAt.toISOString()));
}

/**
 * An event as the verifier reads it back: every column as text (seq in decimal, occurredAt as its
 * ISO string, data as its JSON), in this order.
 */
export type StoredEvent = [
  seq: string,
  occurredAtIso: string,
  actorId: string | null,
  actorRole: string,
  entityType: string,
  entityId: string,
  action: string,
  purchaseOrderId: string | null,
  data: string,
  prevHash: string,
  hash: string,
];

/**
 * auditHash of a stored event, over its own prevHash (verifying the whole chain runs this once per
 * event). The same bytes as auditHash in one JSON.stringify call: JSON.stringify writes an object's
 * keys in insertion order, so the fixed fields are listed in sorted order and data is rebuilt with
 * every object's keys inserted sorted. Two kinds of key defeat that: array-index keys ("10"),
 * which objects always list first in numeric order, and "__proto__", which assignment does not
 * create. Data holding one (any key starting with a digit, to be safe) goes through canonicalJson.
 */
export function storedEventHash(row: StoredEvent): string {
  const [seq, occurredAtIso, actorId, actorRole, entityType, entityId, action, purchaseOrderId, dataJson, prevHash] = row;
  const data = keysInSortedOrder(JSON.parse(dataJson));
  if (data === UNSORTABLE) {
    return chainHash(prevHash, { seq: BigInt(seq), actorId, actorRole, entityType, entityId, action, purchaseOrderId, data: JSON.parse(dataJson) }, JSON.stringify(occurredAtIso));
  }
  const json = JSON.stringify({ action, actorId, actorRole, data, entityId, entityType, occurredAt: occurredAtIso, purchaseOrderId, seq });
  return sha256Hex(prevHash + json);
}

const UNSORTABLE = Symbol("unsortable");

/** A copy of parsed JSON whose objects have their keys inserted in sorted order, or UNSORTABLE. */
function keysInSortedOrder(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = keysInSortedOrder(value[i]);
      if (item === UNSORTABLE) return UNSORTABLE;
      out[i] = item;
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === "__proto__") return UNSORTABLE;
    const item = keysInSortedOrder(record[key]);
    if (item === UNSORTABLE) return UNSORTABLE;
    out[key] = item;
  }
  return out;
}

function chainHash(prevHash: string, e: Omit<ChainedFields, "occurredAt">, occurredAtJson: string): string {
  const json =
    `{"action":${canonicalJson(e.action)},"actorId":${canonicalJson(e.actorId)},"actorRole":${canonicalJson(e.actorRole)}` +
    `${e.data === undefined ? "" : `,"data":${canonicalJson(e.data)}`},"entityId":${canonicalJson(e.entityId)}` +
    `,"entityType":${canonicalJson(e.entityType)},"occurredAt":${occurredAtJson}` +
    `,"purchaseOrderId":${canonicalJson(e.purchaseOrderId)},"seq":"${e.seq.toString()}"}`;
  // The concatenation hashes as update(prevHash).update(json) did: json starts with "{", so no
  // surrogate pair can form across the join.
  return sha256Hex(prevHash + json);
}
