import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOCAL_STATE_CODE } from "@/lib/domain/identifiers";
import {
  CATALOGUE_PAGE_SIZE,
  encodeCursor,
  isRanked,
  OFFERS_PER_ITEM,
  typoDistance,
  type CatalogueSearch,
} from "@/lib/domain/catalogue/search";
import type { SpecParameter } from "@/lib/domain/catalogue/item";

/**
 * The public catalogue (ADR 0004). Two queries a page whatever the data size: the page of items
 * (text match, filters, keyset order) and the cheapest offers of just those items. Only offers
 * of ACTIVE vendors that are ACTIVE themselves are public, and a reserved item shows only local
 * vendors' offers, because only those may supply it.
 */

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

export type CatalogueItem = {
  id: string;
  code: string;
  nameEn: string;
  nameHi: string;
  unit: string;
  hsn: string;
  reserved: boolean;
  preDispatchInspection: boolean;
  category: { code: string; en: string; hi: string };
  /** The GST rate in force today (India), or null when the item's first rate starts later. */
  gstRateBp: number | null;
  /** Offers matching the filters; `offers` holds the cheapest few of them. */
  offerCount: number;
  offers: CatalogueOffer[];
};

export type CataloguePage = { items: CatalogueItem[]; nextCursor: string | null };

// Today's date in India: GST rates take effect from the start of an Indian calendar day.
const TODAY_IST = Prisma.sql`(now() AT TIME ZONE 'Asia/Kolkata')::date`;

/** Landed unit price: price + GST rounded half up to the paisa (as lib/domain/allocation/rank.ts). */
const landed = (price: Prisma.Sql, rate: Prisma.Sql) => Prisma.sql`(${price} + (2 * ${price} * ${rate} + 10000) / 20000)`;

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Words as a tsquery: all of them as whole words (`exact`) or as word beginnings ("कुर" finds
 * "कुर्सी"). Hyphenated words (codes) become their parts, as the text-search parser splits them.
 */
const tsQuery = (words: string[], exact: boolean) =>
  words
    .flatMap((word) => word.split("-"))
    .filter((part) => part !== "")
    .map((part) => (exact ? `'${part}'` : `'${part}':*`))
    .join(" & ");

/**
 * One query word's condition on item `i`. A single character must be a whole word ("5", "A"):
 * as a prefix it would match most of the catalogue and mean nothing. Two characters must begin a
 * word ("A4", "कु"). Three or more may sit anywhere inside the text (trigram index), or — only
 * when the word occurs in no item at all — be a misspelling of a catalogue word a few edits
 * away. The sub-selects do not depend on `i`, so Postgres runs them once and scans the GIN indexes.
 */
function wordCondition(word: string): Prisma.Sql {
  const length = [...word].length;
  if (length < 3) return Prisma.sql`i."searchVector" @@ to_tsquery('simple', ${tsQuery([word], length === 1)})`;
  const like = Prisma.sql`i."searchText" LIKE ${likePattern(word)}`;
  const distance = typoDistance(word);
  if (distance === 0) return like;
  return Prisma.sql`(${like} OR i."searchVector" @@ (
      SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(w."word"), ' | '), ${tsQuery([word], false)}))
      FROM "CatalogueWord" w
      WHERE w."length" BETWEEN ${length - distance}::int AND ${length + distance}::int
        AND levenshtein_less_equal(w."word", ${word}::text, ${distance}::int) <= ${distance}::int
        AND NOT EXISTS (SELECT 1 FROM "Item" x WHERE x."searchText" LIKE ${likePattern(word)})))`;
}

// The GST rate in force today for item row `itemId`.
const currentRate = (itemId: Prisma.Sql) => Prisma.sql`(SELECT r."rateBp" FROM "ItemGstRate" r
  WHERE r."itemId" = ${itemId} AND r."effectiveFrom" <= ${TODAY_IST} ORDER BY r."effectiveFrom" DESC LIMIT 1)`;

/** Highest GST rate there is; bounds an offer's price from its landed price. */
const MAX_RATE_BP = 4000n;

/**
 * The offer conditions the visitor's filters add (district served, landed price range). Besides
 * the exact landed-price test, the price itself is bounded (landed ≥ price, and price ≥ landed ÷
 * 1.4 at most): redundant, but it makes the price a range condition on the offer index
 * (item, status, price), so each item's offers in range are found without reading the others.
 */
function offerFilters(search: CatalogueSearch, rate: Prisma.Sql): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [];
  const price = Prisma.sql`o."unitPricePaise"`;
  if (search.districtSlug) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "OfferDistrict" od WHERE od."offerId" = o."id"
      AND od."districtId" = (SELECT dd."id" FROM "District" dd WHERE dd."slug" = ${search.districtSlug}))`);
  }
  if (search.minLandedPaise !== null) {
    const floor = ((search.minLandedPaise - 1n) * 10_000n) / (10_000n + MAX_RATE_BP);
    filters.push(Prisma.sql`${price} >= ${floor > 0n ? floor : 0n} AND ${landed(price, rate)} >= ${search.minLandedPaise}`);
  }
  if (search.maxLandedPaise !== null) {
    filters.push(Prisma.sql`${price} <= ${search.maxLandedPaise} AND ${landed(price, rate)} <= ${search.maxLandedPaise}`);
  }
  return filters;
}

// Offers the public may see for item row `reservedSql`: both the offer and its vendor ACTIVE, and
// only local vendors for a reserved item.
const visibleOffer = (reservedSql: Prisma.Sql) => Prisma.sql`o."status" = 'ACTIVE' AND v."status" = 'ACTIVE'
  AND (NOT ${reservedSql} OR v."stateCode" = ${LOCAL_STATE_CODE})`;

type ItemRow = {
  id: string;
  code: string;
  nameEn: string;
  nameHi: string;
  unit: string;
  hsn: string;
  reserved: boolean;
  preDispatchInspection: boolean;
  categoryCode: string;
  categoryEn: string;
  categoryHi: string;
  gstRateBp: number | null;
  score: number | null;
};

type OfferRow = {
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
  offerCount: bigint;
};

/**
 * Relevance as a small integer: 3 the exact item code, 2 every word found as a whole word, 1 as
 * the beginning of a word, 0 only inside a word or by a corrected spelling; ties by item code.
 * It is computed for every match (a sort needs them all), so it must be cheap: two lookups in
 * the item's tsvector. Trigram similarity ranked a little finer but cost ~90 µs an item. Reading
 * the matches in code order instead and stopping at a page was tried and dropped: codes follow
 * categories, so a word like "फर्नीचर" had its matches after 30,000 other items.
 */
function relevance(search: CatalogueSearch): Prisma.Sql {
  return Prisma.sql`(CASE WHEN i."code" = ${search.q.toUpperCase()} THEN 3
    WHEN i."searchVector" @@ to_tsquery('simple', ${tsQuery(search.words, true)}) THEN 2
    WHEN i."searchVector" @@ to_tsquery('simple', ${tsQuery(search.words, false)}) THEN 1
    ELSE 0 END)`;
}

export async function searchCatalogue(search: CatalogueSearch, pageSize = CATALOGUE_PAGE_SIZE): Promise<CataloguePage> {
  const ranked = isRanked(search.words);
  const conditions: Prisma.Sql[] = [Prisma.sql`i."active"`, ...search.words.map(wordCondition)];
  if (search.categoryCode) {
    conditions.push(Prisma.sql`i."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."code" = ${search.categoryCode})`);
  }
  if (search.reservedOnly) conditions.push(Prisma.sql`i."reserved"`);
  const score = ranked ? relevance(search) : Prisma.sql`NULL::int`;
  const cursor = search.cursor;
  if (cursor && ranked && cursor.score !== null) {
    conditions.push(Prisma.sql`(${score} < ${cursor.score}::int OR (${score} = ${cursor.score}::int AND i."code" > ${cursor.code}))`);
  } else if (cursor && !ranked) {
    conditions.push(Prisma.sql`i."code" > ${cursor.code}`);
  }
  const filters = offerFilters(search, Prisma.sql`g."rateBp"`);
  // Items are put in page order first (OFFSET 0 keeps that sub-select apart); the offer filters
  // then test them one by one in that order until the page is full. The test is a scalar
  // sub-select, not EXISTS, on purpose: Postgres may turn EXISTS into a hash join over every
  // offer in range (a whole-table scan at 10⁶ offers); this probes the offer index per item.
  const offerTest =
    filters.length === 0
      ? Prisma.sql`true`
      : Prisma.sql`coalesce((SELECT true FROM (SELECT ${currentRate(Prisma.sql`s."id"`)} AS "rateBp") g, "Offer" o
          JOIN "Vendor" v ON v."id" = o."vendorId"
          WHERE o."itemId" = s."id" AND ${visibleOffer(Prisma.sql`s."reserved"`)} AND ${Prisma.join(filters, " AND ")}
          LIMIT 1), false)`;

  // Category names and the GST rate are looked up for the page's rows only.
  const items = await db.$queryRaw<ItemRow[]>`
    SELECT m.*, c."code" AS "categoryCode", c."nameEn" AS "categoryEn", c."nameHi" AS "categoryHi",
           ${currentRate(Prisma.sql`m."id"`)} AS "gstRateBp"
    FROM (
      SELECT s.* FROM (
        SELECT i."id", i."code", i."nameEn", i."nameHi", i."unit", i."hsn", i."reserved", i."preDispatchInspection", i."categoryId",
               ${score} AS score
        FROM "Item" i
        WHERE ${Prisma.join(conditions, " AND ")}
        ORDER BY ${ranked ? Prisma.sql`score DESC, i."code"` : Prisma.sql`i."code"`}
        OFFSET 0
      ) s
      WHERE ${offerTest}
      LIMIT ${pageSize + 1}
    ) m
    JOIN "Category" c ON c."id" = m."categoryId"
    ORDER BY m.score DESC NULLS LAST, m."code"`;

  const page = items.slice(0, pageSize);
  const offers = page.length === 0 ? [] : await offersFor(page, search);
  const byItem = new Map<string, OfferRow[]>();
  for (const offer of offers) byItem.set(offer.itemId, [...(byItem.get(offer.itemId) ?? []), offer]);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      code: row.code,
      nameEn: row.nameEn,
      nameHi: row.nameHi,
      unit: row.unit,
      hsn: row.hsn,
      reserved: row.reserved,
      preDispatchInspection: row.preDispatchInspection,
      category: { code: row.categoryCode, en: row.categoryEn, hi: row.categoryHi },
      gstRateBp: row.gstRateBp,
      offerCount: Number(byItem.get(row.id)?.[0]?.offerCount ?? 0),
      offers: (byItem.get(row.id) ?? []).map(toCatalogueOffer),
    })),
    nextCursor: items.length > pageSize && last ? encodeCursor({ score: ranked ? last.score : null, code: last.code }) : null,
  };
}

/**
 * The cheapest visible offers of each item on the page (the offer index is ordered by item and
 * price, and within one item landed price follows price), plus how many there are in all.
 */
async function offersFor(items: ItemRow[], search: CatalogueSearch): Promise<OfferRow[]> {
  const rate = Prisma.sql`p."rateBp"`;
  const conditions = [Prisma.sql`o."itemId" = p."itemId"`, visibleOffer(Prisma.sql`p."reserved"`), ...offerFilters(search, rate)];
  const where = Prisma.join(conditions, " AND ");
  return db.$queryRaw<OfferRow[]>`
    SELECT p."itemId", x.*, n."offerCount"
    FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.gstRateBp ?? 0)}::int[], ${items.map((i) => i.reserved)}::boolean[])
      AS p("itemId", "rateBp", "reserved")
    CROSS JOIN LATERAL (
      SELECT count(*) AS "offerCount" FROM "Offer" o JOIN "Vendor" v ON v."id" = o."vendorId" WHERE ${where}
    ) n
    CROSS JOIN LATERAL (
      SELECT o."id" AS "offerId", v."id" AS "vendorId", v."legalName" AS "vendorName", v."stateCode",
             d."nameEn" AS "districtEn", d."nameHi" AS "districtHi",
             o."unitPricePaise", ${landed(Prisma.sql`o."unitPricePaise"`, rate)} AS "landedUnitPaise",
             o."minQuantity", o."maxQuantity", o."leadTimeDays"
      FROM "Offer" o
      JOIN "Vendor" v ON v."id" = o."vendorId"
      JOIN "District" d ON d."id" = v."districtId"
      WHERE ${where}
      ORDER BY o."unitPricePaise", o."id"
      LIMIT ${OFFERS_PER_ITEM}
    ) x
    ORDER BY p."itemId", x."unitPricePaise", x."offerId"`;
}

function toCatalogueOffer(row: OfferRow): CatalogueOffer {
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

/** Categories for the search form and the admin, by code. */
export function listCategories() {
  return db.category.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameEn: true, nameHi: true } });
}

/** Chhattisgarh's districts, by English name (the form shows the visitor's language). */
export function listDistricts() {
  return db.district.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, slug: true, nameEn: true, nameHi: true } });
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
  const item = await db.item.findFirst({
    where: { code: code.toUpperCase(), active: true },
    select: {
      id: true, code: true, nameEn: true, nameHi: true, descriptionEn: true, descriptionHi: true, unit: true, hsn: true,
      reserved: true, preDispatchInspection: true, specs: true,
      category: { select: { code: true, nameEn: true, nameHi: true } },
    },
  });
  if (!item) return null;
  const [rate] = await db.$queryRaw<{ rateBp: number }[]>`
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
  const rows = await db.$queryRaw<Omit<OfferRow, "itemId" | "offerCount">[]>`
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
