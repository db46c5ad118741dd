/**
 * Budget moves (DOMAIN.md steps 3, 5, 10, 11), each a conditional update inside the caller's
 * transaction: placing blocks the landed value of what was allocated; a cancelled, rejected or
 * expired supply order that finds no one, or an unfulfilled line, releases its share; payment
 * moves the share from blocked to spent. The purchase order keeps the part of the head's blocked
 * amount that is its own (`PurchaseOrder.blockedPaise`), so every release is checked against it.
 */
import type { Tx } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import { paiseToRupeesString } from "@/lib/domain/money";

/**
 * What a supply order still holds against the budget: its landed value (ex-GST value + GST) at
 * allocation, less what was already released for quantity reallocated to another vendor.
 */
export function supplyOrderBlockPaise(so: { valuePaise: bigint; gstPaise: bigint; blockReleasedPaise?: bigint }): bigint {
  return so.valuePaise + so.gstPaise - (so.blockReleasedPaise ?? 0n);
}

/**
 * Blocks `amountPaise` on the head only if that much is still free (allotted − blocked − spent),
 * else BUDGET_EXCEEDED telling how much is free. The row lock serialises concurrent orders of one
 * office, so two orders can never both take the last rupee.
 */
export async function blockBudget(tx: Tx, input: { budgetHeadId: string; amountPaise: bigint }): Promise<void> {
  if (input.amountPaise <= 0n) return;
  const count = await tx.$executeRaw`
    UPDATE "BudgetHead" SET "blockedPaise" = "blockedPaise" + ${input.amountPaise}, "updatedAt" = ${new Date()}
    WHERE "id" = ${input.budgetHeadId}::uuid
      AND "allottedPaise" - "blockedPaise" - "spentPaise" >= ${input.amountPaise}`;
  if (count === 0) throw await budgetExceeded(tx, input);
}

/** The BUDGET_EXCEEDED error for a block that did not fit, telling how much is free now. */
export async function budgetExceeded(tx: Tx, input: { budgetHeadId: string; amountPaise: bigint }): Promise<AppError> {
  const head = await tx.budgetHead.findUniqueOrThrow({ where: { id: input.budgetHeadId } });
  const free = head.allottedPaise - head.blockedPaise - head.spentPaise;
  return new AppError("BUDGET_EXCEEDED", "errors.purchaseOrder.budgetExceeded", {}, {
    needed: paiseToRupeesString(input.amountPaise),
    available: paiseToRupeesString(free > 0n ? free : 0n),
  });
}

/** A purchase order blocks more (reallocation to a dearer vendor): head and order both. */
export async function blockMoreForPurchaseOrder(tx: Tx, input: { purchaseOrderId: string; amountPaise: bigint }): Promise<void> {
  if (input.amountPaise <= 0n) return;
  const po = await tx.purchaseOrder.findUniqueOrThrow({ where: { id: input.purchaseOrderId }, select: { budgetHeadId: true } });
  await blockBudget(tx, { budgetHeadId: po.budgetHeadId, amountPaise: input.amountPaise });
  await tx.purchaseOrder.update({ where: { id: input.purchaseOrderId }, data: { blockedPaise: { increment: input.amountPaise } } });
}

/** Gives back part of what a purchase order blocked (cancelled, unfulfilled, or reallocated cheaper). */
export async function releaseBudget(tx: Tx, input: { purchaseOrderId: string; amountPaise: bigint }): Promise<void> {
  await moveBlocked(tx, input.purchaseOrderId, input.amountPaise, 0n);
}

/**
 * Payment: the supply order's block (`releasePaise`, see supplyOrderBlockPaise) leaves blocked and
 * what was actually paid out (`spentPaise`: the bill with GST, less liquidated damages, plus any
 * MSMED interest) becomes spent. Spending is never refused for want of budget: the money is owed.
 */
export async function spendBudget(tx: Tx, input: { purchaseOrderId: string; releasePaise: bigint; spentPaise: bigint }): Promise<void> {
  await moveBlocked(tx, input.purchaseOrderId, input.releasePaise, input.spentPaise);
}

async function moveBlocked(tx: Tx, purchaseOrderId: string, releasePaise: bigint, spentPaise: bigint): Promise<void> {
  if (releasePaise < 0n || spentPaise < 0n) throw new RangeError("budget moves take non-negative amounts");
  if (releasePaise === 0n && spentPaise === 0n) return;
  const po = await tx.purchaseOrder.updateMany({
    where: { id: purchaseOrderId, blockedPaise: { gte: releasePaise } },
    data: { blockedPaise: { decrement: releasePaise } },
  });
  // The order's own share can only go below zero through a bug: fail loudly, roll everything back.
  if (po.count === 0) throw new Error(`purchase order ${purchaseOrderId} has less than ${releasePaise} paise blocked`);
  const { budgetHeadId } = await tx.purchaseOrder.findUniqueOrThrow({ where: { id: purchaseOrderId }, select: { budgetHeadId: true } });
  const head = await tx.budgetHead.updateMany({
    where: { id: budgetHeadId, blockedPaise: { gte: releasePaise } },
    data: { blockedPaise: { decrement: releasePaise }, spentPaise: { increment: spentPaise } },
  });
  if (head.count === 0) throw new Error(`budget head ${budgetHeadId} has less than ${releasePaise} paise blocked`);
}
