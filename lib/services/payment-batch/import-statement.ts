import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { sha256 } from "./create-payment-batch";
import {
  completeStatement, matchChunks, matchingOrder, parseOrRefuse, resultOf, STATEMENT_SYNC_LIMIT, statementSummarySelect, type ImportResult,
} from "./reconcile-statement";

export { payItem, STATEMENT_SYNC_LIMIT, type ImportResult } from "./reconcile-statement";

/**
 * Finance uploads its bank's statement (camt.053 or CSV; docs/adr/0011-payment-batches-and-reconciliation.md). Every debit is matched to
 * an open batch payment of the office — by end-to-end reference, else by amount + beneficiary
 * account when exactly one open payment fits — and its bill is paid (the payment service: UTR,
 * value date, interest to the value date, closure, budget, notices, audit). A return sends the
 * bill back to unpaid. Whatever fits nothing stays UNMATCHED for finance to resolve by hand.
 *
 * Importing the same file again changes nothing (one statement per office and SHA-256); a line
 * already seen in an earlier statement (overlapping periods) is skipped by its entry key. Lines are
 * matched in chunks of CHUNK, one transaction each (reconcile-statement.ts).
 *
 * A statement of at most STATEMENT_SYNC_LIMIT lines is matched here, inside the upload, and the
 * result is final; an interrupted one is finished by uploading the same file again. A longer one
 * is only checked (it must parse) and stored with its text and `queuedAt`: the scheduled job
 * `statement-import` (run-statement-imports.ts) matches it, and the result says `queued`. This
 * path never matches a queued statement — uploading it again returns its progress.
 */
export async function importStatement(actor: Actor | null, input: { text: string }): Promise<ImportResult> {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) throw notFound();
  const officeId = actor.officeId;
  const digest = sha256(input.text);
  const key = { officeId_sha256: { officeId, sha256: digest } };

  const earlier = await db.bankStatement.findUnique({ where: key, select: statementSummarySelect });
  if (earlier?.completedAt || earlier?.queuedAt) return resultOf(earlier, true);

  const parsed = parseOrRefuse(input.text);
  const lineCount = parsed.entries.length;
  const fresh = { officeId, sha256: digest, format: parsed.format, importedById: actor.userId, lineCount, matchedCount: 0, returnedCount: 0, unmatchedCount: 0, skippedCount: 0 };

  if (lineCount > STATEMENT_SYNC_LIMIT) {
    if (earlier) {
      // Left half-done by an upload from before statements were queued: the job finishes it.
      await db.bankStatement.updateMany({ where: { id: earlier.id, queuedAt: null, completedAt: null }, data: { queuedAt: new Date(), rawText: input.text } });
      return resultOf(await db.bankStatement.findUniqueOrThrow({ where: { id: earlier.id }, select: statementSummarySelect }), false);
    }
    const queued = await db.bankStatement.upsert({ where: key, create: { ...fresh, queuedAt: new Date(), rawText: input.text }, update: {}, select: statementSummarySelect });
    return resultOf(queued, false);
  }

  const statement = earlier ?? await db.bankStatement.upsert({ where: key, create: fresh, update: {}, select: statementSummarySelect });
  await matchChunks(db, actor, statement, matchingOrder(parsed.entries));
  return resultOf(await completeStatement(db, actor, statement), false);
}
