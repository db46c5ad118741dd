import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors";
import { parseStatement, StatementError, type StatementEntry } from "@/lib/domain/payment-batch/statement";
import { notify } from "@/lib/notify/outbox";
import { vendorUserIds } from "@/lib/services/recipients";
import { billForPaymentSelect, settleBill } from "@/lib/services/payment/release-payment";
import { sha256 } from "./create-payment-batch";

/** Lines matched per transaction: the audit chain's lock is held from a chunk's first event to its commit. */
const CHUNK = 100;

export type ImportResult = {
  statementId: string;
  /** The same file was imported before: nothing changed now. */
  replayed: boolean;
  lineCount: number;
  matchedCount: number;
  returnedCount: number;
  unmatchedCount: number;
  skippedCount: number;
};

type Line = { id: string; entry: StatementEntry };

/**
 * Finance uploads its bank's statement (camt.053 or CSV; docs/adr/0011-payment-batches-and-reconciliation.md). Every debit is matched to
 * an open batch payment of the office — by end-to-end reference, else by amount + beneficiary
 * account when exactly one open payment fits — and its bill is paid (the payment service: UTR,
 * value date, interest to the value date, closure, budget, notices, audit). A return sends the
 * bill back to unpaid. Whatever fits nothing stays UNMATCHED for finance to resolve by hand.
 *
 * Importing the same file again changes nothing (one statement per office and SHA-256); a line
 * already seen in an earlier statement (overlapping periods) is skipped by its entry key. Lines are
 * matched in chunks of CHUNK, one transaction each; an interrupted import is finished by uploading
 * the same file again.
 */
export async function importStatement(actor: Actor | null, input: { text: string }): Promise<ImportResult> {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) throw notFound();
  const officeId = actor.officeId;
  const digest = sha256(input.text);

  const earlier = await db.bankStatement.findUnique({ where: { officeId_sha256: { officeId, sha256: digest } } });
  if (earlier?.completedAt) return { ...summaryOf(earlier), replayed: true };

  let parsed: ReturnType<typeof parseStatement>;
  try {
    parsed = parseStatement(input.text);
  } catch (error) {
    if (error instanceof StatementError) throw new AppError("VALIDATION", error.key, {}, error.line ? { line: error.line } : {});
    throw error;
  }
  // Returns first: a statement that shows a payment going out and coming back settles it as returned.
  const ordered = parsed.entries.map((entry, i) => ({ entry, lineNo: i + 1 })).sort((a, b) => Number(b.entry.credit) - Number(a.entry.credit));

  const statement = earlier ?? await db.bankStatement.upsert({
    where: { officeId_sha256: { officeId, sha256: digest } },
    create: {
      officeId, sha256: digest, format: parsed.format, importedById: actor.userId,
      lineCount: parsed.entries.length, matchedCount: 0, returnedCount: 0, unmatchedCount: 0, skippedCount: 0,
    },
    update: {},
  });

  for (let start = 0; start < ordered.length; start += CHUNK) {
    const chunk = ordered.slice(start, start + CHUNK);
    await db.$transaction(async (tx) => {
      const inserted = await tx.bankStatementLine.createManyAndReturn({
        data: chunk.map(({ entry, lineNo }) => ({
          statementId: statement.id, officeId, lineNo, entryKey: entry.entryKey, credit: entry.credit, amountPaise: entry.amountPaise,
          valueDate: entry.valueDate, bankReference: entry.bankReference, endToEndId: entry.endToEndId, account: entry.account,
          counterpartyName: entry.counterpartyName, returnReason: entry.returnReason, status: "UNMATCHED" as const,
        })),
        skipDuplicates: true,
        select: { id: true, entryKey: true },
      });
      const byKey = new Map(chunk.map((c) => [c.entry.entryKey, c.entry]));
      for (const row of inserted) await matchLine(tx, actor, officeId, { id: row.id, entry: byKey.get(row.entryKey)! });
    }, { timeout: 120_000, maxWait: 15_000 });
  }

  const counts = await db.bankStatementLine.groupBy({ by: ["status"], where: { statementId: statement.id }, _count: true });
  const count = (s: string) => counts.find((c) => c.status === s)?._count ?? 0;
  const own = counts.reduce((sum, c) => sum + c._count, 0);
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.bankStatement.update({
      where: { id: statement.id },
      data: {
        matchedCount: count("MATCHED"), returnedCount: count("RETURNED"), unmatchedCount: count("UNMATCHED") + count("RESOLVED"),
        skippedCount: parsed.entries.length - own, completedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actor, entityType: "BankStatement", entityId: statement.id, action: "bankStatement.import",
      data: { sha256: digest, format: parsed.format, lineCount: updated.lineCount, matched: updated.matchedCount, returned: updated.returnedCount, unmatched: updated.unmatchedCount, skipped: updated.skippedCount },
    });
    return updated;
  });
  return { ...summaryOf(done), replayed: false };
}

function summaryOf(s: { id: string; lineCount: number; matchedCount: number; returnedCount: number; unmatchedCount: number; skippedCount: number }) {
  return { statementId: s.id, lineCount: s.lineCount, matchedCount: s.matchedCount, returnedCount: s.returnedCount, unmatchedCount: s.unmatchedCount, skippedCount: s.skippedCount };
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
