import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { parseReceipt } from "@/lib/domain/supply-order/receipt-input";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { objectionInTime } from "@/lib/domain/bill/rules";
import { systemClock, type Clock } from "@/lib/domain/time/india";
import { notify } from "@/lib/notify/outbox";
import { assignInspection } from "@/lib/services/inspection/assign-inspection";
import { vendorUserIds } from "@/lib/services/recipients";
import { discardUploads, storeUploads, type UploadInput } from "@/lib/storage/upload";
import { lockPurchaseOrder } from "./close-purchase-order-if-done";

export type RecordReceiptForm = Record<string, unknown> & { quantities?: Record<string, string | undefined> };

/**
 * The consignee (the buying office, or the consignee office it named) records what arrived
 * (DOMAIN.md step 8): quantities per line, the day, remarks and up to three photos. The order
 * becomes RECEIVED and its post-dispatch inspection is assigned automatically in the same
 * transaction. A replacement dispatch is received the same way. Submitting the same form twice
 * (its idempotency key) records one receipt.
 */
export async function recordReceipt(
  actor: Actor | null,
  form: RecordReceiptForm,
  photos: readonly UploadInput[] = [],
  { clock = systemClock }: { clock?: Clock } = {},
): Promise<{ receiptId: string; replayed: boolean }> {
  assertCan(actor, "receipt.record");
  const id = z.uuid().safeParse(form.supplyOrderId);
  if (!id.success || !actor.officeId) throw notFound();
  const officeId = actor.officeId;
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, purchaseOrder: { OR: [{ officeId }, { consigneeOfficeId: officeId }] } },
    select: {
      id: true, number: true, status: true, deliveredAt: true, objectedOn: true, vendorId: true, purchaseOrderId: true,
      purchaseOrder: { select: { consigneeOffice: { select: { nameEn: true, nameHi: true } } } },
      lines: { orderBy: { id: "asc" }, select: { id: true, dispatchedQty: true, receivedQty: true } },
      dispatches: { orderBy: { dispatchedOn: "desc" }, take: 1, select: { dispatchedOn: true } },
    },
  });
  if (!so) throw notFound();
  const key = z.uuid().safeParse(form.idempotencyKey);
  if (key.success) {
    const earlier = await db.receipt.findUnique({ where: { idempotencyKey: key.data }, select: { id: true, supplyOrderId: true } });
    if (earlier?.supplyOrderId === so.id) return { receiptId: earlier.id, replayed: true };
  }
  const to = assertTransition(so.status, "receive", "BUYER");
  const now = clock.now();
  const parsed = parseReceipt(form, {
    now,
    dispatchedOn: so.dispatches[0]?.dispatchedOn ?? now,
    lines: so.lines.map((line) => ({ id: line.id, maxQty: line.dispatchedQty - line.receivedQty })),
  });
  if (!parsed.success) {
    // The order and its lines are two reads: a receipt committed between them makes the lines look
    // fully received. That is someone else's receipt winning — a conflict, not a form error.
    const unchanged = await db.supplyOrder.count({ where: { id: so.id, status: so.status } });
    if (unchanged === 0) throw conflict("errors.supplyOrder.invalidTransition");
    throw validationError(parsed.issues);
  }
  const input = parsed.data;
  // A receipt short of what was dispatched is the consignee's written objection (MSMED Act s.2(b)),
  // which moves the day of acceptance only when made within 15 days of delivery.
  const received = new Map(input.quantities.map((q) => [q.supplyOrderLineId, q.quantity]));
  const short = so.lines.some((line) => (received.get(line.id) ?? 0) < line.dispatchedQty - line.receivedQty);
  const deliveredOn = so.deliveredAt ?? input.receivedOn;
  const objects = short && !so.objectedOn && objectionInTime(deliveredOn, input.receivedOn);

  const stored = await storeUploads(photos, "photos");
  try {
    return await db.$transaction(async (tx) => {
      await lockPurchaseOrder(tx, so.purchaseOrderId);
      const { count } = await tx.supplyOrder.updateMany({
        where: { id: so.id, status: so.status },
        // Lateness for liquidated damages counts from the first arrival (bill/generate-bill.ts).
        data: { status: to, deliveredAt: deliveredOn, ...(objects ? { objectedOn: input.receivedOn } : {}) },
      });
      if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
      const receipt = await tx.receipt.create({
        data: {
          supplyOrderId: so.id, receivedOn: input.receivedOn, quantities: input.quantities, remarks: input.remarks || null,
          recordedById: actor.userId, idempotencyKey: input.idempotencyKey ?? null,
        },
      });
      // A short receipt settles the dispatch: what did not arrive is no longer awaited (dispatchedQty
      // comes down to what arrived; the Dispatch rows keep what the vendor declared). The vendor
      // replaces it, or the buyer closes it short or has it delivered by another vendor.
      for (const line of so.lines) {
        const arrived = received.get(line.id) ?? 0;
        const missing = line.dispatchedQty - line.receivedQty - arrived;
        if (arrived === 0 && missing === 0) continue;
        await tx.supplyOrderLine.update({
          where: { id: line.id },
          data: { receivedQty: { increment: arrived }, ...(missing > 0 ? { dispatchedQty: { decrement: missing } } : {}) },
        });
      }
      if (stored.length > 0) {
        await tx.attachment.createMany({ data: stored.map((file) => ({ ...file, uploadedById: actor.userId, receiptId: receipt.id })) });
      }
      await notify(tx, {
        event: "supplyOrder.received",
        entityId: receipt.id,
        userIds: await vendorUserIds(tx, so.vendorId),
        params: { supplyOrderNumber: so.number, consigneeName: { en: so.purchaseOrder.consigneeOffice.nameEn, hi: so.purchaseOrder.consigneeOffice.nameHi } },
        link: `/vendor/orders/${so.id}`,
      });
      await recordAudit(tx, {
        actor, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.receive", purchaseOrderId: so.purchaseOrderId,
        data: {
          from: so.status, to, receiptId: receipt.id, receivedOn: input.receivedOn.toISOString().slice(0, 10), short,
          quantities: input.quantities, photos: stored.map((f) => f.sha256),
        },
      });
      await assignInspection(tx, { supplyOrderId: so.id, kind: "POST", actor, at: now });
      return { receiptId: receipt.id, replayed: false };
    });
  } catch (error) {
    await discardUploads(stored);
    // The same form submitted twice at once: the loser (a conflict on the order, or on the key)
    // answers with the winner's receipt.
    if (input.idempotencyKey) {
      const earlier = await db.receipt.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, supplyOrderId: true } });
      if (earlier?.supplyOrderId === so.id) return { receiptId: earlier.id, replayed: true };
    }
    throw error;
  }
}
