import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { allowedEvents } from "@/lib/domain/supply-order/status";
import type { PurchaseOrderStatus, SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { afterKeyset, decodeCursor, encodeCursor, KEYSET_ORDER } from "./cursor";
import { loadPublicOrders } from "./public-order";
import { orderTimeline } from "./timeline";

/**
 * The buying office's purchase orders and supply orders (the buyer's single window). Every query
 * is filtered by the actor's office: an order placed by the office, or one it is the consignee of
 * (it records the receipt); anything else does not exist for them.
 */
export const PAGE_SIZE = 20;

const PO_STATUSES: readonly PurchaseOrderStatus[] = ["OPEN", "CLOSED", "CANCELLED"];

function officeOf(actor: Actor): string {
  assertCan(actor, "purchaseOrder.view");
  // A buyer or finance user always has an office; without one there is nothing to see.
  return actor.officeId ?? "00000000-0000-0000-0000-000000000000";
}

const mine = (officeId: string) => ({ OR: [{ officeId }, { consigneeOfficeId: officeId }] });

/** The office's purchase orders, newest first, optionally of one status. */
export async function listPurchaseOrders(actor: Actor, opts: { cursor?: string | null; status?: string | null } = {}) {
  const officeId = officeOf(actor);
  const status = PO_STATUSES.find((s) => s === opts.status);
  const rows = await db.purchaseOrder.findMany({
    where: { officeId, ...(status ? { status } : {}), ...afterKeyset(decodeCursor(opts.cursor)) },
    orderBy: KEYSET_ORDER,
    take: PAGE_SIZE + 1,
    select: {
      id: true, number: true, status: true, createdAt: true, deliverBy: true, totalPaise: true, directPurchase: true,
      consigneeOffice: { select: { nameEn: true, nameHi: true } },
      lines: { orderBy: { lineNo: "asc" }, take: 3, select: { quantity: true, status: true, item: { select: { nameEn: true, nameHi: true, unit: true } } } },
      _count: { select: { lines: true, supplyOrders: true } },
    },
  });
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { orders: page, nextCursor: more ? encodeCursor(page[page.length - 1]) : null };
}

export type PurchaseOrderRow = Awaited<ReturnType<typeof listPurchaseOrders>>["orders"][number];

/**
 * One purchase order for its buying or consignee office: the public record of it (its lines'
 * allocation state, every supply order with who got it and why, inspections, dispatches, bills), its
 * incidents (the buying office's) and audit timeline, and what the buyer may do to each supply order. Null when it is
 * not this office's.
 */
export async function getPurchaseOrderForBuyer(actor: Actor, purchaseOrderId: string) {
  const officeId = officeOf(actor);
  if (!isUuid(purchaseOrderId)) return null;
  const own = await db.purchaseOrder.findFirst({
    where: { id: purchaseOrderId, ...mine(officeId) },
    select: {
      id: true, officeId: true,
      incidents: { where: { officeId }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, number: true, subject: true, status: true, createdAt: true, supplyOrderId: true } },
    },
  });
  if (!own) return null;
  const [[order], timeline] = await Promise.all([loadPublicOrders([own.id]), orderTimeline(own.id)]);
  const buying = own.officeId === officeId;
  return {
    order,
    incidents: own.incidents,
    timeline,
    buying,
    actionsBySupplyOrder: Object.fromEntries(order.supplyOrders.map((so) => [so.id, buyerActions(so.status, buying)])),
  };
}

/** The buttons the buyer gets for a supply order, from the transition table. */
export function buyerActions(status: SupplyOrderStatus, buyingOffice: boolean) {
  const events = allowedEvents(status, "BUYER");
  return {
    cancel: buyingOffice && events.includes("cancel"),
    receive: events.includes("receive"),
    deductRejected: buyingOffice && events.includes("deductRejected"),
  };
}

const SO_GROUPS = {
  action: ["DISPATCHED", "REPLACEMENT_DUE"],
  waiting: ["AWAITING_ACCEPTANCE", "AWAITING_PRE_INSPECTION", "PRE_INSPECTION_FAILED", "READY_TO_DISPATCH", "RECEIVED", "BILLED"],
  done: ["CLOSED", "CANCELLED", "REJECTED", "EXPIRED"],
} as const satisfies Record<string, readonly SupplyOrderStatus[]>;
export type SupplyOrderGroup = keyof typeof SO_GROUPS;
export const SUPPLY_ORDER_GROUPS = Object.keys(SO_GROUPS) as SupplyOrderGroup[];

/** Supply orders of the office's purchase orders (and those it receives), newest first, by group. */
export async function listBuyerSupplyOrders(actor: Actor, opts: { cursor?: string | null; group?: string | null } = {}) {
  const officeId = officeOf(actor);
  const group = SUPPLY_ORDER_GROUPS.find((g) => g === opts.group);
  const rows = await db.supplyOrder.findMany({
    where: {
      purchaseOrder: mine(officeId),
      ...(group ? { status: { in: [...SO_GROUPS[group]] } } : {}),
      ...afterKeyset(decodeCursor(opts.cursor)),
    },
    orderBy: KEYSET_ORDER,
    take: PAGE_SIZE + 1,
    select: {
      id: true, number: true, status: true, createdAt: true, deliverBy: true, valuePaise: true, gstPaise: true, acceptBy: true,
      vendor: { select: { legalName: true } },
      purchaseOrder: { select: { id: true, number: true } },
      lines: { take: 2, select: { quantity: true, item: { select: { nameEn: true, nameHi: true, unit: true } } } },
    },
  });
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { supplyOrders: page, nextCursor: more ? encodeCursor(page[page.length - 1]) : null };
}

export type BuyerSupplyOrderRow = Awaited<ReturnType<typeof listBuyerSupplyOrders>>["supplyOrders"][number];

/** One supply order for its buying or consignee office, with what the buyer may do next. */
export async function getBuyerSupplyOrder(actor: Actor, supplyOrderId: string) {
  const officeId = officeOf(actor);
  if (!isUuid(supplyOrderId)) return null;
  const so = await db.supplyOrder.findFirst({
    where: { id: supplyOrderId, purchaseOrder: mine(officeId) },
    select: {
      id: true, number: true, status: true, createdAt: true, deliverBy: true, acceptBy: true, acceptedAt: true, deliveredAt: true,
      valuePaise: true, gstPaise: true, preInspectionRequired: true, rejectReason: true, cancelReason: true,
      vendor: { select: { id: true, legalName: true, mobile: true, email: true, district: { select: { nameEn: true, nameHi: true } } } },
      purchaseOrder: {
        select: {
          id: true, number: true, officeId: true,
          consigneeOffice: { select: { nameEn: true, nameHi: true, address: true, pincode: true } },
        },
      },
      replaces: { select: { id: true, number: true } },
      replacedBy: { select: { id: true, number: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true, quantity: true, dispatchedQty: true, receivedQty: true, acceptedQty: true, rejectedQty: true, shortClosedQty: true, reallocatedQty: true,
          unitPricePaise: true, gstRateBp: true, allocationReason: true,
          item: { select: { code: true, nameEn: true, nameHi: true, unit: true } },
        },
      },
      inspections: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, attempt: true, status: true, scheduledOn: true, inspectedAt: true, acceptedQty: true, rejectedQty: true, remarks: true, inspector: { select: { user: { select: { name: true } }, agency: { select: { nameEn: true, nameHi: true } } } } } },
      dispatches: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, dispatchedOn: true, invoiceNumber: true, transporter: true, docketNumber: true } },
      receipts: { orderBy: { createdAt: "asc" }, select: { id: true, receivedOn: true, remarks: true, _count: { select: { photos: true } } } },
      bill: { select: { number: true, status: true, netPayablePaise: true, dueDate: true } },
    },
  });
  if (!so) return null;
  const buying = so.purchaseOrder.officeId === officeId;
  return { ...so, buying, actions: buyerActions(so.status, buying) };
}

export type BuyerSupplyOrder = NonNullable<Awaited<ReturnType<typeof getBuyerSupplyOrder>>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
