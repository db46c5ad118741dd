import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, notFound, validationError } from "@/lib/errors";
import { issueDocument } from "@/lib/documents/issue";
import { directPurchaseAllowed } from "@/lib/domain/allocation/rank";
import { paiseToRupeesString } from "@/lib/domain/money";
import { financialYearOf } from "@/lib/domain/purchase-order/numbering";
import { placePurchaseOrderSchema, type PlacePurchaseOrderInput } from "@/lib/domain/purchase-order/input";
import { lineStatusFor } from "@/lib/domain/purchase-order/status";
import { notifyRole } from "@/lib/notify/outbox";
import { allocatePurchaseLine } from "@/lib/services/allocation/allocate-line";
import { createSupplyOrders, landedValueOf, type AwardOnLine } from "@/lib/services/allocation/create-supply-orders";
import { lockItemsForAllocation } from "@/lib/services/allocation/load-candidates";
import { blockBudget } from "@/lib/services/budget/moves";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { policyVersionInForce } from "./policy-in-force";

export interface PlacedPurchaseOrder {
  purchaseOrderId: string;
  number: string;
  /** True when the same idempotency key had already placed this order (a double submit). */
  replayed: boolean;
}

/**
 * The buyer places a purchase order (DOMAIN.md steps 3–4): in one transaction every line is
 * allocated automatically (or, below the direct-purchase limit, to the offer the buyer picked),
 * the landed value of what was allocated is blocked on the budget head, one supply order per
 * vendor is created and each vendor told. A line nobody can supply at all stops the order with an
 * error on that line; a line only partly covered is placed PARTLY_UNFULFILLED and the buyer told.
 */
export async function placePurchaseOrder(actor: Actor, input: PlacePurchaseOrderInput): Promise<PlacedPurchaseOrder> {
  assertCan(actor, "purchaseOrder.place");
  const at = new Date();
  const parsed = placePurchaseOrderSchema(at).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const order = parsed.data;
  const officeId = actor.officeId;
  if (!officeId) throw notFound();

  if (order.idempotencyKey) {
    const earlier = await findByKey(officeId, order.idempotencyKey);
    if (earlier) return earlier;
  }

  try {
    return await db.$transaction((tx) => place(tx, actor, officeId, order, at), { timeout: 30_000, maxWait: 15_000 });
  } catch (error) {
    // Two submits of one form raced: the unique key let one through; answer the other with it.
    if (order.idempotencyKey && isUniqueViolation(error)) {
      const earlier = await findByKey(officeId, order.idempotencyKey);
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function findByKey(officeId: string, idempotencyKey: string): Promise<PlacedPurchaseOrder | null> {
  const po = await db.purchaseOrder.findUnique({ where: { idempotencyKey }, select: { id: true, number: true, officeId: true } });
  // Another office's key is someone else's order: not found, as if the key were new.
  if (!po || po.officeId !== officeId) return null;
  return { purchaseOrderId: po.id, number: po.number, replayed: true };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

async function place(
  tx: Tx,
  actor: Actor,
  officeId: string,
  order: ReturnType<ReturnType<typeof placePurchaseOrderSchema>["parse"]>,
  at: Date,
): Promise<PlacedPurchaseOrder> {
  const budgetHead = await tx.budgetHead.findFirst({ where: { id: order.budgetHeadId, officeId } });
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { departmentId: true } });
  const consignee = await tx.office.findUnique({ where: { id: order.consigneeOfficeId }, select: { id: true, departmentId: true, districtId: true } });
  if (!budgetHead) throw new AppError("VALIDATION", "errors.VALIDATION", { budgetHeadId: ["errors.purchaseOrder.budgetHeadUnknown"] });
  if (budgetHead.financialYear !== financialYearOf(at)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { budgetHeadId: ["errors.purchaseOrder.budgetHeadYear"] });
  }
  // The consignee is the buying office itself or another office of its department.
  if (!consignee || (consignee.id !== officeId && consignee.departmentId !== office.departmentId)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { consigneeOfficeId: ["errors.purchaseOrder.consigneeUnknown"] });
  }

  const items = await tx.item.findMany({
    where: { id: { in: order.lines.map((l) => l.itemId) }, active: true },
    select: { id: true, reserved: true, preDispatchInspection: true },
  });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const missing = order.lines.filter((l) => !itemById.has(l.itemId));
  if (missing.length > 0) {
    throw new AppError("VALIDATION", "errors.VALIDATION", Object.fromEntries(missing.map((l) => [`item.${l.itemId}`, ["errors.purchaseOrder.itemUnavailable"]])));
  }

  const policy = await policyVersionInForce(tx, at);
  await lockItemsForAllocation(tx, order.lines.map((l) => l.itemId));

  const allocations = [];
  const lineErrors: Record<string, string[]> = {};
  for (const line of order.lines) {
    const item = itemById.get(line.itemId)!;
    const allocation = await allocatePurchaseLine(
      tx,
      { itemId: line.itemId, quantity: line.quantity, reserved: item.reserved, districtId: consignee.districtId, deliverBy: order.deliverBy, chosenOfferId: line.chosenOfferId },
      { at, policy },
    );
    if (allocation.result.awards.length === 0) lineErrors[`item.${line.itemId}`] = ["errors.purchaseOrder.noEligibleOffer"];
    allocations.push({ line, item, allocation });
  }
  if (Object.keys(lineErrors).length > 0) throw new AppError("VALIDATION", "errors.purchaseOrder.linesUnallocated", lineErrors);

  const stateOf = new Map(allocations.flatMap(({ allocation }) => allocation.candidates.map((c) => [c.vendorId, c.stateCode])));
  const awardsByLine = allocations.map(({ line, item, allocation }) =>
    allocation.result.awards.map((award) => ({ award, itemId: line.itemId, preDispatchInspection: item.preDispatchInspection, vendorStateCode: stateOf.get(award.vendorId)! })),
  );
  const totalPaise = landedValueOf(awardsByLine.flat());
  const direct = order.lines.some((l) => l.chosenOfferId);
  if (direct && !directPurchaseAllowed(totalPaise, policy)) {
    throw new AppError("VALIDATION", "errors.purchaseOrder.directPurchaseNotAllowed", {}, { limit: paiseToRupeesString(policy.directPurchaseLimitPaise), total: paiseToRupeesString(totalPaise) });
  }

  await blockBudget(tx, { budgetHeadId: budgetHead.id, amountPaise: totalPaise });
  const [number] = await nextDocumentNumbers(tx, "PO", at);
  const po = await tx.purchaseOrder.create({
    data: {
      number, officeId, consigneeOfficeId: consignee.id, budgetHeadId: budgetHead.id, placedById: actor.userId,
      policyVersionId: policy.id, deliverBy: order.deliverBy, blockedPaise: totalPaise, totalPaise,
      directPurchase: direct, idempotencyKey: order.idempotencyKey ?? null, createdAt: at,
      lines: {
        create: allocations.map(({ line, allocation }, i) => ({
          lineNo: i + 1,
          itemId: line.itemId,
          quantity: line.quantity,
          consigneeOfficeId: consignee.id,
          deliverBy: order.deliverBy,
          unfulfilledQty: allocation.result.unfulfilledQuantity,
          status: lineStatusFor(line.quantity, allocation.result.unfulfilledQuantity),
          chosenOfferId: line.chosenOfferId ?? null,
          passedOver: line.chosenOfferId ? JSON.parse(JSON.stringify(allocation.result.passedOver)) : undefined,
        })),
      },
    },
    select: { id: true, lines: { select: { id: true, lineNo: true, itemId: true, unfulfilledQty: true } } },
  });
  const lineIdOf = new Map(po.lines.map((l) => [l.itemId, l.id]));
  const awards: AwardOnLine[] = awardsByLine.flat().map((a) => ({ ...a, purchaseOrderLineId: lineIdOf.get(a.itemId)! }));
  const supplyOrders = await createSupplyOrders(tx, { purchaseOrderId: po.id, deliverBy: order.deliverBy, awards, policy, at });

  const buyerNotice = { officeId };
  await notifyRole(tx, "BUYER", {
    event: "purchaseOrder.allocated",
    entityId: po.id,
    params: { purchaseOrderNumber: number, supplyOrderCount: supplyOrders.length },
    link: `/buyer/orders/${po.id}`,
  }, buyerNotice);
  const partly = po.lines.filter((l) => l.unfulfilledQty > 0);
  const itemNames = partly.length === 0 ? [] : await tx.item.findMany({ where: { id: { in: partly.map((l) => l.itemId) } }, select: { id: true, nameEn: true, nameHi: true } });
  for (const item of itemNames) {
    const line = po.lines.find((l) => l.itemId === item.id)!;
    await notifyRole(tx, "BUYER", {
      event: "purchaseOrder.lineUnfulfilled",
      entityId: `${line.id}:placed`,
      params: { purchaseOrderNumber: number, itemName: { en: item.nameEn, hi: item.nameHi }, quantity: line.unfulfilledQty },
      link: `/buyer/orders/${po.id}`,
    }, buyerNotice);
  }

  await recordAudit(tx, {
    actor, entityType: "PurchaseOrder", entityId: po.id, action: "purchaseOrder.place", purchaseOrderId: po.id,
    data: {
      number, totalPaise, budgetHeadId: budgetHead.id, policyVersion: policy.version, directPurchase: direct,
      lines: po.lines.map((l) => ({ lineNo: l.lineNo, itemId: l.itemId, unfulfilledQty: l.unfulfilledQty })),
    },
  });
  for (const so of supplyOrders) {
    await recordAudit(tx, {
      actor: "SYSTEM", entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.allocate", purchaseOrderId: po.id,
      data: { number: so.number, vendorId: so.vendorId, quantity: so.quantity, valuePaise: so.valuePaise, gstPaise: so.gstPaise, acceptBy: so.acceptBy },
    });
  }
  await issueDocument(tx, "PURCHASE_ORDER", po.id, at);
  return { purchaseOrderId: po.id, number, replayed: false };
}
