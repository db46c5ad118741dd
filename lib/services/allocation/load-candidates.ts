/**
 * Loads what the pure ranking (lib/domain/allocation/rank.ts) needs for one item delivered to one
 * district: the offers, their vendors, capacity left this month and the rotation figure.
 *
 * Offers that are withdrawn, whose vendor is not ACTIVE, or that do not serve the consignee's
 * district are left out in SQL: at 10⁶ offers an item can have thousands, and those three are
 * never eligible. The remaining rules (local vendor, lead time, capacity, minimum, declined) are
 * the ranking's to apply and to count in the public reason.
 */
import type { Tx } from "@/lib/prisma-client";
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import type { CandidateOffer } from "@/lib/domain/allocation/rank";
import { AppError } from "@/lib/errors";

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;

/** Declined or never started: what a vendor was offered but is not supplying uses no capacity. */
const NOT_AWARDED: SupplyOrderStatus[] = [SupplyOrderStatus.REJECTED, SupplyOrderStatus.EXPIRED];
const NOT_SUPPLYING: SupplyOrderStatus[] = [...NOT_AWARDED, SupplyOrderStatus.CANCELLED];

// Allocation of an item is serialised (per item, for the rest of the transaction) so two orders
// cannot both count the same capacity as free. The two-key form keeps clear of the audit lock's key.
const ITEM_LOCK_NAMESPACE = 7_202_612;

/** Takes the allocation locks of these items, in a fixed order so two transactions never deadlock. */
export async function lockItemsForAllocation(tx: Tx, itemIds: readonly string[]): Promise<void> {
  for (const itemId of [...new Set(itemIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ITEM_LOCK_NAMESPACE}::int, hashtext(${itemId}))`;
  }
}

/** 00:00 IST on the first of `at`'s month in India. */
export function istMonthStart(at: Date): Date {
  const ist = new Date(at.getTime() + IST_OFFSET_MS);
  return new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth(), 1) - IST_OFFSET_MS);
}

/** The item's GST rate in force at `at` (the latest rate whose effective date has come). */
export async function gstRateInForce(tx: Tx, itemId: string, at: Date): Promise<number> {
  const rate = await tx.itemGstRate.findFirst({
    where: { itemId, effectiveFrom: { lte: at } },
    orderBy: { effectiveFrom: "desc" },
    select: { rateBp: true },
  });
  if (!rate) throw new AppError("CONFLICT", "errors.purchaseOrder.noGstRate");
  return rate.rateBp;
}

export async function loadCandidates(
  tx: Tx,
  input: { itemId: string; districtId: number; gstRateBp: number; at: Date },
): Promise<CandidateOffer[]> {
  const offers = await tx.offer.findMany({
    where: {
      itemId: input.itemId,
      status: "ACTIVE",
      vendor: { status: "ACTIVE" },
      districts: { some: { districtId: input.districtId } },
    },
    select: {
      id: true, vendorId: true, unitPricePaise: true, minQuantity: true, maxQuantity: true,
      monthlyCapacity: true, leadTimeDays: true, matchesL1: true, status: true,
      vendor: { select: { legalName: true, status: true, stateCode: true, registeredAt: true } },
    },
  });
  if (offers.length === 0) return [];
  const offerIds = offers.map((o) => o.id);
  const vendorIds = [...new Set(offers.map((o) => o.vendorId))];

  // One after the other: queries on a transaction's single connection cannot overlap.
  const usedThisMonth = await tx.supplyOrderLine.groupBy({
    by: ["offerId"],
    where: {
      offerId: { in: offerIds },
      supplyOrder: { createdAt: { gte: istMonthStart(input.at) }, status: { notIn: NOT_SUPPLYING } },
    },
    _sum: { quantity: true },
  });
  const awarded90 = await tx.supplyOrder.groupBy({
    by: ["vendorId"],
    where: {
      vendorId: { in: vendorIds },
      createdAt: { gte: new Date(input.at.getTime() - 90 * DAY_MS) },
      status: { notIn: NOT_AWARDED },
    },
    _sum: { valuePaise: true },
  });
  const used = new Map(usedThisMonth.map((row) => [row.offerId, row._sum.quantity ?? 0]));
  const rotation = new Map(awarded90.map((row) => [row.vendorId, row._sum.valuePaise ?? 0n]));

  return offers.map((offer) => ({
    offerId: offer.id,
    offerStatus: offer.status,
    vendorId: offer.vendorId,
    vendorName: offer.vendor.legalName,
    vendorStatus: offer.vendor.status,
    stateCode: offer.vendor.stateCode,
    registeredAt: offer.vendor.registeredAt,
    // Loaded only when it serves the district (above).
    districtsServed: [input.districtId],
    unitPricePaise: offer.unitPricePaise,
    gstRateBp: input.gstRateBp,
    minQuantity: offer.minQuantity,
    maxQuantity: offer.maxQuantity,
    capacityLeft: Math.max(0, offer.monthlyCapacity - (used.get(offer.id) ?? 0)),
    leadTimeDays: offer.leadTimeDays,
    matchesL1: offer.matchesL1,
    awardedLast90DaysPaise: rotation.get(offer.vendorId) ?? 0n,
  }));
}
