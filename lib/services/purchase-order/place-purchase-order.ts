import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { chainEvents, lockAuditChain } from "@/lib/audit/record";
import { AppError, notFound, validationError } from "@/lib/errors";
import { purchaseOrderDocument } from "@/lib/documents/facts";
import { newDocument } from "@/lib/documents/issue";
import { directPurchaseAllowed } from "@/lib/domain/allocation/rank";
import { paiseToRupeesString } from "@/lib/domain/money";
import { financialYearOf } from "@/lib/domain/purchase-order/numbering";
import { placePurchaseOrderSchema, type PlacePurchaseOrderInput } from "@/lib/domain/purchase-order/input";
import { lineStatusFor } from "@/lib/domain/purchase-order/status";
import { uuidv7 } from "@/lib/ids";
import { insertRows } from "@/lib/insert-rows";
import { notificationRows } from "@/lib/notify/outbox";
import { rankLine } from "@/lib/services/allocation/allocate-line";
import { loadCandidatesForItems } from "@/lib/services/allocation/load-candidates";
import {
  landedValueOf, planSupplyOrders, supplyOrderNotices, supplyOrderRows, type AwardOnLine,
} from "@/lib/services/allocation/create-supply-orders";
import { budgetExceeded } from "@/lib/services/budget/moves";
import { reserveDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { isUniqueViolation } from "@/lib/services/unique-violation";
import { blockBudgetReadingRecipients, loadOrderContext } from "./order-context";

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


async function place(
  tx: Tx,
  actor: Actor,
  officeId: string,
  order: ReturnType<ReturnType<typeof placePurchaseOrderSchema>["parse"]>,
  at: Date,
): Promise<PlacedPurchaseOrder> {
  // Budget head, offices, items with their GST rates and the policy in one statement, which also
  // takes the items' allocation locks (order-context.ts).
  const context = await loadOrderContext(tx, {
    officeId, consigneeOfficeId: order.consigneeOfficeId, budgetHeadId: order.budgetHeadId, itemIds: order.lines.map((l) => l.itemId), at,
  });
  const { budgetHead, policy } = context;
  const office = context.offices.find((o) => o.id === officeId)!;
  const consignee = context.offices.find((o) => o.id === order.consigneeOfficeId);
  if (!budgetHead) throw new AppError("VALIDATION", "errors.VALIDATION", { budgetHeadId: ["errors.purchaseOrder.budgetHeadUnknown"] });
  if (budgetHead.financialYear !== financialYearOf(at)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { budgetHeadId: ["errors.purchaseOrder.budgetHeadYear"] });
  }
  // The consignee is the buying office itself or another office of its department.
  if (!consignee || (consignee.id !== officeId && consignee.departmentId !== office.departmentId)) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { consigneeOfficeId: ["errors.purchaseOrder.consigneeUnknown"] });
  }

  const itemById = new Map(context.items.map((item) => [item.id, item]));
  const missing = order.lines.filter((l) => !itemById.has(l.itemId));
  if (missing.length > 0) {
    throw new AppError("VALIDATION", "errors.VALIDATION", Object.fromEntries(missing.map((l) => [`item.${l.itemId}`, ["errors.purchaseOrder.itemUnavailable"]])));
  }
  if (context.items.some((i) => i.gstRateBp === null)) throw new AppError("CONFLICT", "errors.purchaseOrder.noGstRate");
  if (!policy) throw new AppError("UNAVAILABLE", "errors.purchaseOrder.noPolicy");

  // Every line's candidates in one statement, after the locks (a new snapshot sees what the
  // orders before this one committed); then the pure ranking, line by line.
  const candidatesOf = await loadCandidatesForItems(tx, {
    items: context.items.map((i) => ({ itemId: i.id, gstRateBp: i.gstRateBp! })), districtId: consignee.districtId, at,
  });
  const allocations = [];
  const lineErrors: Record<string, string[]> = {};
  for (const line of order.lines) {
    const item = itemById.get(line.itemId)!;
    const candidates = candidatesOf.get(line.itemId) ?? [];
    const result = rankLine(
      { quantity: line.quantity, reserved: item.reserved, districtId: consignee.districtId, deliverBy: order.deliverBy, chosenOfferId: line.chosenOfferId },
      candidates,
      { at, policy },
    );
    if (result.awards.length === 0) lineErrors[`item.${line.itemId}`] = ["errors.purchaseOrder.noEligibleOffer"];
    allocations.push({ line, item, allocation: { result, candidates } });
  }
  if (Object.keys(lineErrors).length > 0) throw new AppError("VALIDATION", "errors.purchaseOrder.linesUnallocated", lineErrors);

  const purchaseOrderId = uuidv7(at.getTime());
  const lines = allocations.map(({ line, item, allocation }, i) => ({
    id: uuidv7(at.getTime()),
    purchaseOrderId,
    lineNo: i + 1,
    itemId: line.itemId,
    quantity: line.quantity,
    consigneeOfficeId: consignee.id,
    deliverBy: order.deliverBy,
    unfulfilledQty: allocation.result.unfulfilledQuantity,
    status: lineStatusFor(line.quantity, allocation.result.unfulfilledQuantity),
    chosenOfferId: line.chosenOfferId ?? null,
    passedOver: line.chosenOfferId ? JSON.parse(JSON.stringify(allocation.result.passedOver)) : undefined,
    item,
  }));
  const stateOf = new Map(allocations.flatMap(({ allocation }) => allocation.candidates.map((c) => [c.vendorId, c.stateCode])));
  const vendorNameOf = new Map(allocations.flatMap(({ allocation }) => allocation.candidates.map((c) => [c.vendorId, c.vendorName])));
  const awards: AwardOnLine[] = allocations.flatMap(({ item, allocation }, i) =>
    allocation.result.awards.map((award) => ({
      award, purchaseOrderLineId: lines[i].id, itemId: item.id, preDispatchInspection: item.preDispatchInspection, vendorStateCode: stateOf.get(award.vendorId)!,
    })),
  );
  const totalPaise = landedValueOf(awards);
  const direct = order.lines.some((l) => l.chosenOfferId);
  // The limit is on what is ordered, not on what could be awarded: a line only partly served would
  // otherwise let a large order pass as a small one. Each line at the dearest landed price awarded on it.
  const orderedPaise = allocations.reduce(
    (sum, { line, allocation }) =>
      sum + BigInt(line.quantity) * allocation.result.awards.reduce((max, a) => (a.landedUnitPaise > max ? a.landedUnitPaise : max), 0n),
    0n,
  );
  if (direct && !directPurchaseAllowed(orderedPaise, policy)) {
    throw new AppError("VALIDATION", "errors.purchaseOrder.directPurchaseNotAllowed", {}, { limit: paiseToRupeesString(policy.directPurchaseLimitPaise), total: paiseToRupeesString(orderedPaise) });
  }

  const plans = planSupplyOrders(awards, policy, at);
  const block = { budgetHeadId: budgetHead.id, amountPaise: totalPaise };
  const { blocked, recipients } = await blockBudgetReadingRecipients(tx, { ...block, officeId, vendorIds: plans.map((p) => p.vendorId), at });
  if (!blocked) throw await budgetExceeded(tx, block);
  const buyers = recipients.filter((r) => r.role === "BUYER");
  const link = `/buyer/orders/${purchaseOrderId}`;

  // From the numbers to COMMIT every other order waits (the year's counter rows, then the audit
  // chain's lock), so everything is read and worked out before, and this stretch is three round
  // trips: the numbers, the chain's head, and one statement writing every row of the order.
  const numbers = await reserveDocumentNumbers(tx, at, { PO: 1, SO: plans.length });
  const number = numbers.PO[0];
  const supplyOrders = supplyOrderRows(plans, numbers.SO, { purchaseOrderId, deliverBy: order.deliverBy, policy, at });
  const notices = [
    ...notificationRows(buyers, { event: "purchaseOrder.allocated", entityId: purchaseOrderId, params: { purchaseOrderNumber: number, supplyOrderCount: plans.length }, link }, at),
    ...lines.filter((l) => l.unfulfilledQty > 0).flatMap((l) =>
      notificationRows(buyers, {
        event: "purchaseOrder.lineUnfulfilled",
        entityId: `${l.id}:placed`,
        params: { purchaseOrderNumber: number, itemName: { en: l.item.nameEn, hi: l.item.nameHi }, quantity: l.unfulfilledQty },
        link,
      }, at),
    ),
    ...supplyOrderNotices(supplyOrders.created, recipients, at),
  ];
  const document = newDocument("PURCHASE_ORDER", purchaseOrderId, purchaseOrderDocument({
    id: purchaseOrderId, number, createdAt: at, deliverBy: order.deliverBy, totalPaise, directPurchase: direct,
    office, consigneeOffice: consignee, budgetHead, policyVersion: policy,
    lines: lines.map((l, i) => ({
      ...l,
      awards: awards.filter((a) => a.purchaseOrderLineId === lines[i].id).map(({ award: a }) => ({
        vendorName: vendorNameOf.get(a.vendorId) ?? "",
        quantity: a.quantity, unitPricePaise: a.unitPricePaise, gstRateBp: a.gstRateBp, landedUnitPaise: a.landedUnitPaise,
      })),
    })),
  }, at), at);
  const events = chainEvents(await lockAuditChain(tx), [
    {
      actor, entityType: "PurchaseOrder", entityId: purchaseOrderId, action: "purchaseOrder.place", purchaseOrderId,
      data: {
        number, totalPaise, budgetHeadId: budgetHead.id, policyVersion: policy.version, directPurchase: direct,
        lines: lines.map((l) => ({ lineNo: l.lineNo, itemId: l.itemId, unfulfilledQty: l.unfulfilledQty })),
      },
    },
    ...supplyOrders.created.map((so) => ({
      actor: "SYSTEM" as const, entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.allocate", purchaseOrderId,
      data: { number: so.number, vendorId: so.vendorId, quantity: so.quantity, valuePaise: so.valuePaise, gstPaise: so.gstPaise, acceptBy: so.acceptBy },
    })),
    document.audit,
  ]);
  await insertRows(tx, [
    {
      table: "PurchaseOrder",
      rows: [{
        id: purchaseOrderId, number, officeId, consigneeOfficeId: consignee.id, budgetHeadId: budgetHead.id, placedById: actor.userId,
        policyVersionId: policy.id, deliverBy: order.deliverBy, blockedPaise: totalPaise, totalPaise,
        directPurchase: direct, idempotencyKey: order.idempotencyKey ?? null, createdAt: at,
      }],
    },
    { table: "PurchaseOrderLine", rows: lines.map(({ item: _item, ...line }) => line) },
    ...supplyOrders.inserts,
    { table: "Notification", rows: notices },
    { table: "Document", rows: [document.row] },
    { table: "AuditEvent", rows: events },
  ]);
  return { purchaseOrderId, number, replayed: false };
}
