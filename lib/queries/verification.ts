import "server-only";
// The public read side: a replica when one is configured (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";
import { auditHash } from "@/lib/audit/canonical";
import { verifyAuditChain, type ChainVerification, type Queryable } from "@/lib/audit/verify";
import type { DocumentFacts } from "@/lib/documents/facts";
import { documentHash } from "@/lib/documents/issue";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What /verify/<id> shows. A document is genuine when (1) its stored facts still hash to its
 * stored hash, and (2) the audit event written when it was issued records that same hash and is
 * itself intact (its own link hash recomputes). Editing the Document row breaks (1) or, if the
 * hash is edited too, (2); editing the audit event breaks the chain (/verify, npm run audit:verify).
 */
export async function getDocumentVerification(id: string) {
  if (!UUID.test(id)) return null;
  const document = await db.document.findUnique({ where: { id } });
  if (!document) return null;
  const facts = document.facts as unknown as DocumentFacts;
  const computedHash = documentHash({ kind: document.kind, entityId: document.entityId, number: document.number, facts });
  const event = await db.auditEvent.findFirst({
    where: { entityType: "Document", entityId: document.id, action: "document.issue" },
    orderBy: { seq: "asc" },
  });
  const anchoredHash = (event?.data as { sha256?: string } | null)?.sha256 ?? null;
  const anchor = event
    ? { seq: event.seq.toString(), occurredAt: event.occurredAt, hash: event.hash, intact: auditHash(event.prevHash, event) === event.hash, matches: anchoredHash === document.sha256 }
    : null;
  return {
    id: document.id,
    kind: document.kind,
    entityId: document.entityId,
    number: document.number,
    issuedAt: document.createdAt,
    facts,
    storedHash: document.sha256,
    computedHash,
    anchor,
    genuine: computedHash === document.sha256 && anchor !== null && anchor.intact && anchor.matches,
  };
}

export type DocumentVerification = NonNullable<Awaited<ReturnType<typeof getDocumentVerification>>>;

/**
 * Documents with the number printed on them, for the lookup form on /verify. Numbers are upper
 * case (PO/2026-27/000123), so what was typed is upper-cased and matched exactly on the index.
 */
export async function findDocumentsByNumber(number: string) {
  const q = number.trim().toUpperCase();
  if (q.length < 3 || q.length > 80) return [];
  if (UUID.test(q)) {
    const doc = await db.document.findUnique({ where: { id: q.toLowerCase() }, select: { id: true, kind: true, number: true, createdAt: true } });
    return doc ? [doc] : [];
  }
  return db.document.findMany({
    where: { number: q },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, kind: true, number: true, createdAt: true },
  });
}

// Prisma's raw query as the verifier's Queryable, so the web app needs no second connection pool.
const prismaQueryable: Queryable = {
  query: async (text, values = []) => ({ rows: await db.$queryRawUnsafe<unknown[]>(text, ...values) }),
};

/** Verifications younger than this are served from memory: one public click must not cost 10⁶ hashes each time. */
export const CHAIN_CACHE_MS = 60_000;
let cached: { at: number; result: ChainVerification } | null = null;
let running: Promise<ChainVerification> | null = null;

/**
 * Verifies the whole audit chain for the public /verify page. One verification at a time per
 * server (concurrent visitors share it), and a result is reused for CHAIN_CACHE_MS.
 */
export async function verifyChainForPublic(): Promise<ChainVerification & { checkedAt: Date }> {
  if (cached && Date.now() - cached.at < CHAIN_CACHE_MS) return { ...cached.result, checkedAt: new Date(cached.at) };
  running ??= verifyAuditChain(prismaQueryable)
    .then((result) => {
      cached = { at: Date.now(), result };
      return result;
    })
    .finally(() => (running = null));
  const result = await running;
  return { ...result, checkedAt: new Date(cached?.at ?? Date.now()) };
}

/** The chain's length and head, cheap (one index lookup), for the verify page before a full check. */
export async function auditChainHead() {
  const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true, occurredAt: true } });
  return head ? { seq: head.seq.toString(), hash: head.hash, occurredAt: head.occurredAt } : null;
}
