import type { KeyObject } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import { lockAuditChain, recordAudit } from "@/lib/audit/record";
import { signCheckpoint, type Checkpoint } from "@/lib/audit/checkpoint";

export const CHECKPOINT_EVERY_MS = 86_400_000;

/**
 * Signs the audit chain's head and publishes it as the next checkpoint. Run by the worker (daily:
 * `minIntervalMs` skips when the last checkpoint is younger) and on demand (`npm run
 * audit:checkpoint`). Under the chain's advisory lock, so the signed head is the head and two
 * workers never sign twice at once; the checkpoint's number is its primary key, so a second insert
 * of the same number fails instead of forking the list. The checkpoint itself is recorded in the
 * chain (after the head it signs). Nobody is notified: the list is public and is the notice.
 */
export async function signAuditCheckpoint(
  db: Db,
  key: KeyObject,
  { now = new Date(), minIntervalMs = 0 }: { now?: Date; minIntervalMs?: number } = {},
): Promise<Checkpoint | null> {
  return db.$transaction(async (tx) => {
    const head = await lockAuditChain(tx);
    const last = await tx.auditCheckpoint.findFirst({ orderBy: { number: "desc" } });
    if (last && now.getTime() - last.signedAt.getTime() < minIntervalMs) return null;
    const previous: Checkpoint | null = last
      ? { ...last, seq: last.seq.toString(), signedAt: last.signedAt.toISOString() }
      : null;
    // Millisecond precision, so the stored signedAt reads back as the signed text.
    const cp = signCheckpoint(key, head, previous, new Date(Math.floor(now.getTime())));
    await tx.auditCheckpoint.create({ data: { ...cp, seq: BigInt(cp.seq), signedAt: new Date(cp.signedAt) } });
    await recordAudit(tx, {
      actor: "SYSTEM",
      entityType: "AuditCheckpoint",
      entityId: String(cp.number),
      action: "audit.checkpoint",
      data: { seq: cp.seq, hash: cp.hash, checkpointId: cp.id, keyId: cp.keyId },
    });
    return cp;
  });
}

/** The worker's daily job: a checkpoint when the last one is a day old (or there is none). */
export async function runAuditCheckpoints(db: Db, key: KeyObject | null, now = new Date()): Promise<Checkpoint | null> {
  if (!key) return null;
  const minIntervalMs = Number(process.env.AUDIT_CHECKPOINT_EVERY_MS ?? CHECKPOINT_EVERY_MS);
  // Checked again under the lock; this read spares the chain's lock on the minutes in between.
  const last = await db.auditCheckpoint.findFirst({ orderBy: { number: "desc" }, select: { signedAt: true } });
  if (last && now.getTime() - last.signedAt.getTime() < minIntervalMs) return null;
  return signAuditCheckpoint(db, key, { now, minIntervalMs });
}
