import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { batchMessageId, renderBankCsv, renderPain001 } from "@/lib/domain/payment-batch/files";
import { parseStoredLayout } from "@/lib/domain/payment-batch/csv-layouts";
import { billUrgency } from "./finance";

const PAGE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Unpaid bills of the officer's office that may go into a batch, most urgent first (earliest due:
 * overdue ones accrue interest), keyset-paged by (dueDate, id) — the (officeId, status, dueDate, id) index.
 */
export async function listBatchableBills(actor: Actor, { after, take = 500, now = new Date() }: { after?: { dueDate: Date; id: string }; take?: number; now?: Date } = {}) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) return [];
  const rows = await db.bill.findMany({
    where: {
      officeId: actor.officeId, status: "PENDING",
      ...(after ? { OR: [{ dueDate: { gt: after.dueDate } }, { dueDate: after.dueDate, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take,
    select: { id: true, number: true, status: true, dueDate: true, netPayablePaise: true, vendor: { select: { legalName: true } } },
  });
  return rows.map((r) => ({ ...r, urgency: billUrgency(r, now) }));
}

/** The office's batches, newest first, keyset-paged by (createdAt, id). */
export async function listPaymentBatches(actor: Actor, { before }: { before?: { createdAt: Date; id: string } } = {}) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) return [];
  return db.paymentBatch.findMany({
    where: {
      officeId: actor.officeId,
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: { id: true, seq: true, status: true, createdAt: true, requestedOn: true, itemCount: true, totalPaise: true },
  });
}

export async function getPaymentBatch(actor: Actor, batchId: string) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId || !UUID.test(batchId)) return null;
  const batch = await db.paymentBatch.findFirst({
    where: { id: batchId, officeId: actor.officeId },
    select: {
      id: true, seq: true, status: true, createdAt: true, requestedOn: true, itemCount: true, totalPaise: true, painSha256: true, csvSha256: true,
      createdBy: { select: { name: true } },
      items: {
        orderBy: { seq: "asc" }, take: 1000,
        select: {
          id: true, endToEndId: true, status: true, amountPaise: true, interestPaise: true, billId: true, billNumber: true, vendorName: true, returnReason: true,
          payment: { select: { bankReference: true, paidAt: true, amountPaise: true } },
        },
      },
    },
  });
  return batch ? { ...batch, messageId: batchMessageId(batch.seq) } : null;
}

/**
 * A batch's payment file, rebuilt from what the batch stored: the same bytes as when it was made
 * (its SHA-256 is kept on the batch and checked here). Null when not the officer's batch.
 */
export async function paymentBatchFile(actor: Actor, batchId: string, kind: "pain001" | "csv") {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId || !UUID.test(batchId)) return null;
  const batch = await db.paymentBatch.findFirst({
    where: { id: batchId, officeId: actor.officeId },
    select: {
      seq: true, createdAt: true, requestedOn: true, debtorName: true, debtorAccount: true, debtorIfsc: true, csvLayout: true, painSha256: true, csvSha256: true,
      items: { orderBy: { seq: "asc" }, select: { endToEndId: true, amountPaise: true, billNumber: true, vendorName: true, vendorAccount: true, vendorIfsc: true } },
    },
  });
  if (!batch) return null;
  const content = kind === "pain001" ? renderPain001(batch) : renderBankCsv(batch, parseStoredLayout(batch.csvLayout));
  const { createHash } = await import("node:crypto");
  const digest = createHash("sha256").update(content, "utf8").digest("hex");
  if (digest !== (kind === "pain001" ? batch.painSha256 : batch.csvSha256)) throw new Error(`payment batch ${batchId}: ${kind} no longer reproduces`);
  const name = `${batchMessageId(batch.seq)}.${kind === "pain001" ? "xml" : "csv"}`;
  return { name, content, sha256: digest, contentType: kind === "pain001" ? "application/xml" : "text/csv" };
}

/** Statement lines finance must look at (UNMATCHED or RETURNED), oldest first, keyset by id. */
export async function listStatementLinesToResolve(actor: Actor, { status, after }: { status: "UNMATCHED" | "RETURNED"; after?: string }) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) return [];
  return db.bankStatementLine.findMany({
    where: { officeId: actor.officeId, status, ...(after && UUID.test(after) ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true, amountPaise: true, valueDate: true, bankReference: true, endToEndId: true, account: true, counterpartyName: true, returnReason: true, credit: true,
      resolution: true, batchItem: { select: { billNumber: true, endToEndId: true, vendorName: true } },
    },
  });
}

/** Open batch payments finance can match a statement line to by hand. */
export async function listOpenBatchItems(actor: Actor) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) return [];
  return db.paymentBatchItem.findMany({
    where: { officeId: actor.officeId, status: "SENT" },
    orderBy: { seq: "asc" },
    take: 200,
    select: { id: true, endToEndId: true, billNumber: true, vendorName: true, amountPaise: true },
  });
}

export async function listStatements(actor: Actor) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId) return [];
  return db.bankStatement.findMany({
    where: { officeId: actor.officeId },
    orderBy: [{ importedAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: statementListSelect,
  });
}

const statementListSelect = {
  id: true, format: true, importedAt: true, lineCount: true, matchedCount: true, returnedCount: true, unmatchedCount: true, skippedCount: true,
  completedAt: true, queuedAt: true, processedCount: true,
} as const;

/** One statement of the office, for the progress of one being reconciled in the background (statement-import job). */
export async function getStatement(actor: Actor, statementId: string) {
  assertCan(actor, "paymentBatch.manage");
  if (!actor.officeId || !UUID.test(statementId)) return null;
  return db.bankStatement.findFirst({ where: { id: statementId, officeId: actor.officeId }, select: statementListSelect });
}
