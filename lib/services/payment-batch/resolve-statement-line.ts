import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { resolveStatementLineSchema } from "@/lib/domain/payment-batch/input";
import { payItem } from "./import-statement";

/**
 * Finance settles by hand what the statement import could not (docs/adr/0011-payment-batches-and-reconciliation.md), always with a
 * reason, audited: an UNMATCHED debit is matched to an open batch payment (its bill is paid with
 * the line's UTR and value date) or dismissed (not a Manak payment); a RETURNED line is
 * acknowledged (its bill is already unpaid again). Conditional on the line's status: two officers
 * resolving the same line at once → one wins, the other gets CONFLICT.
 */
export async function resolveStatementLine(actor: Actor | null, input: unknown): Promise<{ lineId: string }> {
  assertCan(actor, "paymentBatch.manage");
  const parsed = resolveStatementLineSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  if (!actor.officeId) throw notFound();
  const officeId = actor.officeId;
  const data = parsed.data;
  const line = await db.bankStatementLine.findFirst({ where: { id: data.lineId, officeId } });
  if (!line) throw notFound();
  if (line.status !== "UNMATCHED" && line.status !== "RETURNED") throw conflict("errors.statement.alreadyResolved");
  if (data.action === "match" && (line.status !== "UNMATCHED" || line.credit)) throw conflict("errors.statement.cannotMatch");

  await db.$transaction(async (tx) => {
    if (data.action === "match") {
      const item = await tx.paymentBatchItem.findFirst({ where: { id: data.batchItemId, officeId }, select: { id: true, billId: true, endToEndId: true } });
      if (!item) throw notFound();
      const claimed = await tx.bankStatementLine.updateMany({ where: { id: line.id, status: "UNMATCHED" }, data: { status: "RESOLVED" } });
      if (claimed.count === 0) throw conflict("errors.statement.alreadyResolved");
      const entry = {
        entryKey: line.entryKey, credit: line.credit, amountPaise: line.amountPaise, valueDate: line.valueDate, bankReference: line.bankReference,
        endToEndId: line.endToEndId, account: line.account, counterpartyName: line.counterpartyName, returnReason: line.returnReason,
      };
      const paid = await payItem(tx, actor, { id: line.id, entry }, item, "MANUAL", data.reason);
      if (!paid) throw conflict("errors.statement.paymentNotOpen");
    } else {
      const done = await tx.bankStatementLine.updateMany({
        where: { id: line.id, status: line.status },
        data: { status: "RESOLVED", resolution: data.reason, resolvedById: actor.userId, resolvedAt: new Date() },
      });
      if (done.count === 0) throw conflict("errors.statement.alreadyResolved");
    }
    await recordAudit(tx, {
      actor, entityType: "BankStatementLine", entityId: line.id, action: `bankStatementLine.${data.action === "match" ? "match" : "resolve"}`,
      data: { from: line.status, to: "RESOLVED", reason: data.reason, ...(data.action === "match" ? { batchItemId: data.batchItemId } : {}) },
    });
  }, { timeout: 30_000, maxWait: 15_000 });
  return { lineId: line.id };
}
