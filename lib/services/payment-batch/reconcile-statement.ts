import type { Db, Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { parseStatement, StatementError, type StatementEntry } from "@/lib/domain/payment-batch/statement";
import { notify } from "@/lib/notify/outbox";
import { vendorUserIds } from "@/lib/services/recipients";
import { billForPaymentSelect, settleBill } from "@/lib/services/payment/settle-bill";

// Matching a bank statement's lines, shared by the upload (import-statement.ts, small statements)
// and the scheduled job `statement-import` (run-statement-imports.ts, the rest). It takes its
// client from the caller and never imports lib/db, so the worker can run it.

/** Lines matched per transaction: the audit chain's lock is held from a chunk's first event to its commit. */
export const CHUNK = 100;

/**
 * Statements of at most this many lines are matched inside the upload (finance sees the outcome at
 * once); longer ones are queued for the scheduled job — 10,000 lines took 21 minutes
 * (docs/performance.md), longer than any proxy or browser waits.
 */
export const STATEMENT_SYNC_LIMIT = 200;

export type ImportResult = {
  statementId: string;
  /** The same file was uploaded before: nothing changed now. */
  replayed: boolean;
  /** Too long to match inside the upload: the scheduled job is matching it (counts are 0 until it completes). */
  queued: boolean;
  /** Lines whose matching has committed so far. */
  processedCount: number;
  /** Matching finished (counts final). */
  completed: boolean;
  lineCount: number;
  matchedCount: number;
  returnedCount: number;
  unmatchedCount: number;
  skippedCount: number;
};

type Line = { id: string; entry: StatementEntry };
export type OrderedEntry = { entry: StatementEntry; lineNo: number };

/** The statement row's columns a result or a run needs (never rawText, which may be megabytes). */
export const statementSummarySelect = {
  id: true, officeId: true, sha256: true, format: true, lineCount: true, matchedCount: true, returnedCount: true, unmatchedCount: true,
  skippedCount: true, processedCount: true, queuedAt: true, completedAt: true,
} as const;
type StatementSummary = { id: string; lineCount: number; matchedCount: number; returnedCount: number; unmatchedCount: number; skippedCount: number; processedCount: number; queuedAt: Date | null; completedAt: Date | null };

export function resultOf(s: StatementSummary, replayed: boolean): ImportResult {
  return {
    statementId: s.id, replayed, queued: s.queuedAt !== null, processedCount: s.processedCount, completed: s.completedAt !== null,
    lineCount: s.lineCount, matchedCount: s.matchedCount, returnedCount: s.returnedCount, unmatchedCount: s.unmatchedCount, skippedCount: s.skippedCount,
  };
}

/** Parses the file; a malformed one is a VALIDATION error naming the line. */
export function parseOrRefuse(text: string) {
  try {
    return parseStatement(text);
  } catch (error) {
    if (error instanceof StatementError) throw new AppError("VALIDATION", error.key, {}, error.line ? { line: error.line } : {});
    throw error;
  }
}

/**
 * The order lines are matched in — returns first: a statement that shows a payment going out and
 * coming back settles it as returned. Deterministic for a given file (a stable sort), so
 * `processedCount` names the same lines on every run.
 */
export function matchingOrder(entries: StatementEntry[]): OrderedEntry[] {
  return entries.map((entry, i) => ({ entry, lineNo: i + 1 })).sort((a, b) => Number(b.entry.credit) - Number(a.entry.credit));
}

/**
 * Matches the statement's lines from its `processedCount` on, CHUNK lines per transaction, until
 * all are done (true) or `until` (epoch ms) has passed between chunks (false: call again to go on).
 * Each chunk first moves `processedCount` on, conditional on its old value: that row lock
 * serialises runners of one statement, and a runner finding the count already moved skips to it,
 * so a chunk is matched once even if two runners meet (two uploads of the same small file).
 */
export async function matchChunks(client: Db, actor: Actor, statement: { id: string; officeId: string }, ordered: OrderedEntry[], { until }: { until?: number } = {}): Promise<boolean> {
  const { id, officeId } = statement;
  let start = (await client.bankStatement.findUniqueOrThrow({ where: { id }, select: { processedCount: true } })).processedCount;
  while (start < ordered.length) {
    if (until !== undefined && Date.now() >= until) return false;
    const from = start;
    const chunk = ordered.slice(from, from + CHUNK);
    start = await client.$transaction(async (tx) => {
      const claimed = await tx.bankStatement.updateMany({ where: { id, processedCount: from }, data: { processedCount: from + chunk.length } });
      if (claimed.count === 0) return (await tx.bankStatement.findUniqueOrThrow({ where: { id }, select: { processedCount: true } })).processedCount;
      const inserted = await tx.bankStatementLine.createManyAndReturn({
        data: chunk.map(({ entry, lineNo }) => ({
          statementId: id, officeId, lineNo, entryKey: entry.entryKey, credit: entry.credit, amountPaise: entry.amountPaise,
          valueDate: entry.valueDate, bankReference: entry.bankReference, endToEndId: entry.endToEndId, account: entry.account,
          counterpartyName: entry.counterpartyName, returnReason: entry.returnReason, status: "UNMATCHED" as const,
        })),
        skipDuplicates: true,
        select: { id: true, entryKey: true },
      });
      const byKey = new Map(chunk.map((c) => [c.entry.entryKey, c.entry]));
      for (const row of inserted) await matchLine(tx, actor, officeId, { id: row.id, entry: byKey.get(row.entryKey)! });
      return from + chunk.length;
    }, { timeout: 120_000, maxWait: 15_000 });
  }
  return true;
}

/**
 * Completes a statement whose lines are all matched: its counts, completedAt and the
 * `bankStatement.import` audit event (by `actor`, the finance officer who uploaded it). Once only:
 * a runner finding it completed already returns the row as it is.
 */
export async function completeStatement(client: Db, actor: Actor, statement: { id: string; sha256: string; format: string; lineCount: number }) {
  const counts = await client.bankStatementLine.groupBy({ by: ["status"], where: { statementId: statement.id }, _count: true });
  const count = (s: string) => counts.find((c) => c.status === s)?._count ?? 0;
  const own = counts.reduce((sum, c) => sum + c._count, 0);
  return client.$transaction(async (tx) => {
    const closed = await tx.bankStatement.updateMany({
      where: { id: statement.id, completedAt: null },
      data: {
        matchedCount: count("MATCHED"), returnedCount: count("RETURNED"), unmatchedCount: count("UNMATCHED") + count("RESOLVED"),
        skippedCount: statement.lineCount - own, completedAt: new Date(),
      },
    });
    const updated = await tx.bankStatement.findUniqueOrThrow({ where: { id: statement.id }, select: statementSummarySelect });
    if (closed.count === 0) return updated;
    await recordAudit(tx, {
      actor, entityType: "BankStatement", entityId: statement.id, action: "bankStatement.import",
      data: { sha256: statement.sha256, format: statement.format, lineCount: updated.lineCount, matched: updated.matchedCount, returned: updated.returnedCount, unmatched: updated.unmatchedCount, skipped: updated.skippedCount },
    });
    return updated;
  });
}

const openItemSelect = { id: true, status: true, billId: true, amountPaise: true, endToEndId: true, billNumber: true } as const;

/** The open batch payment a line is about: by end-to-end reference, else the one open payment of that amount to that account. */
async function findItem(tx: Tx, officeId: string, entry: StatementEntry, includeReturned: boolean) {
  if (entry.endToEndId) {
    const byRef = await tx.paymentBatchItem.findFirst({ where: { officeId, endToEndId: entry.endToEndId }, select: openItemSelect });
    if (byRef && byRef.amountPaise === entry.amountPaise && (byRef.status === "SENT" || (includeReturned && byRef.status === "RETURNED"))) {
      return { item: byRef, method: "REFERENCE" as const };
    }
  }
  if (!entry.account) return null;
  const candidates = await tx.paymentBatchItem.findMany({
    where: { officeId, status: "SENT", amountPaise: entry.amountPaise, vendorAccount: entry.account },
    select: openItemSelect, take: 2,
  });
  // Two open payments of the same amount to the same account: guessing could pay the wrong bill.
  return candidates.length === 1 ? { item: candidates[0], method: "AMOUNT_ACCOUNT" as const } : null;
}

async function matchLine(tx: Tx, actor: Actor, officeId: string, line: Line) {
  const { entry } = line;
  const found = await findItem(tx, officeId, entry, !entry.credit);
  if (!found) return;
  const { item, method } = found;
  if (entry.credit) {
    await returnItem(tx, actor, line, item, method);
    return;
  }
  if (item.status === "RETURNED") {
    // The payment went out and came back within what was imported: the debit belongs to the return.
    await tx.bankStatementLine.update({ where: { id: line.id }, data: { status: "RETURNED", matchMethod: method, batchItemId: item.id } });
    return;
  }
  await payItem(tx, actor, line, item, method);
}

/** Pays the item's bill with the line's UTR and value date; conditional on the item still being SENT. */
export async function payItem(
  tx: Tx, actor: Actor, line: Line, item: { id: string; billId: string; endToEndId: string },
  method: "REFERENCE" | "AMOUNT_ACCOUNT" | "MANUAL", resolution?: string,
) {
  const taken = await tx.paymentBatchItem.updateMany({ where: { id: item.id, status: "SENT" }, data: { status: "PAID" } });
  if (taken.count === 0) return false;
  const bill = await tx.bill.findUniqueOrThrow({ where: { id: item.billId }, select: billForPaymentSelect });
  const payment = await settleBill(tx, actor, bill, {
    from: "SENT", paidAt: line.entry.valueDate, bankReference: line.entry.bankReference, idempotencyKey: `statement-line:${line.id}`,
    via: { batchItemId: item.id, endToEndId: item.endToEndId, statementLineId: line.id, matchedBy: method },
  });
  if (!payment) throw new AppError("CONFLICT", "errors.payment.alreadyPaid");
  await tx.paymentBatchItem.update({ where: { id: item.id }, data: { paymentId: payment.paymentId } });
  await tx.bankStatementLine.update({
    where: { id: line.id },
    data: { status: method === "MANUAL" ? "RESOLVED" : "MATCHED", matchMethod: method, batchItemId: item.id, ...(resolution ? { resolution, resolvedById: actor.userId, resolvedAt: new Date() } : {}) },
  });
  await settleBatchIfDone(tx, item.id);
  return true;
}

/** The bank gave the payment back: the item RETURNED, its bill unpaid again (it may go into a new batch). */
async function returnItem(tx: Tx, actor: Actor, line: Line, item: { id: string; billId: string; endToEndId: string; amountPaise: bigint; billNumber: string }, method: "REFERENCE" | "AMOUNT_ACCOUNT") {
  const reason = line.entry.returnReason ?? "RETURNED";
  const taken = await tx.paymentBatchItem.updateMany({ where: { id: item.id, status: "SENT" }, data: { status: "RETURNED", returnReason: reason } });
  if (taken.count === 0) return; // already paid: a return of a settled payment stays UNMATCHED for finance
  const unpaid = await tx.bill.updateMany({ where: { id: item.billId, status: "SENT" }, data: { status: "PENDING" } });
  if (unpaid.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
  await tx.bankStatementLine.update({ where: { id: line.id }, data: { status: "RETURNED", matchMethod: method, batchItemId: item.id } });
  const bill = await tx.bill.findUniqueOrThrow({ where: { id: item.billId }, select: { vendorId: true, supplyOrderId: true, supplyOrder: { select: { purchaseOrderId: true } } } });
  await notify(tx, {
    event: "payment.returned", entityId: item.id, userIds: await vendorUserIds(tx, bill.vendorId),
    params: { billNumber: item.billNumber, amountPaise: item.amountPaise, reason }, link: `/vendor/dispatch/${bill.supplyOrderId}`,
  });
  await settleBatchIfDone(tx, item.id);
  await recordAudit(tx, {
    actor, entityType: "Bill", entityId: item.billId, action: "bill.return", purchaseOrderId: bill.supplyOrder.purchaseOrderId,
    data: { from: "SENT", to: "PENDING", batchItemId: item.id, endToEndId: item.endToEndId, reason, statementLineId: line.id, matchedBy: method },
  });
}

/** A batch none of whose payments is still with the bank is SETTLED. */
async function settleBatchIfDone(tx: Tx, itemId: string) {
  const { batchId } = await tx.paymentBatchItem.findUniqueOrThrow({ where: { id: itemId }, select: { batchId: true } });
  // One probe of the partial index on open items (PaymentBatchItem_open_batch_idx).
  const open = await tx.paymentBatchItem.findFirst({ where: { batchId, status: "SENT" }, select: { id: true } });
  if (!open) await tx.paymentBatch.updateMany({ where: { id: batchId, status: "SENT" }, data: { status: "SETTLED" } });
}
