import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import {
  gstinStateCode,
  isValidGstin,
  isValidHsn,
  isValidIfsc,
  isValidPincode,
  isValidUdyam,
  normaliseMobile,
  panFromGstin,
} from "@/lib/domain/identifiers";
import { createPrisma } from "@/lib/prisma-client";
import { seed } from "@/prisma/seed";
import { ITEMS, CATEGORIES } from "@/prisma/seed-data/catalogue";
import { DEMO_ACCOUNTS, DEMO_EMAIL, DEMO_PASSWORD } from "@/prisma/seed-data/demo-accounts";
import { AGENCIES, DEPARTMENTS, OFFICES } from "@/prisma/seed-data/organisations";
import { STAFF } from "@/prisma/seed-data/users";
import { VENDORS } from "@/prisma/seed-data/vendors";

const db = createPrisma();
afterAll(() => db.$disconnect());
afterEach(() => vi.unstubAllEnvs());

const DEVANAGARI = /[\u0900-\u097F]/;

// Everything a second run could disturb: ids, password hashes, prices, update stamps.
async function fingerprint() {
  const [users, vendors, offers, prices, budgets, districts] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, passwordHash: true, officeId: true, vendorId: true, agencyId: true } }),
    db.vendor.findMany({ orderBy: { gstin: "asc" } }),
    db.offer.findMany({ orderBy: { id: "asc" }, include: { districts: { orderBy: { districtId: "asc" } } } }),
    db.offerPrice.findMany({ orderBy: { id: "asc" } }),
    db.budgetHead.findMany({ orderBy: { id: "asc" } }),
    db.district.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { users, vendors, offers, prices, budgets, districts };
}

describe("seed", () => {
  it("in production seeds reference data only and refuses demo data", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(seed(db, { demo: true })).rejects.toThrow(/production/);

    const counts = await seed(db);
    expect(counts).toMatchObject({
      districts: 33,
      departments: DEPARTMENTS.length,
      categories: CATEGORIES.length,
      items: ITEMS.length,
      gstRates: ITEMS.length,
      agencies: AGENCIES.length,
      policyVersions: 1,
      offices: 0,
      vendors: 0,
      offers: 0,
      users: 0,
      inspectors: 0,
    });
  });

  it("seeds the demo data, and a second run changes nothing", async () => {
    const first = await seed(db);
    const before = await fingerprint();
    const second = await seed(db);

    const offerCount = VENDORS.reduce((n, v) => n + v.offers.length, 0);
    expect(first).toEqual({
      districts: 33,
      departments: DEPARTMENTS.length,
      offices: OFFICES.length,
      gramPanchayats: OFFICES.filter((o) => o.kind === "GRAM_PANCHAYAT").length,
      budgetHeads: OFFICES.reduce((n, o) => n + o.budgets.length, 0),
      categories: CATEGORIES.length,
      items: ITEMS.length,
      gstRates: ITEMS.length,
      agencies: AGENCIES.length,
      inspectors: STAFF.filter((s) => s.role === "INSPECTOR").length,
      vendors: VENDORS.length,
      offers: offerCount,
      offerDistricts: first.offerDistricts,
      offerPrices: offerCount,
      users: STAFF.length + VENDORS.length,
      policyVersions: 1,
    });
    expect(first.offerDistricts).toBeGreaterThan(offerCount);
    expect(first.gramPanchayats).toBeGreaterThanOrEqual(2);
    expect(first.items).toBeGreaterThanOrEqual(40);
    expect(first.vendors).toBeGreaterThanOrEqual(20);
    expect(first.inspectors).toBeGreaterThanOrEqual(4);

    expect(second).toEqual(first);
    expect(await fingerprint()).toEqual(before);
  });

  it("gives every vendor valid identifiers, and out-of-state vendors only non-reserved offers", async () => {
    const vendors = await db.vendor.findMany({ include: { offers: { include: { item: true } } } });
    const mobiles = new Set(vendors.map((v) => v.mobile));
    expect(mobiles.size).toBe(vendors.length);
    for (const v of vendors) {
      expect(isValidGstin(v.gstin), v.gstin).toBe(true);
      expect(v.pan).toBe(panFromGstin(v.gstin));
      expect(v.stateCode).toBe(gstinStateCode(v.gstin));
      expect(isValidUdyam(v.udyamNumber), v.udyamNumber).toBe(true);
      expect(isValidIfsc(v.ifsc), v.ifsc).toBe(true);
      expect(isValidPincode(v.pincode), v.pincode).toBe(true);
      expect(normaliseMobile(v.mobile)).toBe(v.mobile);
      if (v.stateCode !== "22") expect(v.offers.filter((o) => o.item.reserved)).toEqual([]);
      if (v.status === "ACTIVE") {
        expect(v.offers.length).toBeGreaterThanOrEqual(3);
        expect(v.offers.length).toBeLessThanOrEqual(8);
      }
      if (v.status === "REJECTED" || v.status === "SUSPENDED") expect(v.statusReason).toBeTruthy();
    }
    const byStatus = (s: string) => vendors.filter((v) => v.status === s).length;
    expect(byStatus("PENDING")).toBeGreaterThanOrEqual(3);
    expect(byStatus("SUSPENDED")).toBe(1);
    expect(byStatus("REJECTED")).toBe(1);
    expect(new Set(vendors.filter((v) => v.stateCode !== "22").map((v) => v.stateCode))).toEqual(new Set(["21", "23", "27"]));
  });

  it("lists every item in Hindi with a GST rate, a valid HSN and a specification", async () => {
    const items = await db.item.findMany({ include: { gstRates: true } });
    for (const item of items) {
      expect(item.nameHi, item.code).toMatch(DEVANAGARI);
      expect(isValidHsn(item.hsn), `${item.code} ${item.hsn}`).toBe(true);
      expect(item.gstRates.map((r) => r.rateBp)).toHaveLength(1);
      expect([0, 500, 1200, 1800]).toContain(item.gstRates[0].rateBp);
      const specs = item.specs as Array<{ key: string; labelEn: string; labelHi: string; requirement: string }>;
      expect(specs.length, item.code).toBeGreaterThanOrEqual(2);
      expect(specs.length, item.code).toBeLessThanOrEqual(4);
      for (const s of specs) {
        expect(s.labelHi).toMatch(DEVANAGARI);
        expect(s.key && s.labelEn && s.requirement).toBeTruthy();
      }
    }
    expect(items.filter((i) => !i.reserved).length).toBeGreaterThanOrEqual(8);
    expect(items.filter((i) => i.preDispatchInspection).length).toBeGreaterThan(0);
  });

  it("gives allocation competing offers, including exact price ties", async () => {
    const offers = await db.offer.findMany({
      where: { status: "ACTIVE", vendor: { status: "ACTIVE" }, districts: { some: { district: { slug: "raipur" } } } },
      select: { itemId: true, unitPricePaise: true },
    });
    const byItem = new Map<string, typeof offers>();
    for (const o of offers) byItem.set(o.itemId, [...(byItem.get(o.itemId) ?? []), o]);
    const contested = [...byItem.values()].filter((list) => list.length >= 3);
    expect(contested.length).toBeGreaterThanOrEqual(5);
    const ties = [...byItem.values()].filter((list) => new Set(list.map((o) => o.unitPricePaise)).size < list.length);
    expect(ties.length).toBeGreaterThanOrEqual(2);
  });

  it("creates each demo account with its role, scope and the demo password", async () => {
    const users = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      include: { office: { include: { district: true } }, vendor: { include: { offers: true } }, agency: true, inspector: { include: { district: true } } },
    });
    const get = (email: string) => users.find((u) => u.email === email)!;
    for (const account of DEMO_ACCOUNTS) {
      const user = get(account.email);
      expect(user.role).toBe(account.role);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(user.mobile).toBe(normaliseMobile(user.mobile!));
    }
    expect(await verifyPassword(get(DEMO_EMAIL.admin).passwordHash, DEMO_PASSWORD)).toBe(true);

    const buyer = get(DEMO_EMAIL.buyer);
    expect(buyer).toMatchObject({ locale: "en", vendorId: null, agencyId: null });
    expect(buyer.office).toMatchObject({ kind: "OFFICE", district: { slug: "raipur" } });

    const panchayat = get(DEMO_EMAIL.panchayat);
    expect(panchayat).toMatchObject({ locale: "hi", mobile: "+919876500001" });
    expect(panchayat.office?.kind).toBe("GRAM_PANCHAYAT");

    expect(get(DEMO_EMAIL.finance).officeId).toBe(buyer.officeId);

    const vendor = get(DEMO_EMAIL.vendor);
    expect(vendor.vendor).toMatchObject({ status: "ACTIVE", stateCode: "22" });
    expect(vendor.vendor!.offers.length).toBeGreaterThanOrEqual(3);

    const inspector = get(DEMO_EMAIL.inspector);
    expect(inspector.agency?.thirdParty).toBe(false);
    expect(inspector.inspector).toMatchObject({ agencyId: inspector.agencyId, district: { slug: "raipur" } });

    expect(get(DEMO_EMAIL.admin)).toMatchObject({ officeId: null, vendorId: null, agencyId: null });

    const panchayatFinance = await db.user.count({ where: { role: "FINANCE", officeId: panchayat.officeId } });
    expect(panchayatFinance).toBe(1);
  });

  it("publishes the default policy as version 1", async () => {
    const policy = await db.policyVersion.findUniqueOrThrow({ where: { version: 1 } });
    expect(policy).toMatchObject({
      effectiveFrom: new Date("2025-03-31T18:30:00Z"),
      directPurchaseLimitPaise: 5_000_000n,
      preferenceBandBp: 1500,
      acceptanceSlaDays: 3,
      slaReminderHours: 24,
      preInspectionThresholdPaise: 10_000_000n,
      maxReinspections: 2,
      postInspectionDays: 10,
      ldRateBpPerWeek: 50,
      ldCapBp: 1000,
      paymentDueDays: 10,
      bankRateBp: 575,
      gstTdsThresholdPaise: 25_000_000n,
      gstTdsRateBp: 200,
      targetMseBp: 2500,
      targetScStBp: 400,
      targetWomenBp: 300,
    });
  });
});
