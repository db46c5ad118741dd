import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudits, type AuditInput } from "@/lib/audit/record";
import { AppError, conflict, notFound, validationError } from "@/lib/errors";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { renderBankCsv, renderPain001, totalOf, type BatchForFile } from "@/lib/domain/payment-batch/files";
import { layoutFor } from "@/lib/domain/payment-batch/csv-layouts";
import { createPaymentBatchSchema, endToEndIdOf } from "@/lib/domain/payment-batch/input";
import { findRecipients, notificationRows, queueNotifications } from "@/lib/notify/outbox";
import { billForPaymentSelect, interestOwed } from "@/lib/services/payment/release-payment";

const DAY_MS = 86_400_000;
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export type CreatedBatch = { batchId: string; seq: bigint; itemCount: number; totalPaise: bigint };

/**
 * Finance sends due bills of its office to the bank in one batch (docs/adr/0011-payment-batches-and-reconciliation.md). Each bill gets a
 * unique end-to-end reference and is paid its net payable plus MSMED interest to the requested
 * execution date (today, IST). In one transaction: bills PENDING → SENT (all or nothing: one
 * already sent, paid or someone else's fails the batch), the batch with a copy of everything its
 * files contain (so they are reproduced byte for byte later), the vendors told, audit events.
 */
export async function createPaymentBatch(actor: Actor | null, input: unknown, now = new Date()): Promise<CreatedBatch> {
  assertCan(actor, "paymentBatch.manage");
  const parsed = createPaymentBatchSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  if (!actor.officeId) throw notFound();
  const billIds = parsed.data.billIds;

  const office = await db.office.findUniqueOrThrow({ where: { id: actor.officeId }, select: { nameEn: true, bankAccount: true, ifsc: true, bankCsvLayout: true } });
  if (!office.bankAccount || !office.ifsc) throw new AppError("VALIDATION", "errors.paymentBatch.noDebitAccount");
  const layout = layoutFor(office.bankCsvLayout);
  if (!layout) throw new AppError("VALIDATION", "errors.paymentBatch.unknownLayout");

  const bills = await db.bill.findMany({
    where: { id: { in: billIds }, officeId: actor.officeId },
    select: { ...billForPaymentSelect, vendor: { select: { legalName: true, bankAccount: true, ifsc: true, enterpriseClass: true } } },
  });
  if (bills.length !== billIds.length) throw notFound();
  if (bills.some((b) => b.status !== "PENDING")) throw conflict("errors.paymentBatch.billNotPending");
  // Most urgent first: the longest overdue accrue interest soonest.
  bills.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.number.localeCompare(b.number));
  const requestedOn = new Date(istDayNumber(now) * DAY_MS);
  const createdAt = new Date(Math.floor(now.getTime()));

  return db.$transaction(async (tx) => {
    const sent = await tx.bill.updateMany({ where: { id: { in: billIds }, officeId: actor.officeId!, status: "PENDING" }, data: { status: "SENT" } });
    if (sent.count !== billIds.length) throw conflict("errors.paymentBatch.billNotPending");

    const [{ seq }] = await tx.$queryRaw<{ seq: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"PaymentBatch"', 'seq')) AS seq`;
    const itemSeqs = await tx.$queryRaw<{ seq: bigint }[]>`
      SELECT nextval(pg_get_serial_sequence('"PaymentBatchItem"', 'seq')) AS seq FROM generate_series(1, ${bills.length}::int) ORDER BY 1`;
    const items: (BatchForFile["items"][number] & { seq: bigint; billId: string; officeId: string; interestPaise: bigint })[] = [];
    for (const [i, bill] of bills.entries()) {
      const interestPaise = await interestOwed(tx, bill, requestedOn);
      items.push({
        seq: itemSeqs[i].seq, endToEndId: endToEndIdOf(itemSeqs[i].seq), billId: bill.id, officeId: actor.officeId!,
        amountPaise: bill.netPayablePaise + interestPaise, interestPaise, billNumber: bill.number,
        vendorName: bill.vendor.legalName, vendorAccount: bill.vendor.bankAccount, vendorIfsc: bill.vendor.ifsc,
      });
    }
    const forFile: BatchForFile = {
      seq, createdAt, requestedOn, debtorName: office.nameEn, debtorAccount: office.bankAccount!, debtorIfsc: office.ifsc!, items,
    };
    const totalPaise = totalOf(items);
    const batch = await tx.paymentBatch.create({
      data: {
        seq, officeId: actor.officeId!, requestedOn, createdAt, createdById: actor.userId,
        debtorName: forFile.debtorName, debtorAccount: forFile.debtorAccount, debtorIfsc: forFile.debtorIfsc,
        csvLayout: layout, itemCount: items.length, totalPaise,
        painSha256: sha256(renderPain001(forFile)), csvSha256: sha256(renderBankCsv(forFile, layout)),
      },
      select: { id: true },
    });
    await tx.paymentBatchItem.createMany({ data: items.map((item) => ({ ...item, batchId: batch.id })) });

    const vendorIds = [...new Set(bills.map((b) => b.vendorId))];
    const recipients = await findRecipients(tx, { vendorId: { in: vendorIds }, role: "VENDOR" });
    await queueNotifications(tx, bills.flatMap((bill, i) => notificationRows(recipients.filter((r) => r.vendorId === bill.vendorId), {
      event: "payment.initiated", entityId: items[i].endToEndId,
      params: { billNumber: bill.number, amountPaise: items[i].amountPaise, endToEndId: items[i].endToEndId },
      link: `/vendor/dispatch/${bill.supplyOrder.id}`,
    }, now)));

    const events: AuditInput[] = [{
      actor, entityType: "PaymentBatch", entityId: batch.id, action: "paymentBatch.send",
      data: { seq: seq.toString(), itemCount: items.length, totalPaise, requestedOn: requestedOn.toISOString().slice(0, 10), layout: layout.name },
    }];
    bills.forEach((bill, i) => events.push({
      actor, entityType: "Bill", entityId: bill.id, action: "bill.send", purchaseOrderId: bill.supplyOrder.purchaseOrderId,
      data: { from: "PENDING", to: "SENT", batchId: batch.id, endToEndId: items[i].endToEndId, amountPaise: items[i].amountPaise, interestPaise: items[i].interestPaise },
    }));
    await recordAudits(tx, events);
    return { batchId: batch.id, seq, itemCount: items.length, totalPaise };
  }, { timeout: 120_000, maxWait: 15_000 });
}
