import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOCAL_STATE_CODE } from "@/lib/domain/identifiers";

/** SQL pieces and row shapes the catalogue's search (catalogue-search.ts) and plain reads (catalogue.ts) share. */

export type CatalogueOffer = {
  offerId: string;
  vendorId: string;
  vendorName: string;
  local: boolean;
  district: { en: string; hi: string };
  unitPricePaise: bigint;
  landedUnitPaise: bigint;
  minQuantity: number;
  maxQuantity: number;
  leadTimeDays: number;
};

// Today's date in India: GST rates take effect from the start of an Indian calendar day.
export const TODAY_IST = Prisma.sql`(now() AT TIME ZONE 'Asia/Kolkata')::date`;

/** Landed unit price: price + GST rounded half up to the paisa (as lib/domain/allocation/rank.ts). */
export const landed = (price: Prisma.Sql, rate: Prisma.Sql) => Prisma.sql`(${price} + (2 * ${price} * ${rate} + 10000) / 20000)`;

// The GST rate in force today for item row `itemId`.
export const currentRate = (itemId: Prisma.Sql) => Prisma.sql`(SELECT r."rateBp" FROM "ItemGstRate" r
  WHERE r."itemId" = ${itemId} AND r."effectiveFrom" <= ${TODAY_IST} ORDER BY r."effectiveFrom" DESC LIMIT 1)`;

// Offers the public may see for item row `reservedSql`: both the offer and its vendor ACTIVE, and
// only local vendors for a reserved item. The same rule keeps ItemOfferSummary (its migration).
export const visibleOffer = (reservedSql: Prisma.Sql) => Prisma.sql`o."status" = 'ACTIVE' AND v."status" = 'ACTIVE'
  AND (NOT ${reservedSql} OR v."stateCode" = ${LOCAL_STATE_CODE})`;

export type OfferRow = {
  itemId: string;
  offerId: string;
  vendorId: string;
  vendorName: string;
  stateCode: string;
  districtEn: string;
  districtHi: string;
  unitPricePaise: bigint;
  landedUnitPaise: bigint;
  minQuantity: number;
  maxQuantity: number;
  leadTimeDays: number;
  offerCount: bigint | null;
};

export function toCatalogueOffer(row: OfferRow): CatalogueOffer {
  return {
    offerId: row.offerId,
    vendorId: row.vendorId,
    vendorName: row.vendorName,
    local: row.stateCode === LOCAL_STATE_CODE,
    district: { en: row.districtEn, hi: row.districtHi },
    unitPricePaise: row.unitPricePaise,
    landedUnitPaise: row.landedUnitPaise,
    minQuantity: row.minQuantity,
    maxQuantity: row.maxQuantity,
    leadTimeDays: row.leadTimeDays,
  };
}
