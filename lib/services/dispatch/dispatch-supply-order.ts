import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { parseDispatch } from "@/lib/domain/dispatch/input";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { notify } from "@/lib/notify/outbox";
import { officeUserIds } from "@/lib/services/recipients";
import { lockPurchaseOrder } from "@/lib/services/supply-order/close-purchase-order-if-done";

export type DispatchKind = "ORIGINAL" | "REPLACEMENT";

/**
 * The vendor records a dispatch (DOMAIN.md step 7) — the shared body of recordDispatch and
 * recordReplacementDispatch. The transition table decides whether it is possible: an order still
 * waiting for (or having failed) its pre-dispatch inspection cannot be dispatched, and says why.
 *
 * An original dispatch may carry up to what is still undispatched on each line; a replacement up
 * to what is still not accepted (what the post-dispatch inspection rejected). Quantities add to
 * each line's `dispatchedQty`; the buyers of the buying and consignee offices are told.
 */
export async function dispatchSupplyOrder(actor: Actor | null, kind: DispatchKind, form: Record<string, unknown>) {
  assertCan(actor, "supplyOrder.dispatch");
  const id = z.uuid().safeParse(form.supplyOrderId);
  if (!id.success || !actor.vendorId) throw notFound();
  const so = await db.supplyOrder.findFirst({
    where: { id: id.data, vendorId: actor.vendorId },
    select: {
      id: true, number: true, status: true, acceptedAt: true, createdAt: true, purchaseOrderId: true,
      vendor: { select: { legalName: true } },
      purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
      lines: { orderBy: { id: "asc" }, select: { id: true, quantity: true, dispatchedQty: true, acceptedQty: true } },
    },
  });
  if (!so) throw notFound();
  if (kind === "ORIGINAL" && (so.status === "AWAITING_PRE_INSPECTION" || so.status === "PRE_INSPECTION_FAILED")) {
    throw conflict("errors.dispatch.preInspectionRequired");
  }
  const event = kind === "ORIGINAL" ? "dispatch" : "replacementDispatch";
  const to = assertTransition(so.status, event, "VENDOR");

  const now = new Date();
  const parsed = parseDispatch(form, {
    now,
    acceptedAt: so.acceptedAt ?? so.createdAt,
    lines: so.lines.map((line) => ({
      id: line.id,
      maxQty: kind === "ORIGINAL" ? line.quantity - line.dispatchedQty : line.quantity - line.acceptedQty,
    })),
  });
  if (!parsed.success) {
    // The order and its lines are two reads: a dispatch committed between them makes the lines
    // look fully dispatched. That is someone else's dispatch winning — a conflict, not a form error.
    const unchanged = await db.supplyOrder.count({ where: { id: so.id, status: so.status } });
    if (unchanged === 0) throw conflict("errors.supplyOrder.invalidTransition");
    throw validationError(parsed.issues);
  }
  const input = parsed.data;

  return db.$transaction(async (tx) => {
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const { count } = await tx.supplyOrder.updateMany({ where: { id: so.id, status: so.status }, data: { status: to } });
    if (count === 0) throw conflict("errors.supplyOrder.invalidTransition");
    const dispatch = await tx.dispatch.create({
      data: {
        supplyOrderId: so.id, kind, dispatchedOn: input.dispatchedOn, invoiceNumber: input.invoiceNumber, invoiceDate: input.invoiceDate,
        transporter: input.transporter, docketNumber: input.docketNumber, quantities: input.quantities,
      },
    });
    for (const q of input.quantities) {
      await tx.supplyOrderLine.update({ where: { id: q.supplyOrderLineId }, data: { dispatchedQty: { increment: q.quantity } } });
    }
    await notify(tx, {
      event: "supplyOrder.dispatched", entityId: dispatch.id,
      userIds: await officeUserIds(tx, [so.purchaseOrder.officeId, so.purchaseOrder.consigneeOfficeId], "BUYER"),
      params: { supplyOrderNumber: so.number, vendorName: so.vendor.legalName, invoiceNumber: input.invoiceNumber },
      link: `/buyer/supply-orders/${so.id}`,
    });
    await recordAudit(tx, {
      actor, entityType: "SupplyOrder", entityId: so.id, action: `supplyOrder.${event}`, purchaseOrderId: so.purchaseOrderId,
      data: {
        from: so.status, to, dispatchId: dispatch.id, invoiceNumber: input.invoiceNumber, docketNumber: input.docketNumber,
        transporter: input.transporter, dispatchedOn: input.dispatchedOn.toISOString().slice(0, 10), quantities: input.quantities,
      },
    });
    return { supplyOrderId: so.id, dispatchId: dispatch.id, status: to };
  }, { timeout: 30_000, maxWait: 15_000 });
}
