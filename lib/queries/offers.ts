import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { OfferStatus } from "@/lib/generated/prisma/enums";
import { landedUnitPaise } from "@/lib/domain/allocation/rank";
import { istToday } from "@/lib/domain/catalogue/item";

export const OWN_OFFERS_PAGE_SIZE = 20;

// GST rates take effect from the start of an Indian calendar day; a DATE column holds it as UTC midnight.
const todayIst = () => new Date(`${istToday(new Date())}T00:00:00Z`);

/** The GST rate in force today for each item (null if an item's first rate starts later). */
async function currentGstRates(itemIds: string[]): Promise<Map<string, number>> {
  const rates = await db.itemGstRate.findMany({
    where: { itemId: { in: itemIds }, effectiveFrom: { lte: todayIst() } },
    orderBy: [{ itemId: "asc" }, { effectiveFrom: "desc" }],
    distinct: ["itemId"],
    select: { itemId: true, rateBp: true },
  });
  return new Map(rates.map((r) => [r.itemId, r.rateBp]));
}

type Cursor = { createdAt: Date; id: string };
const encode = (c: Cursor) => Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString("base64url");
function decode(value: string | null | undefined): Cursor | null {
  if (!value) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    const createdAt = new Date(at);
    return Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id) ? null : { createdAt, id };
  } catch {
    return null;
  }
}

export type OwnOfferRow = {
  id: string;
  status: OfferStatus;
  item: { id: string; code: string; nameEn: string; nameHi: string; unit: string; reserved: boolean };
  unitPricePaise: bigint;
  landedUnitPaise: bigint | null;
  minQuantity: number;
  maxQuantity: number;
  monthlyCapacity: number;
  leadTimeDays: number;
  districtCount: number;
};

/** The signed-in vendor's offers, newest first, keyset-paginated. */
export async function listOwnOffers(actor: Actor, cursor?: string | null) {
  if (!actor.vendorId) throw notFound();
  const after = decode(cursor);
  const rows = await db.offer.findMany({
    where: {
      vendorId: actor.vendorId,
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OWN_OFFERS_PAGE_SIZE + 1,
    select: {
      id: true, status: true, unitPricePaise: true, minQuantity: true, maxQuantity: true, monthlyCapacity: true, leadTimeDays: true,
      createdAt: true,
      item: { select: { id: true, code: true, nameEn: true, nameHi: true, unit: true, reserved: true } },
      _count: { select: { districts: true } },
    },
  });
  const page = rows.slice(0, OWN_OFFERS_PAGE_SIZE);
  const rates = await currentGstRates(page.map((o) => o.item.id));
  const offers: OwnOfferRow[] = page.map(({ _count, createdAt: _createdAt, ...offer }) => {
    const rate = rates.get(offer.item.id);
    return { ...offer, landedUnitPaise: rate === undefined ? null : landedUnitPaise(offer.unitPricePaise, rate), districtCount: _count.districts };
  });
  const last = page.at(-1);
  return { offers, nextCursor: rows.length > OWN_OFFERS_PAGE_SIZE && last ? encode(last) : null };
}

/** One of the vendor's own offers with its districts and price history; another's is not found. */
export async function getOwnOffer(actor: Actor, offerId: string) {
  if (!actor.vendorId || !/^[0-9a-f-]{36}$/i.test(offerId)) throw notFound();
  const offer = await db.offer.findFirst({
    where: { id: offerId, vendorId: actor.vendorId },
    select: {
      id: true, status: true, unitPricePaise: true, minQuantity: true, maxQuantity: true, monthlyCapacity: true, leadTimeDays: true,
      matchesL1: true,
      item: { select: { id: true, code: true, nameEn: true, nameHi: true, unit: true, reserved: true } },
      districts: { select: { districtId: true } },
      prices: { orderBy: { effectiveFrom: "desc" }, take: 20, select: { id: true, unitPricePaise: true, effectiveFrom: true, effectiveTo: true } },
    },
  });
  if (!offer) throw notFound();
  const rate = (await currentGstRates([offer.item.id])).get(offer.item.id) ?? null;
  return { ...offer, districtIds: offer.districts.map((d) => d.districtId), gstRateBp: rate };
}

/** An item a vendor may pick for a new offer, with whether it already has one for it. */
export async function getItemToOffer(actor: Actor, itemId: string) {
  if (!actor.vendorId || !/^[0-9a-f-]{36}$/i.test(itemId)) return null;
  const item = await db.item.findFirst({
    where: { id: itemId, active: true },
    select: { id: true, code: true, nameEn: true, nameHi: true, unit: true, reserved: true, hsn: true },
  });
  if (!item) return null;
  const [rates, existing] = await Promise.all([
    currentGstRates([item.id]),
    db.offer.findUnique({ where: { vendorId_itemId: { vendorId: actor.vendorId, itemId } }, select: { id: true, status: true } }),
  ]);
  return { ...item, gstRateBp: rates.get(item.id) ?? null, existingOffer: existing };
}

/** Of these items, the ones the vendor already has an offer for (item id → offer id). */
export async function ownOfferIdsByItem(actor: Actor, itemIds: string[]): Promise<Map<string, string>> {
  if (!actor.vendorId || itemIds.length === 0) return new Map();
  const offers = await db.offer.findMany({ where: { vendorId: actor.vendorId, itemId: { in: itemIds } }, select: { id: true, itemId: true } });
  return new Map(offers.map((o) => [o.itemId, o.id]));
}
