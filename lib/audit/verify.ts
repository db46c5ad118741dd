import { GENESIS_HASH, storedEventHash, type StoredEvent } from "./canonical";

/** Anything that runs SQL with positional parameters: a pg Pool or Client, or an adapter over Prisma. */
export type Queryable = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export type BrokenLink = {
  seq: bigint;
  /** seq-gap: a row is missing before this one; prev-hash: it does not point at its predecessor; hash: its own content changed. */
  reason: "seq-gap" | "prev-hash" | "hash";
  expected: string;
  found: string;
};

export type ChainVerification =
  | { ok: true; count: number; headSeq: bigint; headHash: string; ms: number }
  | { ok: false; count: number; broken: BrokenLink; ms: number };

/** The stored seq and hash of the row a range of the chain follows (before seq 1: 0 and the genesis hash). */
export type Anchor = { seq: number; hash: string };
export const GENESIS_ANCHOR: Anchor = { seq: 0, hash: GENESIS_HASH };

/** A range's outcome: rows verified before its first broken link (all of them if none), and its last row. */
export type RangeVerification = { count: number; last: Anchor | null; broken: BrokenLink | null };

/** The upper bound of the chain's last range (bigint's maximum): whatever has been appended by the time it is read. */
export const END_OF_CHAIN = "9223372036854775807";

// Every column comes back as text so a pg client and Prisma read the same values: node-pg would
// otherwise parse `timestamp without time zone` in the server's local zone. The ISO form matches
// what Date#toISOString() produced when the event was hashed (millisecond precision). ORDER BY
// names the table's column: the bare name would sort by the text alias (1, 10, 100, 2 …).
// $1 < seq ≤ $2, decimal strings (seq is a bigint).
export const EVENTS_SQL = `
  SELECT seq::text AS seq,
         to_char("occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
         "actorId"::text AS "actorId", "actorRole", "entityType", "entityId", action,
         "purchaseOrderId"::text AS "purchaseOrderId", data::text AS data, "prevHash", hash
    FROM "AuditEvent" e WHERE e.seq > $1::bigint AND e.seq <= $2::bigint ORDER BY e.seq`;

/**
 * Walks the whole chain from the genesis hash in this thread, in seq order, and stops at the first
 * broken link. The public /verify page uses it through Prisma; lib/audit/verify-parallel.ts splits
 * the same walk over worker threads for `npm run audit:verify`.
 * Batches are read by keyset on seq; the next is fetched while one is checked.
 * A verified chain's head hash, once published elsewhere, also exposes a later cut-off tail.
 */
export async function verifyAuditChain(db: Queryable, opts: { batchSize?: number } = {}): Promise<ChainVerification> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 5_000;
  const fetch = async (after: string): Promise<StoredEvent[]> => {
    const { rows } = await db.query(`${EVENTS_SQL} LIMIT $3`, [after, END_OF_CHAIN, batchSize]);
    return (rows as ObjectRow[]).map((r) => [r.seq, r.occurredAt, r.actorId, r.actorRole, r.entityType, r.entityId, r.action, r.purchaseOrderId, r.data, r.prevHash, r.hash]);
  };
  const walk = chainWalk(GENESIS_ANCHOR);
  let next = fetch("0");
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    next = rows.length === batchSize ? fetch(rows[rows.length - 1][0]) : Promise.resolve([]);
    if (!rows.every(walk.check)) {
      await next.catch(() => undefined);
      break;
    }
  }
  return chainResult([walk.result()], started);
}

type ObjectRow = { [K in "seq" | "occurredAt" | "actorRole" | "entityType" | "entityId" | "action" | "data" | "prevHash" | "hash"]: string } & {
  actorId: string | null;
  purchaseOrderId: string | null;
};

/**
 * Checks rows handed to it in seq order as the continuation of the anchor row: seq continuity, each
 * prevHash, each recomputed hash. Every row stores its predecessor's hash, so a range of the chain
 * needs nothing from the ranges before it but the anchor's stored hash (which the range before
 * checks). `check` returns false from the first broken link on, and looks at no later row.
 */
export function chainWalk(anchor: Anchor): { check: (row: StoredEvent) => boolean; result: () => RangeVerification } {
  let prevSeq = anchor.seq;
  let prevHash = anchor.hash;
  let count = 0;
  let broken: BrokenLink | null = null;
  return {
    check: (row) => {
      if (broken) return false;
      broken = checkLink(row, prevSeq, prevHash);
      if (broken) return false;
      prevSeq = Number(row[0]);
      prevHash = row[10];
      count++;
      return true;
    },
    result: () => ({ count, last: count === 0 ? null : { seq: prevSeq, hash: prevHash }, broken }),
  };
}

/** Joins consecutive ranges (the first anchored at genesis, each next anchored at the one before's end) into the chain's result. */
export function chainResult(ranges: RangeVerification[], started: number): ChainVerification {
  const ms = Math.round(performance.now() - started);
  let count = 0;
  let head = GENESIS_ANCHOR;
  for (const range of ranges) {
    count += range.count;
    if (range.broken) return { ok: false, count, broken: range.broken, ms };
    head = range.last ?? head;
  }
  return { ok: true, count, headSeq: BigInt(head.seq), headHash: head.hash, ms };
}

function checkLink(row: StoredEvent, prevSeq: number, prevHash: string): BrokenLink | null {
  const seq = row[0];
  if (Number(seq) !== prevSeq + 1) return { seq: BigInt(seq), reason: "seq-gap", expected: String(prevSeq + 1), found: seq };
  if (row[9] !== prevHash) return { seq: BigInt(seq), reason: "prev-hash", expected: prevHash, found: row[9] };
  const hash = storedEventHash(row);
  return hash === row[10] ? null : { seq: BigInt(seq), reason: "hash", expected: hash, found: row[10] };
}
