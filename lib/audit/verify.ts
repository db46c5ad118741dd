import { auditHashIso, GENESIS_HASH } from "./canonical";

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

type Row = {
  seq: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string;
  entityType: string;
  entityId: string;
  action: string;
  purchaseOrderId: string | null;
  data: string;
  prevHash: string;
  hash: string;
};

// Every column comes back as text so a pg client and Prisma read the same values: node-pg would
// otherwise parse `timestamp without time zone` in the server's local zone. The ISO form matches
// what Date#toISOString() produced when the event was hashed (millisecond precision). ORDER BY
// names the table's column: the bare name would sort by the text alias (1, 10, 100, 2 …).
const BATCH_SQL = `
  SELECT seq::text AS seq,
         to_char("occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
         "actorId"::text AS "actorId", "actorRole", "entityType", "entityId", action,
         "purchaseOrderId"::text AS "purchaseOrderId", data::text AS data, "prevHash", hash
    FROM "AuditEvent" e WHERE e.seq > $1::bigint ORDER BY e.seq LIMIT $2`;

/**
 * Walks the whole chain from the genesis hash, in seq order, and stops at the first broken link.
 * Batches are read by keyset on seq; the next batch is fetched while the current one is hashed.
 * A verified chain's head hash, once published elsewhere, also exposes a later cut-off tail.
 */
export async function verifyAuditChain(db: Queryable, opts: { batchSize?: number } = {}): Promise<ChainVerification> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 5_000;
  const fetch = (after: bigint) => db.query(BATCH_SQL, [after.toString(), batchSize]).then((r) => r.rows as Row[]);
  const elapsed = () => Math.round(performance.now() - started);

  let prevSeq = 0n;
  let prevHash = GENESIS_HASH;
  let count = 0;
  let next = fetch(prevSeq);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    const lastSeq = BigInt(rows[rows.length - 1].seq);
    next = rows.length === batchSize ? fetch(lastSeq) : Promise.resolve([]);
    for (const row of rows) {
      const seq = BigInt(row.seq);
      const broken = checkLink(row, seq, prevSeq, prevHash);
      if (broken) {
        await next.catch(() => undefined);
        return { ok: false, count, broken, ms: elapsed() };
      }
      prevSeq = seq;
      prevHash = row.hash;
      count++;
    }
  }
  return { ok: true, count, headSeq: prevSeq, headHash: prevHash, ms: elapsed() };
}

function checkLink(row: Row, seq: bigint, prevSeq: bigint, prevHash: string): BrokenLink | null {
  if (seq !== prevSeq + 1n) return { seq, reason: "seq-gap", expected: String(prevSeq + 1n), found: row.seq };
  if (row.prevHash !== prevHash) return { seq, reason: "prev-hash", expected: prevHash, found: row.prevHash };
  const hash = auditHashIso(prevHash, {
    seq,
    occurredAtIso: row.occurredAt,
    actorId: row.actorId,
    actorRole: row.actorRole,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    purchaseOrderId: row.purchaseOrderId,
    data: JSON.parse(row.data),
  });
  return hash === row.hash ? null : { seq, reason: "hash", expected: hash, found: row.hash };
}
