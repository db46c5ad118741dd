import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { currentRequestId } from "@/lib/request-context";
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
  await recordAudits(tx, [input]);
}

/**
 * Appends several events, in the given order, inside the caller's transaction: one round trip for
 * the lock and the head, one insert. Every other writer waits from the lock to COMMIT, so a step
 * that records several events records them here together, last.
 */
export async function recordAudits(tx: Tx, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({ data: chainEvents(await lockAuditChain(tx), inputs) });
}

export type ChainHead = { seq: bigint; hash: string };

/**
 * Takes the chain's lock (held until the transaction ends) and returns its head, in one round
 * trip (the audit_chain_head function: the head is read after the lock is granted). For a step
 * that writes its events together with its other rows (lib/insert-rows.ts); otherwise recordAudits.
 */
export async function lockAuditChain(tx: Tx): Promise<ChainHead> {
  const [head] = await tx.$queryRaw<ChainHead[]>`SELECT seq, hash FROM audit_chain_head(${AUDIT_LOCK_KEY}::bigint)`;
  return head ?? { seq: 0n, hash: GENESIS_HASH };
}

/** The rows of `inputs` chained onto `head`, in order. Pure. */
export function chainEvents(head: ChainHead, inputs: readonly AuditInput[]) {
  let { seq, hash: prevHash } = head;
  // Millisecond precision so the stored timestamp hashes the same when read back.
  const occurredAt = new Date(Math.floor(Date.now()));
  // Outside the chained fields: it ties the event to the JSON log lines of the same request.
  const requestId = currentRequestId();
  return inputs.map((input) => {
    seq += 1n;
    const fields = {
      seq, occurredAt,
      actorId: typeof input.actor === "string" ? null : input.actor.userId,
      actorRole: typeof input.actor === "string" ? input.actor : input.actor.role,
      entityType: input.entityType, entityId: input.entityId, action: input.action,
      purchaseOrderId: input.purchaseOrderId ?? null,
      data: JSON.parse(JSON.stringify(input.data ?? {}, (_k, v) => (typeof v === "bigint" ? v.toString() : v))),
    };
    const row = { ...fields, prevHash, hash: auditHash(prevHash, fields), requestId };
    prevHash = row.hash;
    return row;
  });
}
