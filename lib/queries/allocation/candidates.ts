/**
 * Loads what the pure ranking (lib/domain/allocation/rank.ts) needs for one item delivered to one
 * district: the offers, their vendors, capacity left this month and the rotation figure.
 *
 * Offers that are withdrawn, whose vendor is not ACTIVE or is barred by a suspension or debarment
 * in force at `at` (lib/domain/penalty/rules.ts isBarred; index VendorPenalty_vendorId_kind_endsAt_idx),
 * or that do not serve the consignee's district are left out in SQL: at 10⁶ offers an item can have
 * thousands, and those are never eligible. Supply orders the barred vendor already holds continue. The remaining rules (local vendor, lead time, capacity, minimum, declined) are
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
export const ITEM_LOCK_NAMESPACE = 7_202_612;

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

/**
 * One statement: every offer that can serve, with its vendor, the capacity it has used this month
 * and its vendor's awards in the last 90 days (both read through indexes per offer / vendor).
 */
export async function loadCandidates(
  tx: Tx,
  input: { itemId: string; districtId: number; gstRateBp: number; at: Date },
): Promise<CandidateOffer[]> {
  const byItem = await loadCandidatesForItems(tx, { items: [{ itemId: input.itemId, gstRateBp: input.gstRateBp }], districtId: input.districtId, at: input.at });
  return byItem.get(input.itemId.toLowerCase()) ?? [];
}

/** loadCandidates for several items delivered to one district (an order's lines), still one statement; keyed by lower-case item id. */
export async function loadCandidatesForItems(
  tx: Tx,
  input: { items: readonly { itemId: string; gstRateBp: number }[]; districtId: number; at: Date },
): Promise<Map<string, CandidateOffer[]>> {
  const gstRateOf = new Map(input.items.map((i) => [i.itemId.toLowerCase(), i.gstRateBp]));
  const rows = await tx.$queryRaw<CandidateRow[]>`
    SELECT o."itemId"::text AS "itemId", o.id AS "offerId", o.status::text AS "offerStatus", o."vendorId", v."legalName" AS "vendorName",
           v.status::text AS "vendorStatus", v."stateCode", v."enterpriseClass"::text AS "enterpriseClass", v."registeredAt", o."unitPricePaise", o."minQuantity",
           o."maxQuantity", o."monthlyCapacity", o."leadTimeDays", o."matchesL1",
           (SELECT coalesce(sum(l.quantity), 0)::int
              FROM "SupplyOrderLine" l JOIN "SupplyOrder" so ON so.id = l."supplyOrderId"
             WHERE l."offerId" = o.id AND so."createdAt" >= ${istMonthStart(input.at)}::timestamp
               AND so.status::text <> ALL(${NOT_SUPPLYING}::text[])) AS "usedThisMonth",
           (SELECT coalesce(sum(so."valuePaise"), 0)::bigint
              FROM "SupplyOrder" so
             WHERE so."vendorId" = o."vendorId" AND so."createdAt" >= ${new Date(input.at.getTime() - 90 * DAY_MS)}::timestamp
               AND so.status::text <> ALL(${NOT_AWARDED}::text[])) AS "awardedLast90DaysPaise"
      FROM "Offer" o JOIN "Vendor" v ON v.id = o."vendorId"
     WHERE o."itemId" = ANY(${[...gstRateOf.keys()]}::uuid[]) AND o.status = 'ACTIVE' AND v.status = 'ACTIVE'
       AND EXISTS (SELECT 1 FROM "OfferDistrict" d WHERE d."offerId" = o.id AND d."districtId" = ${input.districtId})
       AND NOT EXISTS (SELECT 1 FROM "VendorPenalty" p
                        WHERE p."vendorId" = o."vendorId" AND p.kind IN ('SUSPENSION', 'DEBARMENT')
                          AND p."endsAt" > ${input.at}::timestamp AND p."startsAt" <= ${input.at}::timestamp
                          AND (p."revokedAt" IS NULL OR p."revokedAt" > ${input.at}::timestamp))`;

  const byItem = new Map<string, CandidateOffer[]>([...gstRateOf.keys()].map((id) => [id, []]));
  for (const { itemId, usedThisMonth, monthlyCapacity, ...offer } of rows) {
    byItem.get(itemId)!.push({
      ...offer,
      // Loaded only when it serves the district (above).
      districtsServed: [input.districtId],
      gstRateBp: gstRateOf.get(itemId)!,
      capacityLeft: Math.max(0, monthlyCapacity - usedThisMonth),
    });
  }
  return byItem;
}

type CandidateRow = Omit<CandidateOffer, "districtsServed" | "gstRateBp" | "capacityLeft"> & { itemId: string; monthlyCapacity: number; usedThisMonth: number };
