import crypto, { type KeyObject } from "node:crypto";
import { canonicalJson, GENESIS_HASH } from "./canonical";

/**
 * Audit checkpoints: the chain's head (seq, hash) signed with an Ed25519 key that is kept outside
 * the database, each checkpoint linking the previous one. Whoever can write to the database can
 * rewrite the chain from some row on and recompute every later hash (the chain then verifies), but
 * cannot sign the new head: the row at a checkpoint's seq no longer carries the signed hash.
 * Pure code on node:crypto only, so the small standalone command (scripts/audit-checkpoints.ts)
 * needs nothing of the app to check a copy of the log.
 */
export type Checkpoint = {
  number: number;
  /** SHA-256 (hex) of payload. */
  id: string;
  seq: string;
  hash: string;
  signedAt: string;
  previousId: string | null;
  keyId: string;
  payload: string;
  signature: string;
};

type SignedFields = Pick<Checkpoint, "number" | "seq" | "hash" | "signedAt" | "previousId" | "keyId">;

const sha256 = (text: string | Buffer) => crypto.createHash("sha256").update(text).digest("hex");

/** The public key's identity: SHA-256 of its DER (SPKI) form. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === "private" ? crypto.createPublicKey(key) : key;
  return sha256(publicKey.export({ type: "spki", format: "der" }));
}

export function publicKeyPem(key: KeyObject): string {
  const publicKey = key.type === "private" ? crypto.createPublicKey(key) : key;
  return publicKey.export({ type: "spki", format: "pem" }).toString();
}

/** The next checkpoint after `previous` (null for the first), signing the chain's head. */
export function signCheckpoint(privateKey: KeyObject, head: { seq: bigint | string; hash: string }, previous: Checkpoint | null, at: Date): Checkpoint {
  const fields: SignedFields = {
    number: (previous?.number ?? 0) + 1,
    seq: head.seq.toString(),
    hash: head.hash,
    signedAt: at.toISOString(),
    previousId: previous?.id ?? null,
    keyId: keyIdOf(privateKey),
  };
  const payload = canonicalJson(fields);
  return { ...fields, id: sha256(payload), payload, signature: crypto.sign(null, Buffer.from(payload), privateKey).toString("base64") };
}

export type ListProblem = {
  number: number;
  /** signature: not signed by the trusted key, or the signed text differs from the fields; link: does not follow the one before. */
  reason: "signature" | "link";
};

/**
 * Checks a list of checkpoints in order: each signed by the trusted key over exactly its fields,
 * numbered from 1 without gaps, linking the previous one, never going back in seq. Returns the
 * first problem, or null.
 */
export function checkCheckpointList(list: readonly Checkpoint[], trustedKey: KeyObject): ListProblem | null {
  const publicKey = trustedKey.type === "private" ? crypto.createPublicKey(trustedKey) : trustedKey;
  const keyId = keyIdOf(publicKey);
  let previous: Checkpoint | null = null;
  for (const cp of list) {
    const fields: SignedFields = { number: cp.number, seq: cp.seq, hash: cp.hash, signedAt: cp.signedAt, previousId: cp.previousId, keyId: cp.keyId };
    const signed =
      cp.keyId === keyId &&
      canonicalJson(fields) === cp.payload &&
      sha256(cp.payload) === cp.id &&
      crypto.verify(null, Buffer.from(cp.payload), publicKey, Buffer.from(cp.signature, "base64"));
    if (!signed) return { number: cp.number, reason: "signature" };
    const follows = previous
      ? cp.number === previous.number + 1 && cp.previousId === previous.id && BigInt(cp.seq) >= BigInt(previous.seq)
      : cp.number === 1 && cp.previousId === null;
    if (!follows) return { number: cp.number, reason: "link" };
    previous = cp;
  }
  return null;
}

export type CheckpointVerification =
  | { ok: true; checked: number; latest: { number: number; seq: string; signedAt: string } | null }
  | {
      ok: false;
      number: number;
      /** signature / link: the list itself; rewritten: the chain's row at the checkpoint's seq has another hash; missing: the chain ends before it. */
      reason: ListProblem["reason"] | "rewritten" | "missing";
      seq: string;
      /** The last checkpoint the chain still matches: the rewrite starts after its seq. */
      matchedUpTo: string;
      expected?: string;
      found?: string;
    };

/**
 * Checks a verified chain against published checkpoints: the list must be genuine, and the chain
 * must hold each checkpoint's hash at its seq. `storedHash(seq)` is the hash the chain now holds
 * at a seq (undefined past its end); `chainSeq` is how far the chain was verified.
 */
export function checkChainAgainstCheckpoints(
  list: readonly Checkpoint[],
  trustedKey: KeyObject,
  chainSeq: bigint,
  storedHash: (seq: string) => string | undefined,
  { chainBroken = false }: { chainBroken?: boolean } = {},
): CheckpointVerification {
  const problem = checkCheckpointList(list, trustedKey);
  let matchedUpTo = "0";
  let checked = 0;
  for (const cp of list) {
    if (problem && problem.number === cp.number) return { ok: false, ...problem, seq: cp.seq, matchedUpTo };
    // Past a broken link the chain itself is the finding; later checkpoints cannot be compared.
    if (chainBroken && BigInt(cp.seq) > chainSeq) break;
    const found = cp.seq === "0" ? GENESIS_HASH : storedHash(cp.seq);
    if (BigInt(cp.seq) > chainSeq || found === undefined) return { ok: false, number: cp.number, reason: "missing", seq: cp.seq, matchedUpTo, expected: cp.hash };
    if (found !== cp.hash) return { ok: false, number: cp.number, reason: "rewritten", seq: cp.seq, matchedUpTo, expected: cp.hash, found };
    matchedUpTo = cp.seq;
    checked++;
  }
  const last = list.at(-1);
  return { ok: true, checked, latest: last ? { number: last.number, seq: last.seq, signedAt: last.signedAt } : null };
}

/** Anything that runs SQL with positional parameters (a pg Pool or Client, or Prisma's raw query). */
type Queryable = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** The hashes the chain holds at the checkpoints' seqs, in one query. */
export async function storedHashesAt(db: Queryable, list: readonly Checkpoint[]): Promise<Map<string, string>> {
  const seqs = [...new Set(list.map((cp) => cp.seq))];
  if (seqs.length === 0) return new Map();
  const { rows } = await db.query(`SELECT seq::text AS seq, hash FROM "AuditEvent" WHERE seq = ANY($1::bigint[])`, [seqs]);
  return new Map((rows as { seq: string; hash: string }[]).map((r) => [r.seq, r.hash]));
}

const PAGE = 1_000;

/** Every checkpoint stored in the database, in order (read in pages by number). */
export async function loadStoredCheckpoints(db: Queryable): Promise<Checkpoint[]> {
  const out: Checkpoint[] = [];
  for (;;) {
    const { rows } = await db.query(
      `SELECT number, id, seq::text AS seq, hash, to_char("signedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "signedAt",
              "previousId", "keyId", payload, signature
         FROM "AuditCheckpoint" WHERE number > $1 ORDER BY number LIMIT $2`,
      [out.at(-1)?.number ?? 0, PAGE],
    );
    out.push(...(rows as Checkpoint[]).map((r) => ({ ...r, number: Number(r.number) })));
    if (rows.length < PAGE) return out;
  }
}

/** Parses a PEM public or private key (the private one stands for its public half). */
export function verifyKeyFromPem(pem: string): KeyObject {
  return pem.includes("PRIVATE KEY") ? crypto.createPublicKey(crypto.createPrivateKey(pem)) : crypto.createPublicKey(pem);
}

/**
 * A chain verification (lib/audit/verify.ts) carried on to the checkpoints: the chain must hold
 * every checkpoint's hash at its seq. Only the rows the walk verified count as the chain.
 */
export async function verifyAgainstCheckpoints(
  db: Queryable,
  chain: { ok: true; headSeq: bigint } | { ok: false; broken: { seq: bigint } },
  list: readonly Checkpoint[],
  trustedKey: KeyObject,
): Promise<CheckpointVerification> {
  const chainSeq = chain.ok ? chain.headSeq : chain.broken.seq - 1n;
  const stored = await storedHashesAt(db, list);
  return checkChainAgainstCheckpoints(list, trustedKey, chainSeq, (seq) => stored.get(seq), { chainBroken: !chain.ok });
}

/**
 * A kept copy of the checkpoint list brought up to date with a newly fetched one: every kept
 * checkpoint must still be published unchanged (a changed or withdrawn one is exactly what a copy
 * kept outside is for), and new ones are appended. Both lists must already have passed
 * checkCheckpointList.
 */
export function mergeCheckpoints(
  kept: readonly Checkpoint[],
  fetched: readonly Checkpoint[],
): { ok: true; merged: Checkpoint[]; added: number } | { ok: false; number: number; reason: "changed" | "withdrawn" } {
  const byNumber = new Map(fetched.map((cp) => [cp.number, cp]));
  for (const cp of kept) {
    const now = byNumber.get(cp.number);
    if (!now) return { ok: false, number: cp.number, reason: "withdrawn" };
    if (now.payload !== cp.payload || now.signature !== cp.signature) return { ok: false, number: cp.number, reason: "changed" };
  }
  const added = fetched.filter((cp) => cp.number > (kept.at(-1)?.number ?? 0));
  return { ok: true, merged: [...kept, ...added], added: added.length };
}

/** One line for a command's output (English: the commands print English). */
export function describeCheckpointFailure(r: Extract<CheckpointVerification, { ok: false }>): string {
  const what = {
    signature: "is not signed by the trusted key (or its signed text was altered)",
    link: "does not follow the checkpoint before it",
    rewritten: `does not match the log: the event at seq ${r.seq} has another hash, so the log was rewritten after seq ${r.matchedUpTo}`,
    missing: `is past the end of the log: events up to seq ${r.seq} are missing`,
  }[r.reason];
  return `CHECKPOINT #${r.number} (${r.reason}) ${what}`;
}
