/**
 * Reallocation (DOMAIN.md step 5): a supply order was rejected, expired, or cancelled after
 * failed pre-dispatch inspections, and its quantities go to the next eligible vendors, inside the
 * transaction that ended it. Every vendor that already had a supply order on the same purchase
 * order line is left out (it declined, let it lapse, failed, or is already supplying what its
 * capacity and maximum allowed). The new supply orders keep the purchase order's policy version.
 * What nobody can take is marked unfulfilled on the line, its budget released and the buyer told;
 * if the new vendors are dearer and the budget head cannot cover the difference, the quantity is
 * treated the same way (no one may be awarded what the budget does not cover).
 */
import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, type AuditInput } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { lineStatusFor } from "@/lib/domain/purchase-order/status";
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { notifyRole } from "@/lib/notify/outbox";
import { allocatePurchaseLine } from "./allocate-line";
import { createSupplyOrders, landedValueOf, type AwardOnLine, type CreatedSupplyOrder } from "./create-supply-orders";
import { lockItemsForAllocation } from "./load-candidates";
import { blockMoreForPurchaseOrder, releaseBudget, supplyOrderBlockPaise } from "@/lib/services/budget/moves";
import { closePurchaseOrderIfDone, lockPurchaseOrder } from "@/lib/services/supply-order/close-purchase-order-if-done";

const REALLOCATABLE: SupplyOrderStatus[] = [SupplyOrderStatus.REJECTED, SupplyOrderStatus.EXPIRED, SupplyOrderStatus.CANCELLED];

export interface Reallocation {
  supplyOrders: CreatedSupplyOrder[];
  unfulfilled: { purchaseOrderLineId: string; quantity: number }[];
  budgetShort: boolean;
}

/**
 * Call it before your transaction's first recordAudit, and pass your own audit events as
 * `precedingAudit`: it takes the purchase order's row, the items' allocation locks, the budget
 * head's row and the supply-order counter, which placing an order takes before the (global) audit
 * lock; taken after the audit lock they could deadlock with a placement. Your events are recorded
 * first, so the chain reads "rejected, then reallocated".
 */
export async function reallocate(
  tx: Tx,
  input: {
    supplyOrderId: string;
    actor: Actor | "SYSTEM";
    at?: Date;
    precedingAudit?: readonly AuditInput[];
    /**
     * Only what the order did not deliver (the buyer's "deliver the rest"): each line's quantity
     * less what was accepted, to be delivered by `deliverBy`; only that part's block is released.
     * The order itself stays (it is billed for what it delivered).
     */
    shortfall?: { deliverBy: Date };
  },
): Promise<Reallocation> {
  const at = input.at ?? new Date();
  const old = await tx.supplyOrder.findUniqueOrThrow({
    where: { id: input.supplyOrderId },
    select: {
      id: true, number: true, status: true, valuePaise: true, gstPaise: true, blockReleasedPaise: true, purchaseOrderId: true,
      lines: { select: { id: true, quantity: true, acceptedQty: true, landedUnitPaise: true, itemId: true, purchaseOrderLineId: true } },
    },
  });
  const shortfall = input.shortfall;
  if (shortfall) {
    for (const line of old.lines) line.quantity -= line.acceptedQty;
    old.lines = old.lines.filter((line) => line.quantity > 0);
  } else if (!REALLOCATABLE.includes(old.status)) {
    throw new Error(`supply order ${old.id} is ${old.status}; only a rejected, expired or cancelled one is reallocated`);
  }
  await lockPurchaseOrder(tx, old.purchaseOrderId);
  const po = await tx.purchaseOrder.findUniqueOrThrow({
    where: { id: old.purchaseOrderId },
    select: {
      id: true, number: true, officeId: true, deliverBy: true, policyVersion: true,
      consigneeOffice: { select: { districtId: true } },
      lines: {
        where: { id: { in: old.lines.map((l) => l.purchaseOrderLineId) } },
        select: {
          id: true, quantity: true, unfulfilledQty: true, deliverBy: true,
          item: { select: { id: true, reserved: true, preDispatchInspection: true, nameEn: true, nameHi: true } },
          supplyLines: { select: { supplyOrder: { select: { vendorId: true } } } },
        },
      },
    },
  });
  const lineById = new Map(po.lines.map((l) => [l.id, l]));
  await lockItemsForAllocation(tx, old.lines.map((l) => l.itemId));

  const awards: AwardOnLine[] = [];
  const leftOver = new Map<string, number>();
  for (const soLine of old.lines) {
    const line = lineById.get(soLine.purchaseOrderLineId)!;
    const { result, candidates } = await allocatePurchaseLine(
      tx,
      {
        itemId: line.item.id, quantity: soLine.quantity, reserved: line.item.reserved, districtId: po.consigneeOffice.districtId,
        deliverBy: shortfall?.deliverBy ?? line.deliverBy, excludedVendorIds: line.supplyLines.map((s) => s.supplyOrder.vendorId),
      },
      { at, policy: po.policyVersion },
    );
    const stateOf = new Map(candidates.map((c) => [c.vendorId, c.stateCode]));
    for (const award of result.awards) {
      awards.push({ award, purchaseOrderLineId: line.id, itemId: line.item.id, preDispatchInspection: line.item.preDispatchInspection, vendorStateCode: stateOf.get(award.vendorId)! });
    }
    if (result.unfulfilledQuantity > 0) leftOver.set(line.id, (leftOver.get(line.id) ?? 0) + result.unfulfilledQuantity);
  }

  // The old order's block (or, for a shortfall, the missing part's share) is freed first, so the
  // new awards may use it.
  const blocked = supplyOrderBlockPaise(old);
  const releasePaise = shortfall
    ? [old.lines.reduce((sum, l) => sum + BigInt(l.quantity) * l.landedUnitPaise, 0n), blocked].reduce((a, b) => (a < b ? a : b))
    : blocked;
  await releaseBudget(tx, { purchaseOrderId: po.id, amountPaise: releasePaise });
  if (shortfall) await tx.supplyOrder.update({ where: { id: old.id }, data: { blockReleasedPaise: { increment: releasePaise } } });
  let budgetShort = false;
  try {
    await blockMoreForPurchaseOrder(tx, { purchaseOrderId: po.id, amountPaise: landedValueOf(awards) });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "BUDGET_EXCEEDED")) throw error;
    budgetShort = true;
    for (const { award, purchaseOrderLineId } of awards) leftOver.set(purchaseOrderLineId, (leftOver.get(purchaseOrderLineId) ?? 0) + award.quantity);
    awards.length = 0;
  }

  const created = await createSupplyOrders(tx, {
    purchaseOrderId: po.id, deliverBy: shortfall?.deliverBy ?? po.deliverBy, awards, policy: po.policyVersion, at, replacesId: old.id,
  });

  const unfulfilled = [...leftOver.entries()].map(([purchaseOrderLineId, quantity]) => ({ purchaseOrderLineId, quantity }));
  for (const { purchaseOrderLineId, quantity } of unfulfilled) {
    const line = lineById.get(purchaseOrderLineId)!;
    const unfulfilledQty = line.unfulfilledQty + quantity;
    await tx.purchaseOrderLine.update({
      where: { id: line.id },
      data: { unfulfilledQty, status: lineStatusFor(line.quantity, unfulfilledQty) },
    });
    await notifyRole(tx, "BUYER", {
      event: "purchaseOrder.lineUnfulfilled",
      entityId: `${line.id}:${old.id}`,
      params: { purchaseOrderNumber: po.number, itemName: { en: line.item.nameEn, hi: line.item.nameHi }, quantity },
      link: `/buyer/orders/${po.id}`,
    }, { officeId: po.officeId });
  }
  if (created.length > 0) {
    await notifyRole(tx, "BUYER", {
      event: "supplyOrder.reallocated",
      entityId: old.id,
      params: { supplyOrderNumber: old.number, newSupplyOrderNumbers: created.map((so) => so.number).join(", ") },
      link: `/buyer/orders/${po.id}`,
    }, { officeId: po.officeId });
  }

  for (const event of input.precedingAudit ?? []) await recordAudit(tx, event);
  await recordAudit(tx, {
    actor: "SYSTEM", entityType: "SupplyOrder", entityId: old.id, action: "supplyOrder.reallocate", purchaseOrderId: po.id,
    data: {
      after: old.status,
      triggeredBy: input.actor === "SYSTEM" ? "SYSTEM" : input.actor.role,
      to: created.map((so) => ({ number: so.number, vendorId: so.vendorId, quantity: so.quantity })),
      unfulfilled,
      budgetShort,
    },
  });
  for (const so of created) {
    await recordAudit(tx, {
      actor: "SYSTEM", entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.allocate", purchaseOrderId: po.id,
      data: { number: so.number, vendorId: so.vendorId, quantity: so.quantity, valuePaise: so.valuePaise, gstPaise: so.gstPaise, acceptBy: so.acceptBy, replaces: old.number },
    });
  }
  for (const { purchaseOrderLineId, quantity } of unfulfilled) {
    await recordAudit(tx, {
      actor: "SYSTEM", entityType: "PurchaseOrderLine", entityId: purchaseOrderLineId, action: "purchaseOrderLine.unfulfilled", purchaseOrderId: po.id,
      data: { quantity, releasedWith: old.number, budgetShort },
    });
  }
  await closePurchaseOrderIfDone(tx, po.id);
  return { supplyOrders: created, unfulfilled, budgetShort };
}
