import "server-only";
import { db } from "@/lib/db";
import type { BillStatus, PurchaseOrderStatus, SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor, type Keyset } from "./cursor";

/**
 * The open API's office endpoints (docs/api.md): an office's own purchase orders, supply orders,
 * bills and payments for a department system holding a token. `officeId` is the token's office;
 * null only for a state-wide token an ADMIN made. Another office's record is simply not found.
 * Lists are newest first, keyset-paginated; a malformed cursor is `undefined` (the route answers 400).
 */
export type OfficeScope = { officeId: string | null };

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const office = (scope: OfficeScope) => (scope.officeId ? { officeId: scope.officeId } : {});

/** "after this row" for (field desc, id asc) order. */
function after(field: string, k: Keyset | null) {
  if (!k) return {};
  return { [field]: { lte: k.createdAt }, OR: [{ [field]: { lt: k.createdAt } }, { [field]: k.createdAt, id: { gt: k.id } }] };
}

function cursorOf(cursor: string | null): Keyset | null | undefined {
  if (cursor === null || cursor === "") return null;
  return decodeCursor(cursor) ?? undefined;
}

function page<T extends { id: string }>(rows: T[], limit: number, key: (row: T) => Date) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: key(last), id: last.id }) : null };
}

const purchaseOrderSelect = {
  id: true, number: true, status: true, createdAt: true, deliverBy: true, totalPaise: true, directPurchase: true,
  consigneeOffice: { select: { code: true, nameEn: true, nameHi: true } },
  budgetHead: { select: { code: true, financialYear: true } },
  lines: { orderBy: { lineNo: "asc" as const }, take: 100, select: { lineNo: true, quantity: true, status: true, unfulfilledQty: true, item: { select: { code: true, nameEn: true, nameHi: true, unit: true } } } },
  supplyOrders: { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], take: 100, select: { id: true, number: true, status: true } },
};

type PurchaseOrderRow = {
  id: string; number: string; status: PurchaseOrderStatus; createdAt: Date; deliverBy: Date; totalPaise: bigint; directPurchase: boolean;
  consigneeOffice: { code: string; nameEn: string; nameHi: string };
  budgetHead: { code: string; financialYear: string };
  lines: { lineNo: number; quantity: number; status: string; unfulfilledQty: number; item: { code: string; nameEn: string; nameHi: string; unit: string } }[];
  supplyOrders: { id: string; number: string; status: SupplyOrderStatus }[];
};

const toPurchaseOrder = (po: PurchaseOrderRow) => ({
  id: po.id, number: po.number, status: po.status, createdAt: po.createdAt.toISOString(), deliverBy: dateOnly(po.deliverBy),
  totalPaise: po.totalPaise.toString(), directPurchase: po.directPurchase,
  consigneeOffice: po.consigneeOffice, budgetHead: po.budgetHead,
  lines: po.lines.map((l) => ({ lineNo: l.lineNo, item: l.item, quantity: l.quantity, unfulfilledQuantity: l.unfulfilledQty, status: l.status })),
  supplyOrders: po.supplyOrders,
});

export async function apiPurchaseOrders(scope: OfficeScope, opts: { cursor: string | null; limit: number; status: PurchaseOrderStatus | null }) {
  const k = cursorOf(opts.cursor);
  if (k === undefined) return undefined;
  const rows = await db.purchaseOrder.findMany({
    where: { ...office(scope), ...(opts.status ? { status: opts.status } : {}), ...after("createdAt", k) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: opts.limit + 1,
    select: purchaseOrderSelect,
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r.createdAt);
  return { purchaseOrders: items.map(toPurchaseOrder), nextCursor };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function apiPurchaseOrder(scope: OfficeScope, id: string) {
  if (!UUID.test(id)) return null;
  const po = await db.purchaseOrder.findFirst({ where: { id, ...office(scope) }, select: purchaseOrderSelect });
  return po ? toPurchaseOrder(po) : null;
}

export async function apiSupplyOrders(scope: OfficeScope, opts: { cursor: string | null; limit: number; status: SupplyOrderStatus | null }) {
  const k = cursorOf(opts.cursor);
  if (k === undefined) return undefined;
  const rows = await db.supplyOrder.findMany({
    where: { ...(scope.officeId ? { purchaseOrder: { officeId: scope.officeId } } : {}), ...(opts.status ? { status: opts.status } : {}), ...after("createdAt", k) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: opts.limit + 1,
    select: {
      id: true, number: true, status: true, createdAt: true, deliverBy: true, valuePaise: true, gstPaise: true, acceptedAt: true, deliveredAt: true,
      purchaseOrder: { select: { id: true, number: true } },
      vendor: { select: { id: true, legalName: true } },
      lines: {
        orderBy: { id: "asc" }, take: 100,
        select: { quantity: true, unitPricePaise: true, gstRateBp: true, dispatchedQty: true, receivedQty: true, acceptedQty: true, rejectedQty: true, item: { select: { code: true, nameEn: true, nameHi: true, unit: true } } },
      },
    },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r.createdAt);
  return {
    supplyOrders: items.map((so) => ({
      id: so.id, number: so.number, status: so.status, createdAt: so.createdAt.toISOString(), deliverBy: dateOnly(so.deliverBy),
      purchaseOrder: so.purchaseOrder, vendor: so.vendor,
      valuePaise: so.valuePaise.toString(), gstPaise: so.gstPaise.toString(),
      acceptedAt: so.acceptedAt?.toISOString() ?? null, deliveredAt: so.deliveredAt?.toISOString() ?? null,
      lines: so.lines.map((l) => ({
        item: l.item, quantity: l.quantity, unitPricePaise: l.unitPricePaise.toString(), gstRateBp: l.gstRateBp,
        dispatchedQuantity: l.dispatchedQty, receivedQuantity: l.receivedQty, acceptedQuantity: l.acceptedQty, rejectedQuantity: l.rejectedQty,
      })),
    })),
    nextCursor,
  };
}

export async function apiBills(scope: OfficeScope, opts: { cursor: string | null; limit: number; status: BillStatus | null }) {
  const k = cursorOf(opts.cursor);
  if (k === undefined) return undefined;
  const rows = await db.bill.findMany({
    where: { ...office(scope), ...(opts.status ? { status: opts.status } : {}), ...after("generatedAt", k) },
    orderBy: [{ generatedAt: "desc" }, { id: "asc" }],
    take: opts.limit + 1,
    select: {
      id: true, number: true, status: true, generatedAt: true, dueDate: true, acceptedOn: true,
      grossPaise: true, cgstPaise: true, sgstPaise: true, igstPaise: true, tdsCgstPaise: true, tdsSgstPaise: true, tdsIgstPaise: true,
      liquidatedDamagesPaise: true, netPayablePaise: true, weeksLate: true,
      supplyOrder: { select: { id: true, number: true, purchaseOrder: { select: { number: true } } } },
      vendor: { select: { id: true, legalName: true } },
    },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r.generatedAt);
  return {
    bills: items.map((b) => ({
      id: b.id, number: b.number, status: b.status, generatedAt: b.generatedAt.toISOString(), dueDate: dateOnly(b.dueDate), acceptedOn: dateOnly(b.acceptedOn),
      supplyOrder: { id: b.supplyOrder.id, number: b.supplyOrder.number }, purchaseOrderNumber: b.supplyOrder.purchaseOrder.number, vendor: b.vendor,
      grossPaise: b.grossPaise.toString(), cgstPaise: b.cgstPaise.toString(), sgstPaise: b.sgstPaise.toString(), igstPaise: b.igstPaise.toString(),
      gstTdsPaise: (b.tdsCgstPaise + b.tdsSgstPaise + b.tdsIgstPaise).toString(), liquidatedDamagesPaise: b.liquidatedDamagesPaise.toString(),
      netPayablePaise: b.netPayablePaise.toString(), weeksLate: b.weeksLate,
    })),
    nextCursor,
  };
}

export async function apiPayments(scope: OfficeScope, opts: { cursor: string | null; limit: number }) {
  const k = cursorOf(opts.cursor);
  if (k === undefined) return undefined;
  const rows = await db.payment.findMany({
    where: { ...(scope.officeId ? { bill: { officeId: scope.officeId } } : {}), ...after("paidAt", k) },
    orderBy: [{ paidAt: "desc" }, { id: "asc" }],
    take: opts.limit + 1,
    select: {
      id: true, bankReference: true, amountPaise: true, interestPaise: true, daysLate: true, paidAt: true,
      bill: { select: { id: true, number: true, vendor: { select: { id: true, legalName: true } } } },
    },
  });
  const { items, nextCursor } = page(rows, opts.limit, (r) => r.paidAt);
  return {
    payments: items.map((p) => ({
      id: p.id, bill: { id: p.bill.id, number: p.bill.number }, vendor: p.bill.vendor, bankReference: p.bankReference,
      amountPaise: p.amountPaise.toString(), interestPaise: p.interestPaise.toString(), daysLate: p.daysLate, paidAt: p.paidAt.toISOString(),
    })),
    nextCursor,
  };
}
