import "server-only";
import { db } from "@/lib/db";
import { publicDb } from "@/lib/db-read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SpecParameter } from "@/lib/domain/catalogue/item";
import { landed, TODAY_IST, toCatalogueOffer, visibleOffer, type OfferRow } from "./catalogue-sql";

/**
 * The catalogue's plain reads: categories, districts, one item, the admin's item list, an item's
 * public page and its offers. The search is lib/queries/catalogue-search.ts (ranking:
 * docs/search.md). What the public catalogue pages read (categories, districts, an item's page and
 * offers) goes through the public read side (a replica when configured, lib/db-read.ts); the
 * admin's reads stay on the primary.
 */

/** Categories for the search form and the admin, by code. */
export function listCategories() {
  return publicDb.category.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameEn: true, nameHi: true } });
}

/** Chhattisgarh's districts, by English name (the form shows the visitor's language). */
export function listDistricts() {
  return publicDb.district.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, slug: true, nameEn: true, nameHi: true } });
}

/** One item with its category, specification and GST rate history (latest first). */
export async function getItem(itemId: string) {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: {
      id: true, code: true, nameEn: true, nameHi: true, descriptionEn: true, descriptionHi: true, unit: true, hsn: true,
      reserved: true, preDispatchInspection: true, active: true, specs: true, categoryId: true,
      category: { select: { code: true, nameEn: true, nameHi: true } },
      gstRates: { orderBy: { effectiveFrom: "desc" }, select: { id: true, rateBp: true, effectiveFrom: true } },
    },
  });
  return item ? { ...item, specs: item.specs as SpecParameter[] } : null;
}

export type AdminItemRow = {
  id: string;
  code: string;
  nameEn: string;
  nameHi: string;
  unit: string;
  reserved: boolean;
  preDispatchInspection: boolean;
  active: boolean;
  category: { code: string; nameEn: string; nameHi: string };
};

/** The admin's item list in code order (keyset: the last code seen), optionally one category's. */
export async function listItemsForAdmin(opts: { categoryCode?: string | null; afterCode?: string | null; pageSize?: number }) {
  const pageSize = opts.pageSize ?? 50;
  const rows = await db.item.findMany({
    where: {
      ...(opts.categoryCode ? { category: { code: opts.categoryCode } } : {}),
      ...(opts.afterCode ? { code: { gt: opts.afterCode } } : {}),
    },
    orderBy: { code: "asc" },
    take: pageSize + 1,
    select: {
      id: true, code: true, nameEn: true, nameHi: true, unit: true, reserved: true, preDispatchInspection: true, active: true,
      category: { select: { code: true, nameEn: true, nameHi: true } },
    },
  });
  const items: AdminItemRow[] = rows.slice(0, pageSize);
  return { items, nextCursor: rows.length > pageSize ? items.at(-1)!.code : null };
}

export function getCategory(categoryId: string) {
  return db.category.findUnique({ where: { id: categoryId }, select: { id: true, code: true, nameEn: true, nameHi: true } });
}

export const ITEM_OFFERS_PAGE_SIZE = 25;

/** One active item for its public page: descriptions, specification and today's GST rate. */
export async function getCatalogueItemByCode(code: string) {
  if (code.length > 40) return null;
  const item = await publicDb.item.findFirst({
    where: { code: code.toUpperCase(), active: true },
    select: {
      id: true, code: true, nameEn: true, nameHi: true, descriptionEn: true, descriptionHi: true, unit: true, hsn: true,
      reserved: true, preDispatchInspection: true, specs: true,
      category: { select: { code: true, nameEn: true, nameHi: true } },
    },
  });
  if (!item) return null;
  const [rate] = await publicDb.$queryRaw<{ rateBp: number }[]>`
    SELECT "rateBp" FROM "ItemGstRate" WHERE "itemId" = ${item.id}::uuid AND "effectiveFrom" <= ${TODAY_IST}
    ORDER BY "effectiveFrom" DESC LIMIT 1`;
  return { ...item, specs: item.specs as SpecParameter[], gstRateBp: rate?.rateBp ?? null };
}

/** All public offers of one item, cheapest first, keyset-paginated on (price, offer id). */
export async function listItemOffers(item: { id: string; reserved: boolean; gstRateBp: number | null }, cursor?: string | null) {
  let after: { price: bigint; id: string } | null = null;
  try {
    const [price, id] = cursor ? (JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[]) : [];
    if (typeof price === "string" && typeof id === "string" && /^\d{1,19}$/.test(price) && /^[0-9a-f-]{36}$/.test(id)) {
      after = { price: BigInt(price), id };
    }
  } catch {
    after = null;
  }
  const rate = Prisma.sql`${item.gstRateBp ?? 0}::int`;
  const rows = await publicDb.$queryRaw<Omit<OfferRow, "itemId" | "offerCount">[]>`
    SELECT o."id" AS "offerId", v."id" AS "vendorId", v."legalName" AS "vendorName", v."stateCode",
           d."nameEn" AS "districtEn", d."nameHi" AS "districtHi",
           o."unitPricePaise", ${landed(Prisma.sql`o."unitPricePaise"`, rate)} AS "landedUnitPaise",
           o."minQuantity", o."maxQuantity", o."leadTimeDays"
    FROM "Offer" o
    JOIN "Vendor" v ON v."id" = o."vendorId"
    JOIN "District" d ON d."id" = v."districtId"
    WHERE o."itemId" = ${item.id}::uuid AND ${visibleOffer(Prisma.sql`${item.reserved}::boolean`)}
      ${after ? Prisma.sql`AND (o."unitPricePaise", o."id") > (${after.price}, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY o."unitPricePaise", o."id"
    LIMIT ${ITEM_OFFERS_PAGE_SIZE + 1}`;
  const page = rows.slice(0, ITEM_OFFERS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    offers: page.map((row) => toCatalogueOffer({ ...row, itemId: item.id, offerCount: 0n })),
    nextCursor:
      rows.length > ITEM_OFFERS_PAGE_SIZE && last
        ? Buffer.from(JSON.stringify([last.unitPricePaise.toString(), last.offerId])).toString("base64url")
        : null,
  };
}
