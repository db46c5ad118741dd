import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit, type AuditInput } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { shortfallSchema, type ShortfallDecision } from "@/lib/domain/supply-order/shortfall";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { istDate, istIsoDay, systemClock, type Clock } from "@/lib/domain/time/india";
import { notify } from "@/lib/notify/outbox";
import { reallocate } from "@/lib/services/allocation/reallocate";
import { generateBill } from "@/lib/services/bill/generate-bill";
import { vendorUserIds } from "@/lib/services/recipients";
import { lockPurchaseOrder } from "./close-purchase-order-if-done";

export type ShortfallResult = { billId: string; decision: ShortfallDecision; quantity: number; reallocatedTo: string[]; unfulfilled: number };

/**
 * The buying office decides what happens to the quantity a supply order did not deliver or had
 * rejected (DOMAIN.md step 10; lib/domain/supply-order/shortfall.ts): close it short with a reason,
 * or have the rest delivered through the normal allocation by a new date. Either way, in one
 * transaction, the order is billed for what was accepted (the objection is removed today, which is
 * its day of acceptance when the objection was made in time), each line records what was closed
 * short or reallocated, and the vendor is told. The purchase order closes only when the reallocated
 * rest, too, is delivered and paid (or found no one).
 */
export async function decideShortfall(actor: Actor | null, input: unknown, { clock = systemClock }: { clock?: Clock } = {}): Promise<ShortfallResult> {
  assertCan(actor, "receipt.record");
  const now = clock.now();
  const parsed = shortfallSchema(now).safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "supplyOrderId")) throw notFound();
    throw validationError(parsed.error.issues);
  }
  const form = parsed.data;
  if (!actor.officeId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: form.supplyOrderId, purchaseOrder: { officeId: actor.officeId } },
    select: {
      id: true, number: true, status: true, vendorId: true, purchaseOrderId: true, objectedOn: true,
      lines: { select: { id: true, quantity: true, acceptedQty: true } },
    },
  });
  if (!so) throw notFound();
  const event = form.decision === "CLOSE_SHORT" ? "deductRejected" : "deliverRest";
  const to = assertTransition(so.status, event, "BUYER");
  const quantity = so.lines.reduce((n, l) => n + l.quantity - l.acceptedQty, 0);

  return db.$transaction(async (tx) => {
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const { count } = await tx.supplyOrder.updateMany({
      where: { id: so.id, status: so.status },
      data: {
        status: to, goodsAcceptedAt: now, shortfallDecision: form.decision, shortfallReason: form.reason || null,
        ...(so.objectedOn ? { objectionRemovedOn: istDate(now) } : {}),
      },
    });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
    for (const line of so.lines) {
      const missing = line.quantity - line.acceptedQty;
      if (missing === 0) continue;
      await tx.supplyOrderLine.update({
        where: { id: line.id },
        data: form.decision === "CLOSE_SHORT" ? { shortClosedQty: missing } : { reallocatedQty: missing },
      });
    }
    const audit: AuditInput = {
      actor, entityType: "SupplyOrder", entityId: so.id, action: `supplyOrder.${event}`, purchaseOrderId: so.purchaseOrderId,
      data: {
        from: so.status, to, number: so.number, decision: form.decision, quantity, reason: form.reason || null,
        deliverBy: form.deliverBy ? istIsoDay(form.deliverBy) : null,
      },
    };
    let reallocatedTo: string[] = [];
    let unfulfilled = 0;
    if (form.deliverBy && quantity > 0) {
      // Reallocation takes its locks before the audit chain's, and records this decision first.
      const result = await reallocate(tx, { supplyOrderId: so.id, actor, at: now, precedingAudit: [audit], shortfall: { deliverBy: form.deliverBy } });
      reallocatedTo = result.supplyOrders.map((s) => s.number);
      unfulfilled = result.unfulfilled.reduce((n, u) => n + u.quantity, 0);
    } else {
      await recordAudit(tx, audit);
    }
    await notify(tx, {
      event: "supplyOrder.shortfallDecided", entityId: so.id, userIds: await vendorUserIds(tx, so.vendorId),
      params: { supplyOrderNumber: so.number, quantity, decision: form.decision, reason: form.reason },
      link: `/vendor/dispatch/${so.id}`,
    });
    // After the audit events, as everywhere else the bill counter is taken.
    const bill = await generateBill(tx, { supplyOrderId: so.id, at: now });
    return { billId: bill.id, decision: form.decision, quantity, reallocatedTo, unfulfilled };
  }, { timeout: 30_000, maxWait: 15_000 });
}
