import { createHash } from "node:crypto";
import type { Tx } from "@/lib/prisma-client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { canonicalJson } from "@/lib/audit/canonical";
import { recordAudit, type AuditInput } from "@/lib/audit/record";
import { uuidv7 } from "@/lib/ids";
import { buildDocument, type BuiltDocument, type DocumentFacts } from "./facts";

/**
 * A document's hash: SHA-256 of the canonical JSON of what it states (kind, entity, number and
 * facts) — not of the PDF bytes, which react-pdf does not reproduce byte for byte (it embeds the
 * render time and font subsets) and which are rendered afresh from the stored facts on each
 * download. The same hash is printed on the PDF, shown on /verify/<id>, and written into the audit
 * chain when the document is issued, so a changed Document row no longer matches its chained hash.
 */
export function documentHash(doc: { kind: DocumentKind; entityId: string; number: string; facts: DocumentFacts }): string {
  return createHash("sha256").update(canonicalJson({ kind: doc.kind, entityId: doc.entityId, number: doc.number, facts: doc.facts })).digest("hex");
}

/**
 * The Document row and its audit event for a document built from facts in hand (id chosen here,
 * so nothing needs reading back). For an entity created in the caller's own transaction, which
 * nothing else can have issued yet, the caller writes both with the rest of its step.
 */
export function newDocument(kind: DocumentKind, entityId: string, built: BuiltDocument, now: Date) {
  const sha256 = documentHash({ kind, entityId, number: built.number, facts: built.facts });
  const row = { id: uuidv7(now.getTime()), kind, entityId, number: built.number, facts: built.facts, sha256, createdAt: now };
  const audit: AuditInput = {
    actor: "SYSTEM", entityType: "Document", entityId: row.id, action: "document.issue",
    purchaseOrderId: built.purchaseOrderId, data: { kind, number: built.number, sha256 },
  };
  return { row, audit };
}

/**
 * Issues the document of `kind` for an entity (purchase order, supply order, decided inspection,
 * bill, payment) inside the caller's transaction, and records it in the audit chain. Idempotent: a
 * document already issued for the entity is returned as it is (its facts stay as first issued).
 * Call it in the transaction of the step that creates the entity — see docs/transparency.md.
 */
export async function issueDocument(tx: Tx, kind: DocumentKind, entityId: string, now = new Date()) {
  const existing = await tx.document.findUnique({ where: { kind_entityId: { kind, entityId } } });
  if (existing) return existing;
  const { row, audit } = newDocument(kind, entityId, await buildDocument(tx, kind, entityId, now), now);
  // ON CONFLICT DO NOTHING: a concurrent transaction issuing the same document must not abort the caller's.
  const { count } = await tx.document.createMany({ data: [row], skipDuplicates: true });
  if (count === 1) await recordAudit(tx, audit);
  return tx.document.findUniqueOrThrow({ where: { kind_entityId: { kind, entityId } } });
}
