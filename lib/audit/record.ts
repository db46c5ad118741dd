import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { auditHash, GENESIS_HASH } from "./canonical";

export type AuditInput = {
  actor: Actor | "SYSTEM" | "PUBLIC";
  entityType: string;
  entityId: string;
  action: string;
  purchaseOrderId?: string | null;
  data?: Record<string, unknown>;
};

// One chain for the whole system: writers serialise on this advisory lock for the rest of their
// transaction, so concurrent transactions append one after another and never fork the chain.
const AUDIT_LOCK_KEY = 7_202_611;

/** Appends a hash-chained audit event inside the caller's transaction. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const seq = (last?.seq ?? 0n) + 1n;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const actorId = typeof input.actor === "string" ? null : input.actor.userId;
  const actorRole = typeof input.actor === "string" ? input.actor : input.actor.role;
  // Millisecond precision so the stored timestamp hashes the same when read back.
  const occurredAt = new Date(Math.floor(Date.now()));
  const data = JSON.parse(JSON.stringify(input.data ?? {}, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
  const fields = {
    seq, occurredAt, actorId, actorRole,
    entityType: input.entityType, entityId: input.entityId, action: input.action,
    purchaseOrderId: input.purchaseOrderId ?? null, data,
  };
  await tx.auditEvent.create({ data: { ...fields, prevHash, hash: auditHash(prevHash, fields) } });
}
