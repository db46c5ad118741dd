import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/prisma-client";
import { LOCAL_STATE_CODE } from "@/lib/domain/identifiers";
import type { OfferTerms } from "@/lib/domain/catalogue/offer";

/** The actor's own firm, which must be ACTIVE to list or change offers. */
export async function activeVendorOf(actor: Actor) {
  if (!actor.vendorId) throw notFound();
  const vendor = await db.vendor.findUnique({ where: { id: actor.vendorId }, select: { id: true, status: true, stateCode: true } });
  if (!vendor) throw notFound();
  if (vendor.status !== "ACTIVE") throw new AppError("FORBIDDEN", "errors.offer.vendorNotActive", {}, { status: vendor.status });
  return vendor;
}

/**
 * The item may be offered by this vendor: it exists and is active, and a reserved item is open
 * only to local vendors (GSTIN state code 22) — DOMAIN.md step 3.
 */
export async function assertOfferable(itemId: string, vendor: { stateCode: string }) {
  const item = await db.item.findUnique({ where: { id: itemId }, select: { id: true, active: true, reserved: true } });
  if (!item?.active) throw new AppError("VALIDATION", "errors.VALIDATION", { itemId: ["errors.offer.item"] });
  if (item.reserved && vendor.stateCode !== LOCAL_STATE_CODE) {
    throw new AppError("VALIDATION", "errors.offer.reservedNonLocal", { itemId: ["errors.offer.reservedNonLocal"] });
  }
  return item;
}

/** The districts an offer serves: all of them, or the chosen ones (which must exist). */
export async function servedDistrictIds(terms: OfferTerms): Promise<number[]> {
  const districts = await db.district.findMany({
    where: terms.allDistricts ? {} : { id: { in: terms.districtIds } },
    select: { id: true },
  });
  if (!terms.allDistricts && districts.length !== terms.districtIds.length) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { districtIds: ["errors.offer.districts"] });
  }
  return districts.map((d) => d.id);
}

/** The columns of Offer that the terms set. */
export function offerColumns(terms: OfferTerms) {
  return {
    unitPricePaise: terms.unitPrice,
    minQuantity: terms.minQuantity,
    maxQuantity: terms.maxQuantity,
    monthlyCapacity: terms.monthlyCapacity,
    leadTimeDays: terms.leadTimeDays,
    matchesL1: terms.matchesL1,
  };
}

/**
 * Price history: the current price row is closed and a new one opened, never overwritten, so
 * what an earlier order was priced at stays on record. No-op when the price did not change.
 */
export async function recordPriceChange(tx: Tx, offerId: string, from: bigint | null, to: bigint, at: Date) {
  if (from === to) return;
  await tx.offerPrice.updateMany({ where: { offerId, effectiveTo: null }, data: { effectiveTo: at } });
  await tx.offerPrice.create({ data: { offerId, unitPricePaise: to, effectiveFrom: at } });
}

/** Makes the offer serve exactly `districtIds`. */
export async function setServedDistricts(tx: Tx, offerId: string, districtIds: number[]) {
  await tx.offerDistrict.deleteMany({ where: { offerId, districtId: { notIn: districtIds } } });
  await tx.offerDistrict.createMany({ data: districtIds.map((districtId) => ({ offerId, districtId })), skipDuplicates: true });
}

/** Locks the offer row for the rest of the transaction, so two edits apply one after the other. */
export async function lockOffer(tx: Tx, offerId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Offer" WHERE "id" = ${offerId}::uuid FOR UPDATE`;
  return tx.offer.findUniqueOrThrow({ where: { id: offerId }, select: { status: true, unitPricePaise: true } });
}
