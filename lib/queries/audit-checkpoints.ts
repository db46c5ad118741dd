import "server-only";
import { db } from "@/lib/db";
import { keyIdOf, loadStoredCheckpoints, publicKeyPem, verifyAgainstCheckpoints, type Checkpoint, type CheckpointVerification } from "@/lib/audit/checkpoint";
import { loadVerifyKey } from "@/lib/audit/signing-key";
import type { ChainVerification, Queryable } from "@/lib/audit/verify";

export const CHECKPOINT_PAGE = 1_000;

const queryable: Queryable = {
  query: async (text, values = []) => ({ rows: await db.$queryRawUnsafe<unknown[]>(text, ...values) }),
};

const toCheckpoint = (r: { number: number; id: string; seq: bigint; hash: string; signedAt: Date; previousId: string | null; keyId: string; payload: string; signature: string }): Checkpoint => ({
  ...r,
  seq: r.seq.toString(),
  signedAt: r.signedAt.toISOString(),
});

/** Published checkpoints after `after` (keyset on number), oldest first. */
export async function checkpointPage(after: number, limit = CHECKPOINT_PAGE): Promise<{ checkpoints: Checkpoint[]; next: number | null }> {
  const rows = await db.auditCheckpoint.findMany({ where: { number: { gt: after } }, orderBy: { number: "asc" }, take: limit + 1 });
  const page = rows.slice(0, limit).map(toCheckpoint);
  return { checkpoints: page, next: rows.length > limit ? page.at(-1)!.number : null };
}

export async function checkpointByNumber(number: number): Promise<Checkpoint | null> {
  const row = await db.auditCheckpoint.findUnique({ where: { number } });
  return row ? toCheckpoint(row) : null;
}

export async function latestCheckpoint(): Promise<Checkpoint | null> {
  const row = await db.auditCheckpoint.findFirst({ orderBy: { number: "desc" } });
  return row ? toCheckpoint(row) : null;
}

/** The key checkpoints are verified with, as published beside the list (null when none is configured). */
export function checkpointKey(): { publicKey: string; keyId: string } | null {
  const key = loadVerifyKey();
  return key ? { publicKey: publicKeyPem(key), keyId: keyIdOf(key) } : null;
}

export type PublicCheckpointCheck = CheckpointVerification | { ok: false; reason: "no-key" };

/** The chain checked against every checkpoint in the database, with the key configured outside it. */
export async function checkChainAgainstCheckpoints(chain: ChainVerification): Promise<PublicCheckpointCheck> {
  const key = loadVerifyKey();
  if (!key) return { ok: false, reason: "no-key" };
  return verifyAgainstCheckpoints(queryable, chain, await loadStoredCheckpoints(queryable), key);
}
