import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { allowedEvents } from "@/lib/domain/supply-order/status";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { afterKeyset, decodeCursor, encodeCursor, KEYSET_ORDER } from "./cursor";
import { isUuid, PAGE_SIZE } from "./purchase-orders";

/**
 * The vendor's supply orders (its order inbox). Filtered by the actor's vendor firm; another
 * firm's order does not exist for it.
 */
const GROUPS = {
  respond: ["AWAITING_ACCEPTANCE"],
  active: ["AWAITING_PRE_INSPECTION", "PRE_INSPECTION_FAILED", "READY_TO_DISPATCH", "DISPATCHED", "RECEIVED", "REPLACEMENT_DUE", "BILLED"],
  done: ["CLOSED", "CANCELLED", "REJECTED", "EXPIRED"],
} as const satisfies Record<string, readonly SupplyOrderStatus[]>;
export type VendorOrderGroup = keyof typeof GROUPS;
export const VENDOR_ORDER_GROUPS = Object.keys(GROUPS) as VendorOrderGroup[];

function vendorOf(actor: Actor): string {
  assertCan(actor, "supplyOrder.respond");
  return actor.vendorId ?? "00000000-0000-0000-0000-000000000000";
}

/**
 * Orders to answer come first, the earliest deadline on top (what needs the vendor soonest), all
 * of them (a vendor has at most its open orders of three days here); then the chosen group, newest
 * first, a page at a time.
 */
export async function vendorInbox(actor: Actor, opts: { cursor?: string | null; group?: string | null } = {}) {
  const vendorId = vendorOf(actor);
  const group = VENDOR_ORDER_GROUPS.find((g) => g === opts.group && g !== "respond") ?? "active";
  const [toAnswer, rows] = await Promise.all([
    db.supplyOrder.findMany({
      where: { vendorId, status: "AWAITING_ACCEPTANCE" },
      orderBy: [{ acceptBy: "asc" }, { id: "asc" }],
      take: 200,
      select: listSelect,
    }),
    db.supplyOrder.findMany({
      where: { vendorId, status: { in: [...GROUPS[group]] }, ...afterKeyset(decodeCursor(opts.cursor)) },
      orderBy: KEYSET_ORDER,
      take: PAGE_SIZE + 1,
      select: listSelect,
    }),
  ]);
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { toAnswer, group, orders: page, nextCursor: more ? encodeCursor(page[page.length - 1]) : null };
}

const listSelect = {
  id: true, number: true, status: true, createdAt: true, acceptBy: true, deliverBy: true, valuePaise: true, gstPaise: true,
  purchaseOrder: { select: { number: true, office: { select: { nameEn: true, nameHi: true } }, consigneeOffice: { select: { district: { select: { nameEn: true, nameHi: true } } } } } },
  lines: { take: 2, select: { quantity: true, item: { select: { nameEn: true, nameHi: true, unit: true } } } },
} as const;

export type VendorOrderRow = Awaited<ReturnType<typeof vendorInbox>>["orders"][number];

/** One of the vendor's supply orders with everything needed to answer and fulfil it. */
export async function getVendorOrder(actor: Actor, supplyOrderId: string) {
  const vendorId = vendorOf(actor);
  if (!isUuid(supplyOrderId)) return null;
  const so = await db.supplyOrder.findFirst({
    where: { id: supplyOrderId, vendorId },
    select: {
      id: true, number: true, status: true, createdAt: true, acceptBy: true, acceptedAt: true, deliverBy: true,
      valuePaise: true, gstPaise: true, intraState: true, preInspectionRequired: true, reinspections: true,
      rejectReason: true, cancelReason: true,
      policyVersion: { select: { version: true, maxReinspections: true } },
      purchaseOrder: {
        select: {
          number: true,
          office: { select: { nameEn: true, nameHi: true } },
          consigneeOffice: { select: { nameEn: true, nameHi: true, address: true, pincode: true, district: { select: { nameEn: true, nameHi: true } } } },
        },
      },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true, quantity: true, dispatchedQty: true, receivedQty: true, acceptedQty: true, rejectedQty: true, shortClosedQty: true, reallocatedQty: true,
          unitPricePaise: true, offerPricePaise: true, gstRateBp: true, landedUnitPaise: true, allocationReason: true,
          item: { select: { code: true, nameEn: true, nameHi: true, unit: true, specs: true } },
        },
      },
      inspections: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, attempt: true, status: true, scheduledOn: true, remarks: true, inspector: { select: { user: { select: { name: true } }, agency: { select: { nameEn: true, nameHi: true } } } } } },
      bill: { select: { number: true, status: true, netPayablePaise: true, dueDate: true } },
    },
  });
  if (!so) return null;
  return { ...so, events: allowedEvents(so.status, "VENDOR") };
}

export type VendorOrder = NonNullable<Awaited<ReturnType<typeof getVendorOrder>>>;

/** How many of the vendor's supply orders sit in each inbox group (for the vendor's home). */
export async function vendorOrderCounts(actor: Actor): Promise<Record<VendorOrderGroup, number>> {
  const vendorId = vendorOf(actor);
  const byStatus = await db.supplyOrder.groupBy({ by: ["status"], where: { vendorId }, _count: { _all: true } });
  const counts = { respond: 0, active: 0, done: 0 };
  for (const row of byStatus) {
    const group = VENDOR_ORDER_GROUPS.find((g) => (GROUPS[g] as readonly SupplyOrderStatus[]).includes(row.status));
    if (group) counts[group] += row._count._all;
  }
  return counts;
}
