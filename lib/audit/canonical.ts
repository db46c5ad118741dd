import { createHash } from "node:crypto";

/** Deterministic JSON: object keys sorted, bigint as decimal strings, dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
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

export function auditHash(prevHash: string, event: ChainedFields): string {
  return createHash("sha256").update(prevHash).update(canonicalJson(event)).digest("hex");
}
