import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOffer } from "@/lib/services/offer/create-offer";
import { updateOffer } from "@/lib/services/offer/update-offer";
import { withdrawOffer } from "@/lib/services/offer/withdraw-offer";
import { getOwnOffer, listOwnOffers } from "@/lib/queries/offers";
import { actorOf, makeDistrict, makeUser } from "@/tests/factories";
import { makeCatalogueItem, makeVendorFirm, offerForm } from "@/tests/factories/vendor";

let districts: number[];
let allDistrictCount: number;

beforeAll(async () => {
  districts = [(await makeDistrict(db)).id, (await makeDistrict(db)).id, (await makeDistrict(db)).id];
  allDistrictCount = await db.district.count();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${error.messageKey}`;
    throw error;
  }
}

async function localVendor(status: "ACTIVE" | "PENDING" | "SUSPENDED" = "ACTIVE", stateCode = "22") {
  const { vendor, user } = await makeVendorFirm(db, { status, stateCode, districtId: districts[0] });
  return { vendor, actor: actorOf(user) };
}

const pricesOf = (offerId: string) => db.offerPrice.findMany({ where: { offerId }, orderBy: { effectiveFrom: "asc" } });

describe("listing offers", () => {
  it("an active vendor lists an offer: price in paise, first price row, districts, audit", async () => {
    const { vendor, actor } = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const { offerId } = await createOffer(actor, offerForm(item.id, districts.slice(0, 2), { unitPrice: "1,234.50", matchesL1: undefined }));
    const offer = await db.offer.findUniqueOrThrow({ where: { id: offerId }, include: { districts: true } });
    expect(offer).toMatchObject({ vendorId: vendor.id, itemId: item.id, unitPricePaise: 123450n, status: "ACTIVE", matchesL1: false, minQuantity: 1, maxQuantity: 100 });
    expect(offer.districts.map((d) => d.districtId).sort()).toEqual(districts.slice(0, 2).sort());
    const prices = await pricesOf(offerId);
    expect(prices).toHaveLength(1);
    expect(prices[0]).toMatchObject({ unitPricePaise: 123450n, effectiveTo: null });
    const audit = await db.auditEvent.findMany({ where: { entityType: "Offer", entityId: offerId } });
    expect(audit.map((a) => a.action)).toEqual(["offer.created"]);
  });

  it("'all districts' serves every district", async () => {
    const { actor } = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const { offerId } = await createOffer(actor, offerForm(item.id, [], { allDistricts: "on" }));
    expect(await db.offerDistrict.count({ where: { offerId } })).toBe(allDistrictCount);
  });

  it("only ACTIVE vendors may list offers", async () => {
    const { item } = await makeCatalogueItem(db);
    for (const status of ["PENDING", "SUSPENDED"] as const) {
      const { actor } = await localVendor(status);
      expect(await codeOf(createOffer(actor, offerForm(item.id, districts)))).toBe("FORBIDDEN:errors.offer.vendorNotActive");
    }
  });

  it("refuses a reserved item to a vendor from another state, with a clear reason; allows an open one", async () => {
    const { actor } = await localVendor("ACTIVE", "27");
    const reserved = (await makeCatalogueItem(db, { reserved: true })).item;
    const error = await createOffer(actor, offerForm(reserved.id, districts)).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "errors.offer.reservedNonLocal", fieldErrors: { itemId: ["errors.offer.reservedNonLocal"] } });
    expect(await db.offer.count({ where: { itemId: reserved.id } })).toBe(0);
    const open = (await makeCatalogueItem(db, { reserved: false })).item;
    expect(await codeOf(createOffer(actor, offerForm(open.id, districts)))).toBe("OK");
  });

  it("refuses a second offer for the same item (edit instead), also when two arrive at once", async () => {
    const { actor } = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const results = await Promise.all([codeOf(createOffer(actor, offerForm(item.id, districts))), codeOf(createOffer(actor, offerForm(item.id, districts)))]);
    expect(results.sort()).toEqual(["OK", "VALIDATION:errors.offer.exists"]);
    expect(await codeOf(createOffer(actor, offerForm(item.id, districts)))).toBe("VALIDATION:errors.offer.exists");
    expect(await db.offer.count({ where: { itemId: item.id } })).toBe(1);
  });

  it("reports invalid terms per field and unknown items or districts", async () => {
    const { actor } = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const bad = await createOffer(actor, offerForm(item.id, districts, { unitPrice: "12.345", leadTimeDays: "0" })).catch((e: AppError) => e);
    expect(bad).toMatchObject({ code: "VALIDATION", fieldErrors: { unitPrice: ["errors.offer.price"], leadTimeDays: ["errors.offer.leadTimeDays"] } });
    expect(await codeOf(createOffer(actor, offerForm(crypto.randomUUID(), districts)))).toBe("VALIDATION:errors.VALIDATION");
    const unknownDistrict = await createOffer(actor, offerForm(item.id, [999_999])).catch((e: AppError) => e);
    expect(unknownDistrict).toMatchObject({ fieldErrors: { districtIds: ["errors.offer.districts"] } });
  });

  it("is refused to other roles", async () => {
    const { item } = await makeCatalogueItem(db);
    const buyer = actorOf(await makeUser(db, "BUYER"));
    expect(await codeOf(createOffer(buyer, offerForm(item.id, districts)))).toBe("FORBIDDEN:errors.FORBIDDEN");
    expect(await codeOf(createOffer(null, offerForm(item.id, districts)))).toBe("UNAUTHENTICATED:errors.UNAUTHENTICATED");
  });
});

describe("changing and withdrawing offers", () => {
  it("keeps price history: a new price closes the current row and opens another", async () => {
    const { actor } = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const { offerId } = await createOffer(actor, offerForm(item.id, districts, { unitPrice: "1000" }));
    const terms = { ...offerForm(item.id, districts), offerId };
    await updateOffer(actor, { ...terms, unitPrice: "950" });
    await updateOffer(actor, { ...terms, unitPrice: "950", leadTimeDays: "7", districtIds: [String(districts[2])] });
    expect((await db.offerDistrict.findMany({ where: { offerId } })).map((d) => d.districtId)).toEqual([districts[2]]);
    await updateOffer(actor, { ...terms, unitPrice: "1,010.25" });

    const prices = await pricesOf(offerId);
    expect(prices.map((p) => p.unitPricePaise)).toEqual([100000n, 95000n, 101025n]);
    expect(prices.filter((p) => p.effectiveTo === null)).toHaveLength(1);
    expect(prices[0].effectiveTo).toEqual(prices[1].effectiveFrom);
    expect(prices[1].effectiveTo).toEqual(prices[2].effectiveFrom);
    const offer = await db.offer.findUniqueOrThrow({ where: { id: offerId }, include: { districts: true } });
    expect(offer.unitPricePaise).toBe(101025n);
    expect(offer.districts.map((d) => d.districtId).sort()).toEqual([...districts].sort());
    expect((await db.auditEvent.findMany({ where: { entityId: offerId }, orderBy: { seq: "asc" } })).map((a) => a.action)).toEqual([
      "offer.created", "offer.updated", "offer.updated", "offer.updated",
    ]);
    const own = await getOwnOffer(actor, offerId);
    expect(own.prices.map((p) => p.unitPricePaise)).toEqual([101025n, 95000n, 100000n]);
  });

  it("withdraws, refuses a second withdrawal, and lists it again through the new-offer form", async () => {
    const { actor } = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const { offerId } = await createOffer(actor, offerForm(item.id, districts, { unitPrice: "500" }));
    await withdrawOffer(actor, { offerId });
    expect((await db.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("WITHDRAWN");
    expect(await codeOf(withdrawOffer(actor, { offerId }))).toBe("CONFLICT:errors.offer.notActive");

    const again = await createOffer(actor, offerForm(item.id, districts, { unitPrice: "480" }));
    expect(again.offerId).toBe(offerId);
    expect((await db.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("ACTIVE");
    expect((await pricesOf(offerId)).map((p) => p.unitPricePaise)).toEqual([50000n, 48000n]);
    expect((await db.auditEvent.findMany({ where: { entityId: offerId }, orderBy: { seq: "asc" } })).map((a) => a.action)).toEqual([
      "offer.created", "offer.withdrawn", "offer.relisted",
    ]);
  });

  it("another vendor's offer is not found, for reading, changing and withdrawing", async () => {
    const owner = await localVendor();
    const other = await localVendor();
    const { item } = await makeCatalogueItem(db);
    const { offerId } = await createOffer(owner.actor, offerForm(item.id, districts));
    expect(await codeOf(updateOffer(other.actor, { ...offerForm(item.id, districts, { unitPrice: "1" }), offerId }))).toBe("NOT_FOUND:errors.NOT_FOUND");
    expect(await codeOf(withdrawOffer(other.actor, { offerId }))).toBe("NOT_FOUND:errors.NOT_FOUND");
    expect(await codeOf(getOwnOffer(other.actor, offerId))).toBe("NOT_FOUND:errors.NOT_FOUND");
    expect((await db.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("ACTIVE");
    expect(await pricesOf(offerId)).toHaveLength(1);
  });

  it("refuses changes once the item became reserved for a vendor from another state", async () => {
    const { actor } = await localVendor("ACTIVE", "21");
    const { item } = await makeCatalogueItem(db, { reserved: false });
    const { offerId } = await createOffer(actor, offerForm(item.id, districts));
    await db.item.update({ where: { id: item.id }, data: { reserved: true } });
    expect(await codeOf(updateOffer(actor, { ...offerForm(item.id, districts), offerId }))).toBe("VALIDATION:errors.offer.reservedNonLocal");
    // Withdrawing only takes something off the market: always allowed.
    expect(await codeOf(withdrawOffer(actor, { offerId }))).toBe("OK");
  });

  it("lists the vendor's own offers newest first with the landed price", async () => {
    const { actor } = await localVendor();
    const first = (await makeCatalogueItem(db, { gstRateBp: 1200 })).item;
    const second = (await makeCatalogueItem(db, { gstRateBp: 500 })).item;
    await createOffer(actor, offerForm(first.id, districts, { unitPrice: "100" }));
    await createOffer(actor, offerForm(second.id, districts, { unitPrice: "200" }));
    const { offers } = await listOwnOffers(actor);
    expect(offers.map((o) => [o.item.id, o.landedUnitPaise])).toEqual([[second.id, 21000n], [first.id, 11200n]]);
  });
});
