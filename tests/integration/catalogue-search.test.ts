import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { landedUnitPaise } from "@/lib/domain/allocation/rank";
import { parseCatalogueSearch, type SearchParamsInput } from "@/lib/domain/catalogue/search";
import { getCatalogueItemByCode, listItemOffers, searchCatalogue, type CatalogueItem } from "@/lib/queries/catalogue";
import { actorOf } from "@/tests/factories";
import { makeCatalogueItem, makeVendorFirm, offerForm } from "@/tests/factories/vendor";
import { createOffer } from "@/lib/services/offer/create-offer";
import { withdrawOffer } from "@/lib/services/offer/withdraw-offer";
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
