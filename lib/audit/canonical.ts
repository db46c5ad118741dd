import { createHash } from "node:crypto";

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

/** auditHash for a row whose occurredAt is already its ISO string (the verifier reads it so). */
export function auditHashIso(prevHash: string, e: Omit<ChainedFields, "occurredAt"> & { occurredAtIso: string }): string {
  return chainHash(prevHash, e, JSON.stringify(e.occurredAtIso));
}

function chainHash(prevHash: string, e: Omit<ChainedFields, "occurredAt">, occurredAtJson: string): string {
  const json =
    `{"action":${canonicalJson(e.action)},"actorId":${canonicalJson(e.actorId)},"actorRole":${canonicalJson(e.actorRole)}` +
    `${e.data === undefined ? "" : `,"data":${canonicalJson(e.data)}`},"entityId":${canonicalJson(e.entityId)}` +
    `,"entityType":${canonicalJson(e.entityType)},"occurredAt":${occurredAtJson}` +
    `,"purchaseOrderId":${canonicalJson(e.purchaseOrderId)},"seq":"${e.seq.toString()}"}`;
  return createHash("sha256").update(prevHash).update(json).digest("hex");
}
