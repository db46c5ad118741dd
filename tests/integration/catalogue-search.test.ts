import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { landedUnitPaise } from "@/lib/domain/allocation/rank";
import { parseCatalogueSearch, type SearchParamsInput } from "@/lib/domain/catalogue/search";
import { getCatalogueItemByCode, listItemOffers } from "@/lib/queries/catalogue";
import { searchCatalogue, type CatalogueItem } from "@/lib/queries/catalogue-search";
import { Prisma } from "@/lib/generated/prisma/client";
import { actorOf, makeUser } from "@/tests/factories";
import { makeCatalogueItem, makeVendorFirm, offerForm } from "@/tests/factories/vendor";
import { createOffer } from "@/lib/services/offer/create-offer";
import { updateOffer } from "@/lib/services/offer/update-offer";
import { withdrawOffer } from "@/lib/services/offer/withdraw-offer";
import { reinstateVendor } from "@/lib/services/vendor/reinstate-vendor";
import { suspendVendor } from "@/lib/services/vendor/suspend-vendor";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db, { demo: true });
}, 60_000);

const page = (params: SearchParamsInput, pageSize?: number) => searchCatalogue(parseCatalogueSearch(params).search, pageSize);
const codes = async (params: SearchParamsInput) => (await page(params, 100)).items.map((i) => i.code);
const sorted = (values: string[]) => [...values].sort();

/** Every page of a search, following the cursor. */
async function allPages(params: SearchParamsInput, pageSize: number): Promise<CatalogueItem[]> {
  const items: CatalogueItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const result = await page({ ...params, cursor }, pageSize);
    items.push(...result.items);
    if (!result.nextCursor) return items;
    cursor = result.nextCursor;
  }
  throw new Error("pagination did not end");
}

const itemsWhere = async (where: Parameters<typeof db.item.findMany>[0]) => (await db.item.findMany({ ...where, select: { code: true } })).map((i) => i.code);

describe("catalogue search: words", () => {
  it("finds items by a Hindi word, in any position of the name", async () => {
    const expected = await itemsWhere({ where: { active: true, nameHi: { contains: "कुर्सी" } } });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(sorted(await codes({ q: "कुर्सी" }))).toEqual(sorted(expected));
  });

  it("finds by the start of a Hindi word, and ignores nukta and chandrabindu spellings", async () => {
    expect(await codes({ q: "कुर" })).toEqual(expect.arrayContaining(await codes({ q: "कुर्सी" })));
    expect(await codes({ q: "फोल्डिंग" })).toEqual(await codes({ q: "फ़ोल्डिंग" }));
    expect(await codes({ q: "बांस" })).toEqual(expect.arrayContaining(await itemsWhere({ where: { nameHi: { contains: "बाँस" } } })));
  });

  it("finds by an English word, a part of one, and a misspelt one", async () => {
    const chairs = await itemsWhere({ where: { active: true, nameEn: { contains: "chair", mode: "insensitive" } } });
    expect(sorted(await codes({ q: "Chair" }))).toEqual(sorted(chairs));
    expect(sorted(await codes({ q: "chiar" }))).toEqual(sorted(chairs));
    expect(await codes({ q: "almira" })).toContain("FUR-001");
    expect(await codes({ q: "almriah" })).toContain("FUR-001");
    expect(await codes({ q: "notbok" })).toContain("STN-001");
  });

  it("needs every word to match", async () => {
    const both = await itemsWhere({ where: { AND: [{ nameEn: { contains: "steel", mode: "insensitive" } }, { nameEn: { contains: "chair", mode: "insensitive" } }] } });
    expect(sorted(await codes({ q: "steel chair" }))).toEqual(sorted(both));
    expect(await codes({ q: "chair xylophone" })).toEqual([]);
  });

  it("puts an exact item code first, and finds short words like A4", async () => {
    expect((await codes({ q: "FUR-004" }))[0]).toBe("FUR-004");
    expect((await codes({ q: "fur-004" }))[0]).toBe("FUR-004");
    expect(await codes({ q: "A4" })).toContain("STN-006");
    // Two characters begin a word; a single one must be a whole word, not "anything with a c".
    expect(await codes({ q: "कु" })).toEqual(expect.arrayContaining(await codes({ q: "कुर्सी" })));
    expect(await codes({ q: "c" })).toEqual([]);
    expect(await codes({ q: "4" })).toEqual(expect.arrayContaining(["FUR-001", "ELE-002"]));
  });

  it("finds items by their category's name", async () => {
    const furniture = await itemsWhere({ where: { active: true, category: { code: "FUR" } } });
    expect(sorted(await codes({ q: "फर्नीचर" }))).toEqual(sorted(furniture));
  });
});

describe("catalogue search: filters", () => {
  it("by category and reserved flag", async () => {
    expect(sorted(await codes({ category: "fur" }))).toEqual(sorted(await itemsWhere({ where: { active: true, category: { code: "FUR" } } })));
    expect(sorted(await codes({ reserved: "1" }))).toEqual(sorted(await itemsWhere({ where: { active: true, reserved: true } })));
    expect(await codes({ category: "NOPE" })).toEqual([]);
  });

  it("by district served: every item and every offer shown serves it", async () => {
    const { items } = await page({ district: "bastar" }, 100);
    expect(items.length).toBeGreaterThan(0);
    const offerIds = items.flatMap((i) => i.offers.map((o) => o.offerId));
    const serving = await db.offerDistrict.count({ where: { offerId: { in: offerIds }, district: { slug: "bastar" } } });
    expect(serving).toBe(offerIds.length);
    for (const item of items) expect(item.offerCount).toBeGreaterThan(0);
  });

  it("by landed price range (with GST), inclusive", async () => {
    const { items } = await page({ min: "1,000", max: "2000" }, 100);
    expect(items.length).toBeGreaterThan(0);
    for (const offer of items.flatMap((i) => i.offers)) {
      expect(offer.landedUnitPaise).toBeGreaterThanOrEqual(100000n);
      expect(offer.landedUnitPaise).toBeLessThanOrEqual(200000n);
    }
    const exact = items[0].offers[0].landedUnitPaise;
    const rupees = `${exact / 100n}.${String(exact % 100n).padStart(2, "0")}`;
    expect((await page({ q: items[0].code, min: rupees, max: rupees })).items[0]?.offers[0].landedUnitPaise).toBe(exact);
  });
});

describe("catalogue search: offers shown", () => {
  it("sorted by landed price, landed = price + GST rounded half up, with vendor name and district", async () => {
    const { items } = await page({}, 100);
    for (const item of items) {
      const landed = item.offers.map((o) => o.landedUnitPaise);
      expect(landed).toEqual([...landed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      for (const offer of item.offers) {
        expect(offer.landedUnitPaise).toBe(landedUnitPaise(offer.unitPricePaise, item.gstRateBp ?? 0));
        expect(offer.vendorName).not.toBe("");
        expect(offer.district.hi).not.toBe("");
      }
    }
  });

  it("only ACTIVE offers of ACTIVE vendors, and only local vendors for a reserved item", async () => {
    const reserved = (await makeCatalogueItem(db, { reserved: true, nameEn: "Khadi towel", nameHi: "खादी तौलिया" })).item;
    const open = (await makeCatalogueItem(db, { reserved: false, nameEn: "Brass lamp", nameHi: "पीतल का दीया" })).item;
    const district = await db.district.findFirstOrThrow({ where: { slug: "raipur" } });
    const local = await makeVendorFirm(db, { districtId: district.id });
    const outOfState = await makeVendorFirm(db, { stateCode: "27", districtId: district.id });
    const soonSuspended = await makeVendorFirm(db, { districtId: district.id });
    const withdrawing = await makeVendorFirm(db, { districtId: district.id });
    for (const firm of [local, soonSuspended, withdrawing]) {
      await createOffer(actorOf(firm.user), offerForm(reserved.id, [district.id], { unitPrice: "300" }));
    }
    await createOffer(actorOf(outOfState.user), offerForm(open.id, [district.id], { unitPrice: "250" }));
    await createOffer(actorOf(local.user), offerForm(open.id, [district.id], { unitPrice: "260" }));
    await db.vendor.update({ where: { id: soonSuspended.vendor.id }, data: { status: "SUSPENDED" } });
    const withdrawnOffer = await db.offer.findFirstOrThrow({ where: { vendorId: withdrawing.vendor.id } });
    await withdrawOffer(actorOf(withdrawing.user), { offerId: withdrawnOffer.id });

    const [towel] = (await page({ q: "खादी तौलिया" })).items;
    expect(towel.offers.map((o) => o.vendorId)).toEqual([local.vendor.id]);
    expect(towel.offerCount).toBe(1);
    const [lamp] = (await page({ q: "brass lamp" })).items;
    expect(lamp.offers.map((o) => [o.vendorId, o.local])).toEqual([[outOfState.vendor.id, false], [local.vendor.id, true]]);

    await db.item.update({ where: { id: open.id }, data: { reserved: true } });
    const [lampReserved] = (await page({ q: "brass lamp" })).items;
    expect(lampReserved.offers.map((o) => o.vendorId)).toEqual([local.vendor.id]);
    const onItemPage = await listItemOffers({ id: open.id, reserved: true, gstRateBp: 1800 });
    expect(onItemPage.offers.map((o) => o.vendorId)).toEqual([local.vendor.id]);
  });

  it("an item page lists all offers, keyset-paginated by price", async () => {
    const item = await getCatalogueItemByCode("fur-004");
    expect(item?.code).toBe("FUR-004");
    const first = await listItemOffers(item!);
    const [fromSearch] = (await page({ q: "FUR-004" })).items;
    expect(first.offers.map((o) => o.offerId)).toEqual(fromSearch.offers.map((o) => o.offerId));
    expect(first.nextCursor).toBeNull();
    expect(await getCatalogueItemByCode("NOPE-1")).toBeNull();
  });
});

describe("catalogue search: keyset pagination", () => {
  it("walks every item exactly once in code order without a query", async () => {
    const walked = await allPages({}, 7);
    const expected = await itemsWhere({ where: { active: true }, orderBy: { code: "asc" } });
    expect(walked.map((i) => i.code)).toEqual(expected);
  });

  it("walks a ranked search exactly once, best match first", async () => {
    const all = (await page({ q: "steel" }, 100)).items.map((i) => i.code);
    expect(all.length).toBeGreaterThan(4);
    const walked = (await allPages({ q: "steel" }, 2)).map((i) => i.code);
    expect(walked).toEqual(all);
  });

  it("keeps filters across pages", async () => {
    const walked = await allPages({ reserved: "1", district: "raipur" }, 3);
    expect(walked.every((i) => i.reserved)).toBe(true);
    expect(walked.map((i) => i.code)).toEqual((await page({ reserved: "1", district: "raipur" }, 100)).items.map((i) => i.code));
  });
});

type Summary = { offerCount: number; minPricePaise: bigint | null; maxPricePaise: bigint | null };

const summaryOf = async (itemId: string): Promise<Summary | null> =>
  db.itemOfferSummary.findUnique({ where: { itemId }, select: { offerCount: true, minPricePaise: true, maxPricePaise: true } });

/** The catalogue's rule for a visible offer, counted straight from the offers. */
const recountedSummaries = () =>
  db.$queryRaw<(Summary & { itemId: string; code: string })[]>`
    SELECT i."id" AS "itemId", i."code", count(o."id")::int AS "offerCount",
           min(o."unitPricePaise") AS "minPricePaise", max(o."unitPricePaise") AS "maxPricePaise"
    FROM "Item" i
    LEFT JOIN ("Offer" o JOIN "Vendor" v ON v."id" = o."vendorId" AND v."status" = 'ACTIVE')
      ON o."itemId" = i."id" AND o."status" = 'ACTIVE' AND (NOT i."reserved" OR v."stateCode" = '22')
    GROUP BY i."id"`;

describe("catalogue search: the per-item offer summary (ItemOfferSummary)", () => {
  it("follows new offers, price changes, withdrawals, vendor suspension and the reserved flag", async () => {
    const admin = actorOf(await makeUser(db, "ADMIN"));
    const { item } = await makeCatalogueItem(db, { reserved: false, nameEn: "Teak stool", nameHi: "सागौन स्टूल" });
    const district = await db.district.findFirstOrThrow({ where: { slug: "durg" } });
    const [local, other, outOfState] = [
      await makeVendorFirm(db, { districtId: district.id }),
      await makeVendorFirm(db, { districtId: district.id }),
      await makeVendorFirm(db, { stateCode: "27", districtId: district.id }),
    ];
    const offer = (firm: typeof local, unitPrice: string) => createOffer(actorOf(firm.user), offerForm(item.id, [district.id], { unitPrice }));
    const summary = (offerCount: number, min: number | null, max: number | null) => ({
      offerCount,
      minPricePaise: min === null ? null : BigInt(min * 100),
      maxPricePaise: max === null ? null : BigInt(max * 100),
    });

    const { offerId: localOffer } = await offer(local, "300");
    expect(await summaryOf(item.id)).toEqual(summary(1, 300, 300));
    const { offerId: otherOffer } = await offer(other, "500");
    await offer(outOfState, "200");
    expect(await summaryOf(item.id)).toEqual(summary(3, 200, 500));

    await updateOffer(actorOf(local.user), { ...offerForm(item.id, [district.id]), offerId: localOffer, unitPrice: "100" });
    expect(await summaryOf(item.id)).toEqual(summary(3, 100, 500));
    await withdrawOffer(actorOf(other.user), { offerId: otherOffer });
    expect(await summaryOf(item.id)).toEqual(summary(2, 100, 200));

    await suspendVendor(admin, { vendorId: outOfState.vendor.id, reason: "Documents lapsed" });
    expect(await summaryOf(item.id)).toEqual(summary(1, 100, 100));
    await reinstateVendor(admin, { vendorId: outOfState.vendor.id });
    expect(await summaryOf(item.id)).toEqual(summary(2, 100, 200));

    // Reserved: only the local vendor may supply it, so only its offer counts.
    await db.item.update({ where: { id: item.id }, data: { reserved: true } });
    expect(await summaryOf(item.id)).toEqual(summary(1, 100, 100));
    await withdrawOffer(actorOf(local.user), { offerId: localOffer });
    expect(await summaryOf(item.id)).toEqual(summary(0, null, null));
    expect((await page({ q: "Teak stool" })).items[0].offerCount).toBe(0);

    // The code is copied for ordering; a renamed item keeps it right.
    await db.item.update({ where: { id: item.id }, data: { code: `${item.code}-X` } });
    expect((await db.itemOfferSummary.findUniqueOrThrow({ where: { itemId: item.id } })).code).toBe(`${item.code}-X`);
  });

  it("counts every one of several vendors pricing the same item at the same moment", async () => {
    const { item } = await makeCatalogueItem(db, { reserved: false });
    const district = await db.district.findFirstOrThrow({ where: { slug: "raipur" } });
    const firms = [0, 1, 2, 3, 4].map(() => makeVendorFirm(db, { districtId: district.id }));
    const [first, ...others] = await Promise.all(firms);
    await createOffer(actorOf(first.user), offerForm(item.id, [district.id], { unitPrice: "500" }));
    await Promise.all(
      others.map((firm, k) => createOffer(actorOf(firm.user), offerForm(item.id, [district.id], { unitPrice: String(100 * (k + 1)) }))),
    );
    expect(await summaryOf(item.id)).toEqual({ offerCount: 5, minPricePaise: 10000n, maxPricePaise: 50000n });
  });

  it("agrees with the offers for every item (seed and the tests above)", async () => {
    const stored = new Map((await db.itemOfferSummary.findMany()).map((s) => [s.itemId, s]));
    for (const expected of await recountedSummaries()) {
      const row = stored.get(expected.itemId);
      const actual = row
        ? { offerCount: row.offerCount, minPricePaise: row.minPricePaise, maxPricePaise: row.maxPricePaise, code: row.code }
        : { offerCount: 0, minPricePaise: null, maxPricePaise: null, code: expected.code };
      expect(actual).toEqual({ offerCount: expected.offerCount, minPricePaise: expected.minPricePaise, maxPricePaise: expected.maxPricePaise, code: expected.code });
    }
  });
});

/**
 * A catalogue larger than what a search reads in code order before it turns to an index (200
 * items): 600 more items FLR-0001…FLR-0600 with the words a search looks for scattered among
 * them — "Zircon" every 37th, "Zirconia" every 41st, "Bazircon" every 43rd — and an offer of
 * ₹50,000 on every 53rd. Expected results come from the plain definition: every match, ordered by
 * relevance tier (3 exact code, 2 whole words, 1 word beginnings, 0 the rest), then code.
 */
describe("catalogue search: matches scattered through a large catalogue", () => {
  beforeAll(async () => {
    const category = await db.category.create({ data: { code: "FLR", nameEn: "Flooring", nameHi: "फ़र्श" } });
    await db.$executeRaw`
      INSERT INTO "Item" ("id", "code", "nameEn", "nameHi", "categoryId", "unit", "hsn", "reserved")
      SELECT gen_random_uuid(), 'FLR-' || lpad(n::text, 4, '0'),
             CASE WHEN n % 37 = 0 THEN 'Zircon lamp ' WHEN n % 41 = 0 THEN 'Zirconia tile ' WHEN n % 43 = 0 THEN 'Bazircon set ' ELSE 'Floor tile ' END || n,
             'टाइल ' || n, ${category.id}::uuid, 'NOS', '6907', false
      FROM generate_series(1, 600) AS n`;
    await db.$executeRaw`
      INSERT INTO "ItemGstRate" ("id", "itemId", "rateBp", "effectiveFrom")
      SELECT gen_random_uuid(), i."id", 1200, DATE '2025-04-01' FROM "Item" i WHERE i."categoryId" = ${category.id}::uuid`;
    const { vendor } = await makeVendorFirm(db);
    await db.$executeRaw`
      INSERT INTO "Offer" ("id", "vendorId", "itemId", "unitPricePaise", "minQuantity", "maxQuantity", "monthlyCapacity", "leadTimeDays", "updatedAt")
      SELECT gen_random_uuid(), ${vendor.id}::uuid, i."id", 5000000, 1, 10, 100, 7, now()
      FROM "Item" i WHERE i."categoryId" = ${category.id}::uuid AND substr(i."code", 5)::int % 53 = 0`;
  }, 60_000);

  /** The codes a search must return, in order: `match` finds them, `whole`/`prefix` rank them. */
  const expected = async (match: Prisma.Sql, whole: string, prefix: string, code = "") =>
    (
      await db.$queryRaw<{ code: string }[]>`
        SELECT i."code" FROM "Item" i WHERE i."active" AND ${match}
        ORDER BY CASE WHEN i."code" = ${code} THEN 3 WHEN i."searchVector" @@ to_tsquery('simple', ${whole}) THEN 2
                      WHEN i."searchVector" @@ to_tsquery('simple', ${prefix}) THEN 1 ELSE 0 END DESC, i."code"`
    ).map((r) => r.code);

  it.each([
    ["a word: whole, as a beginning and inside other words", "zircon", Prisma.sql`i."searchText" LIKE '%zircon%'`, "zircon", "zircon:*"],
    ["a two-character beginning", "zi", Prisma.sql`i."searchVector" @@ to_tsquery('simple', 'zi:*')`, "zi", "zi:*"],
    // Four letters in Roman script begin a word (matchKind): "tile" is not found inside "textiles".
    ["a word nearly every item of a block has", "tile", Prisma.sql`i."searchVector" @@ to_tsquery('simple', 'tile:*')`, "tile", "tile:*"],
    [
      "a misspelling, through the catalogue words two edits away",
      "zirkon",
      // Corrected words match whole, and rank as the words they stand for; the first letter stays.
      Prisma.sql`i."searchVector" @@ (SELECT to_tsquery('simple', string_agg(quote_literal(w."word"), ' | '))
        FROM "CatalogueWord" w WHERE levenshtein(w."word", 'zirkon') <= 2 AND left(w."word", 1) = 'z')`,
      "zircon",
      "zircon",
    ],
  ])("%s: every match once, in order, on one page and page by page", async (_, q, match, whole, prefix) => {
    const all = await expected(match, whole, prefix);
    expect(all.length).toBeGreaterThan(12);
    // A page longer than the 200 items a search reads in order: past where it turns to an index.
    expect((await page({ q }, 250)).items.map((i) => i.code)).toEqual(all.slice(0, 250));
    expect((await allPages({ q }, all.length > 100 ? 60 : 7)).map((i) => i.code)).toEqual(all);
  });

  it("an exact code first, then the other items whose text has it", async () => {
    const match = Prisma.sql`i."searchText" LIKE '%flr-0074%'`;
    expect((await allPages({ q: "FLR-0074" }, 1)).map((i) => i.code)).toEqual(await expected(match, "flr & 0074", "flr:* & 0074:*", "FLR-0074"));
  });

  it("a landed-price floor without words: the items with a visible offer that high, in code order", async () => {
    const priced = await db.$queryRaw<{ code: string }[]>`
      SELECT i."code" FROM "Item" i
      WHERE i."active" AND EXISTS (
        SELECT 1 FROM "Offer" o JOIN "Vendor" v ON v."id" = o."vendorId"
        CROSS JOIN LATERAL (SELECT r."rateBp" FROM "ItemGstRate" r WHERE r."itemId" = i."id" AND r."effectiveFrom" <= current_date
                            ORDER BY r."effectiveFrom" DESC LIMIT 1) g
        WHERE o."itemId" = i."id" AND o."status" = 'ACTIVE' AND v."status" = 'ACTIVE' AND (NOT i."reserved" OR v."stateCode" = '22')
          AND o."unitPricePaise" + (2 * o."unitPricePaise" * g."rateBp" + 10000) / 20000 >= 4000000)
      ORDER BY i."code"`;
    expect(priced.length).toBeGreaterThanOrEqual(11);
    expect((await allPages({ min: "40000" }, 3)).map((i) => i.code)).toEqual(priced.map((r) => r.code));
    expect((await allPages({ min: "40000", max: "60000" }, 4)).map((i) => i.code)).toEqual(priced.map((r) => r.code));
  });
});
