import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";

/**
 * "Needs your action": what each home page leads with, soonest deadline first (issue 15: the
 * vendor's order to accept within three days sat at the bottom of its home; the admin's home was
 * empty). Every query is filtered by the actor's scope.
 */

export type VendorAction = {
  supplyOrderId: string;
  number: string;
  status: SupplyOrderStatus;
  /** Accept by (orders to answer) or deliver by (everything else). */
  deadline: Date;
  href: string;
};

const VENDOR_ACTION_STATUSES: SupplyOrderStatus[] = ["AWAITING_ACCEPTANCE", "READY_TO_DISPATCH", "PRE_INSPECTION_FAILED", "REPLACEMENT_DUE"];

export async function vendorActionQueue(actor: Actor, limit = 20): Promise<VendorAction[]> {
  assertCan(actor, "supplyOrder.respond");
  if (!actor.vendorId) throw notFound();
  const rows = await db.supplyOrder.findMany({
    where: { vendorId: actor.vendorId, status: { in: VENDOR_ACTION_STATUSES } },
    select: { id: true, number: true, status: true, acceptBy: true, deliverBy: true },
    take: 200,
  });
  return rows
    .map((so) => ({
      supplyOrderId: so.id,
      number: so.number,
      status: so.status,
      deadline: so.status === "AWAITING_ACCEPTANCE" ? so.acceptBy : so.deliverBy,
      href: so.status === "AWAITING_ACCEPTANCE" ? `/vendor/orders/${so.id}` : `/vendor/dispatch/${so.id}`,
    }))
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.number.localeCompare(b.number))
    .slice(0, limit);
}

export type AdminWork = {
  pendingVendors: number;
  oldestPendingVendorAt: Date | null;
  deadNotifications: number;
  /** Incidents not yet decided (open, answered or escalated): the department decides them. */
  openIncidents: number;
  /** Buyers' requests for items nobody serves in their district, by item and district, most asked first. */
  demand: { itemId: string; code: string; nameEn: string; nameHi: string; districtId: number; districtEn: string; districtHi: string; offices: number; quantity: number }[];
};

export async function adminWorkQueue(actor: Actor): Promise<AdminWork> {
  assertCan(actor, "vendor.review");
  const [pendingVendors, oldest, deadNotifications, openIncidents, demandRows] = await Promise.all([
    db.vendor.count({ where: { status: "PENDING" } }),
    db.vendor.findFirst({ where: { status: "PENDING" }, orderBy: { registeredAt: "asc" }, select: { registeredAt: true } }),
    db.notification.count({ where: { status: "DEAD" } }),
    db.incident.count({ where: { status: { in: ["OPEN", "RESPONDED", "ESCALATED"] } } }),
    db.itemDemand.groupBy({ by: ["itemId", "districtId"], _count: { _all: true }, _sum: { quantity: true }, orderBy: { _count: { itemId: "desc" } }, take: 20 }),
  ]);
  const [items, districts] = await Promise.all([
    db.item.findMany({ where: { id: { in: demandRows.map((d) => d.itemId) } }, select: { id: true, code: true, nameEn: true, nameHi: true } }),
    db.district.findMany({ where: { id: { in: demandRows.map((d) => d.districtId) } }, select: { id: true, nameEn: true, nameHi: true } }),
  ]);
  const demand = demandRows.flatMap((d) => {
    const item = items.find((i) => i.id === d.itemId);
    const district = districts.find((x) => x.id === d.districtId);
    if (!item || !district) return [];
    return [{
      itemId: item.id, code: item.code, nameEn: item.nameEn, nameHi: item.nameHi,
      districtId: district.id, districtEn: district.nameEn, districtHi: district.nameHi,
      offices: d._count._all, quantity: d._sum.quantity ?? 0,
    }];
  });
  return { pendingVendors, oldestPendingVendorAt: oldest?.registeredAt ?? null, deadNotifications, openIncidents, demand };
}

export type FinanceAction =
  | {
      kind: "bill";
      /** A payment of this bill came back from the bank: it must be paid again. */
      returned: boolean;
      returnReason: string | null;
      billId: string;
      number: string;
      supplyOrderNumber: string;
      vendorName: string;
      netPayablePaise: bigint;
      /** The MSMED due date (45 days from acceptance at most); after it, interest accrues daily. */
      deadline: Date;
      href: string;
    }
  | {
      kind: "batch";
      batchId: string;
      /** Payments of the batch the bank statement has not yet confirmed. */
      openItems: number;
      totalPaise: bigint;
      /** The execution date the bank was asked for: its statement should show the payments by then. */
      deadline: Date;
      href: string;
    };

/**
 * The finance officer's work, soonest deadline first: unpaid bills by their MSMED due date (an
 * overdue one accrues interest every day), bills whose payment came back from the bank, and
 * payment batches still waiting for the statement that confirms them. The officer's office only.
 */
export async function financeActionQueue(actor: Actor, limit = 20): Promise<FinanceAction[]> {
  assertCan(actor, "bill.view");
  if (!actor.officeId) return [];
  const billSelect = {
    id: true, number: true, dueDate: true, netPayablePaise: true,
    vendor: { select: { legalName: true } },
    supplyOrder: { select: { number: true } },
    batchItems: { where: { status: "RETURNED" as const }, orderBy: { seq: "desc" as const }, take: 1, select: { returnReason: true } },
  };
  const [due, returned, batches] = await Promise.all([
    db.bill.findMany({ where: { officeId: actor.officeId, status: "PENDING" }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: limit, select: billSelect }),
    // A returned payment is work whatever its due date: looked for apart, so a far due date does not hide it.
    db.bill.findMany({
      where: { officeId: actor.officeId, status: "PENDING", batchItems: { some: { status: "RETURNED" } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: limit, select: billSelect,
    }),
    db.paymentBatch.findMany({
      where: { officeId: actor.officeId, status: "SENT" },
      orderBy: [{ requestedOn: "asc" }, { id: "asc" }], take: limit,
      select: { id: true, requestedOn: true, totalPaise: true, _count: { select: { items: { where: { status: "SENT" } } } } },
    }),
  ]);
  const bills = new Map([...due, ...returned].map((b) => [b.id, b]));
  const actions: FinanceAction[] = [
    ...[...bills.values()].map((b): FinanceAction => ({
      kind: "bill", returned: b.batchItems.length > 0, returnReason: b.batchItems[0]?.returnReason ?? null,
      billId: b.id, number: b.number, supplyOrderNumber: b.supplyOrder.number, vendorName: b.vendor.legalName,
      netPayablePaise: b.netPayablePaise, deadline: b.dueDate, href: `/finance/bills/${b.id}`,
    })),
    ...batches.map((b): FinanceAction => ({
      kind: "batch", batchId: b.id, openItems: b._count.items, totalPaise: b.totalPaise, deadline: b.requestedOn, href: `/finance/batches/${b.id}`,
    })),
  ];
  const key = (a: FinanceAction) => (a.kind === "bill" ? a.number : a.batchId);
  return actions.sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || key(a).localeCompare(key(b))).slice(0, limit);
}
