import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { istToday } from "@/lib/domain/catalogue/item";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { createCategory } from "@/lib/services/catalogue/create-category";
import { createItem } from "@/lib/services/catalogue/create-item";
import { setItemGstRate } from "@/lib/services/catalogue/set-item-gst-rate";
import { updateCategory } from "@/lib/services/catalogue/update-category";
import { updateItem } from "@/lib/services/catalogue/update-item";
import { createOffer } from "@/lib/services/offer/create-offer";
import { getItem } from "@/lib/queries/catalogue";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { actorOf, makeDistrict, makeUser } from "@/tests/factories";
import { makeVendorFirm, offerForm } from "@/tests/factories/vendor";

let admin: Actor;
let categoryId: string;
const today = istToday(new Date());
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  admin = actorOf(await makeUser(db, "ADMIN"));
  ({ categoryId } = await createCategory(admin, { code: "TOY", nameEn: "Wooden toys", nameHi: "लकड़ी के खिलौने" }));
});

const search = async (params: Record<string, string>) => (await searchCatalogue(parseCatalogueSearch(params).search)).items;

function itemForm(overrides: Record<string, unknown> = {}) {
  return {
    code: "TOY-001", nameEn: "Wooden spinning top", nameHi: "लकड़ी का लट्टू", categoryId, unit: "NOS", hsn: "9503",
    reserved: "on", active: "on", gstRate: "12", gstEffectiveFrom: today,
    specs: [{ key: "diameter_mm", labelEn: "Diameter (mm)", labelHi: "व्यास (मि.मी.)", requirement: "60 ± 2" }],
    ...overrides,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${error.messageKey}:${Object.entries(error.fieldErrors).flat(2).join(",")}`;
    throw error;
  }
}

describe("catalogue administration", () => {
  it("adds an item with its GST rate and specification; it is searchable at once, in both languages", async () => {
    const { itemId } = await createItem(admin, itemForm());
    const item = await getItem(itemId);
    expect(item).toMatchObject({ code: "TOY-001", reserved: true, preDispatchInspection: false, active: true, specs: itemForm().specs });
    expect(item?.gstRates.map((r) => [r.rateBp, r.effectiveFrom.toISOString().slice(0, 10)])).toEqual([[1200, today]]);
    expect((await search({ q: "लट्टू" })).map((i) => i.code)).toEqual(["TOY-001"]);
    expect((await search({ q: "spinning" })).map((i) => i.code)).toEqual(["TOY-001"]);
    expect((await search({ q: "खिलौने" })).map((i) => i.code)).toEqual(["TOY-001"]);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Item", entityId: itemId } });
    expect(audit.map((a) => a.action)).toEqual(["item.created"]);
  });

  it("refuses a code already used, per field", async () => {
    await createItem(admin, itemForm({ code: "TOY-002" }));
    expect(await codeOf(createItem(admin, itemForm({ code: "toy-002" })))).toBe("VALIDATION:errors.VALIDATION:code,errors.catalogue.codeTaken");
    expect(await codeOf(createCategory(admin, { code: "toy", nameEn: "Toys again", nameHi: "खिलौने" }))).toBe("VALIDATION:errors.VALIDATION:code,errors.catalogue.codeTaken");
  });

  it("edits an item, auditing what changed; marking it reserved hides out-of-state vendors' offers", async () => {
    const { itemId } = await createItem(admin, itemForm({ code: "TOY-003", nameEn: "Wooden rattle", reserved: undefined }));
    const districtId = (await makeDistrict(db)).id;
    const outOfState = await makeVendorFirm(db, { stateCode: "27", districtId });
    const local = await makeVendorFirm(db, { stateCode: "22", districtId });
    await createOffer(actorOf(outOfState.user), offerForm(itemId, [districtId], { unitPrice: "90" }));
    await createOffer(actorOf(local.user), offerForm(itemId, [districtId], { unitPrice: "100" }));
    expect((await search({ q: "TOY-003" }))[0].offers.map((o) => o.vendorId)).toEqual([outOfState.vendor.id, local.vendor.id]);

    await updateItem(admin, { ...itemForm({ code: "TOY-003", nameEn: "Wooden rattle" }), itemId, preDispatchInspection: "on" });
    const [found] = await search({ q: "TOY-003" });
    expect(found.reserved).toBe(true);
    expect(found.offers.map((o) => o.vendorId)).toEqual([local.vendor.id]);
    const [event] = await db.auditEvent.findMany({ where: { entityId: itemId, action: "item.updated" } });
    expect(event.data).toEqual({ before: { reserved: false, preDispatchInspection: false }, after: { reserved: true, preDispatchInspection: true } });
  });

  it("sets a future GST rate without changing today's landed prices; replaces a rate set for the same day", async () => {
    const { itemId } = await createItem(admin, itemForm({ code: "TOY-004", gstRate: "12" }));
    const districtId = (await makeDistrict(db)).id;
    const { user } = await makeVendorFirm(db, { districtId });
    await createOffer(actorOf(user), offerForm(itemId, [districtId], { unitPrice: "100" }));
    const nextMonth = addDays(today, 30);
    await setItemGstRate(admin, { itemId, gstRate: "5", gstEffectiveFrom: nextMonth });
    await setItemGstRate(admin, { itemId, gstRate: "18", gstEffectiveFrom: nextMonth });
    const item = await getItem(itemId);
    expect(item?.gstRates.map((r) => r.rateBp)).toEqual([1800, 1200]);
    const [found] = await search({ q: "TOY-004" });
    expect(found.gstRateBp).toBe(1200);
    expect(found.offers[0].landedUnitPaise).toBe(11200n);
    expect(await codeOf(setItemGstRate(admin, { itemId, gstRate: "5", gstEffectiveFrom: addDays(today, -1) }))).toBe(
      "VALIDATION:errors.VALIDATION:gstEffectiveFrom,errors.catalogue.effectiveFromPast",
    );
    expect((await db.auditEvent.findMany({ where: { entityId: itemId, action: "item.gstRateSet" } })).map((e) => (e.data as { replacedRateBp: number | null }).replacedRateBp)).toEqual([null, 500]);
  });

  it("renaming a category re-indexes its items for search", async () => {
    const { categoryId: games } = await createCategory(admin, { code: "GAM", nameEn: "Games", nameHi: "खेल" });
    await createItem(admin, itemForm({ code: "GAM-001", nameEn: "Carrom board", nameHi: "कैरम बोर्ड", categoryId: games }));
    expect(await search({ q: "indoor" })).toEqual([]);
    await updateCategory(admin, { categoryId: games, code: "GAM", nameEn: "Indoor games", nameHi: "घरेलू खेल" });
    expect((await search({ q: "indoor" })).map((i) => i.code)).toEqual(["GAM-001"]);
  });

  it("is for the admin only", async () => {
    const vendor = actorOf(await makeUser(db, "VENDOR"));
    expect(await codeOf(createCategory(vendor, { code: "ZZZ", nameEn: "Z", nameHi: "ज़" }))).toBe("FORBIDDEN:errors.FORBIDDEN:");
    expect(await codeOf(createItem(vendor, itemForm({ code: "TOY-999" })))).toBe("FORBIDDEN:errors.FORBIDDEN:");
    expect(await codeOf(setItemGstRate(vendor, { itemId: crypto.randomUUID(), gstRate: "5", gstEffectiveFrom: today }))).toBe("FORBIDDEN:errors.FORBIDDEN:");
    expect(await codeOf(updateItem(admin, { ...itemForm(), itemId: crypto.randomUUID() }))).toBe("NOT_FOUND:errors.NOT_FOUND:");
  });
});
