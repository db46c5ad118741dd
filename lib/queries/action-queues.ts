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
