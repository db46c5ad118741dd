// Seeds reference data (districts, departments, the item catalogue, inspection agencies, the first
// purchase policy) and, outside production, demo data (offices with budgets, vendors with offers,
// inspectors, and an account for every role).
//
//   DATABASE_URL=… npx tsx prisma/seed.ts
//
// Idempotent: every row is keyed by a natural unique key (slug, code, e-mail, GSTIN…) and only
// missing rows are inserted, so a second run changes nothing — not even a password hash or a
// sequence. Rows the app has since edited are left as they are. Everything runs in one
// transaction: a failed run leaves no half-seeded database behind.
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { createPrisma, type Db, type Tx } from "@/lib/prisma-client";
import { CATEGORIES, GST_EFFECTIVE_FROM, ITEMS } from "./seed-data/catalogue";
import { DEMO_PASSWORD } from "./seed-data/demo-accounts";
import { SYNONYM_GROUPS } from "./seed-data/synonyms";
import { synonymLookupTerms } from "@/lib/domain/catalogue/synonyms";
import { seedOrders } from "./seed-orders";
import { DISTRICTS } from "./seed-data/districts";
import { AGENCIES, DEPARTMENTS, FINANCIAL_YEAR, OFFICES } from "./seed-data/organisations";
import { DEFAULT_BANK_RATE, DEFAULT_POLICY, DEMO_MSE_FACILITATION_COUNCIL_EMAIL } from "./seed-data/policy";
import { STAFF } from "./seed-data/users";
import { checkVendorSeeds, gstinFor, lotFor, VENDORS, type VendorSeed } from "./seed-data/vendors";

export type SeedOptions = {
  /** Offices, vendors, offers and demo accounts. Default: everywhere but production. */
  demo?: boolean;
};

export async function seed(db: Db, { demo = process.env.NODE_ENV !== "production" }: SeedOptions = {}) {
  if (demo && process.env.NODE_ENV === "production") {
    throw new Error("Demo accounts and data are never created in production (NODE_ENV=production).");
  }
  checkVendorSeeds(VENDORS);
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      // Steps that build on the demo data (purchase orders, later) go in this branch, after it.
      if (demo) await seedDemo(tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  // Demo orders are made by the real services, each in its own transactions, after the data they need.
  if (demo) await seedOrders(db);
  return countRows(db);
}

async function seedReference(tx: Tx) {
  const existingDistricts = new Set((await tx.district.findMany({ select: { slug: true } })).map((d) => d.slug));
  // Only the missing ones: skipDuplicates would still draw ids from the sequence on every run.
  await tx.district.createMany({ data: DISTRICTS.filter((d) => !existingDistricts.has(d.slug)) });
  await tx.department.createMany({ data: [...DEPARTMENTS], skipDuplicates: true });
  await tx.inspectionAgency.createMany({ data: [...AGENCIES], skipDuplicates: true });
  await tx.category.createMany({ data: [...CATEGORIES], skipDuplicates: true });

  const categoryId = await idsByKey(tx.category.findMany({ select: { id: true, code: true } }), "code");
  await tx.item.createMany({
    data: ITEMS.map((item) => ({
      code: item.code,
      nameEn: item.nameEn,
      nameHi: item.nameHi,
      categoryId: categoryId(item.category),
      unit: item.unit,
      hsn: item.hsn,
      reserved: item.reserved,
      preDispatchInspection: item.preDispatchInspection,
      specs: item.specs,
    })),
    skipDuplicates: true,
  });
  const itemId = await idsByKey(
    tx.item.findMany({ where: { code: { in: ITEMS.map((i) => i.code) } }, select: { id: true, code: true } }),
    "code",
  );
  const gstFrom = new Date(`${GST_EFFECTIVE_FROM}T00:00:00Z`);
  await tx.itemGstRate.createMany({
    data: ITEMS.map((item) => ({ itemId: itemId(item.code), rateBp: item.gstRateBp, effectiveFrom: gstFrom })),
    skipDuplicates: true,
  });

  await tx.policyVersion.createMany({ data: [DEFAULT_POLICY], skipDuplicates: true });
  await tx.bankRate.createMany({ data: [DEFAULT_BANK_RATE], skipDuplicates: true });

  // Synonyms only into an empty table: from then on they are the admin's.
  if ((await tx.synonymGroup.count()) === 0) {
    for (const group of SYNONYM_GROUPS) {
      await tx.synonymGroup.create({ data: { ...group, terms: { create: synonymLookupTerms(group).map((term) => ({ term })) } } });
    }
  }
}

async function seedDemo(tx: Tx) {
  await tx.policyVersion.updateMany({ where: { version: 1, mseFacilitationCouncilEmail: null }, data: { mseFacilitationCouncilEmail: DEMO_MSE_FACILITATION_COUNCIL_EMAIL } });
  const districtId = await idsByKey(tx.district.findMany({ select: { id: true, slug: true } }), "slug");
  const departmentId = await idsByKey(tx.department.findMany({ select: { id: true, code: true } }), "code");

  await tx.office.createMany({
    data: OFFICES.map((office) => ({
      code: office.code,
      nameEn: office.nameEn,
      nameHi: office.nameHi,
      kind: office.kind,
      departmentId: departmentId(office.department),
      districtId: districtId(office.district),
      address: office.address,
      pincode: office.pincode,
    })),
    skipDuplicates: true,
  });
  // Demo debit accounts for payment batches (pain.001 / bank CSV); an office seeded before
  // batches existed gets one too.
  for (const [i, office] of OFFICES.entries()) {
    await tx.office.updateMany({
      where: { code: office.code, bankAccount: null },
      data: { bankAccount: `3${String(i + 1).padStart(10, "0")}`, ifsc: "SBIN0000461", bankCsvLayout: "GENERIC" },
    });
  }
  const officeId = await idsByKey(tx.office.findMany({ select: { id: true, code: true } }), "code");
  await tx.budgetHead.createMany({
    data: OFFICES.flatMap((office) =>
      office.budgets.map((budget) => ({ ...budget, officeId: officeId(office.code), financialYear: FINANCIAL_YEAR })),
    ),
    skipDuplicates: true,
  });

  await tx.vendor.createMany({
    data: VENDORS.map((vendor) => {
      const registeredAt = istMorning(vendor.registeredOn);
      return {
        legalName: vendor.legalName,
        udyamNumber: vendor.udyamNumber,
        enterpriseClass: vendor.enterpriseClass ?? "MICRO",
        gstin: gstinFor(vendor.stateCode, vendor.pan),
        pan: vendor.pan,
        stateCode: vendor.stateCode,
        bankAccount: vendor.bankAccount,
        ifsc: vendor.ifsc,
        address: vendor.address,
        pincode: vendor.pincode,
        districtId: districtId(vendor.district),
        isSc: vendor.isSc ?? false,
        isSt: vendor.isSt ?? false,
        isWomenOwned: vendor.isWomenOwned ?? false,
        email: vendor.email,
        mobile: vendor.mobile,
        status: vendor.status,
        statusReason: vendor.statusReason ?? null,
        // Decided by the admin three days after registering, unless still waiting.
        decidedAt: vendor.status === "PENDING" ? null : addDays(registeredAt, 3),
        registeredAt,
      };
    }),
    skipDuplicates: true,
  });
  const vendorId = await idsByKey(
    tx.vendor.findMany({ where: { email: { in: VENDORS.map((v) => v.email) } }, select: { id: true, email: true } }),
    "email",
  );
  await seedOffers(tx, vendorId, districtId);
  await seedUsers(tx, { officeId, vendorId, districtId });
}

async function seedOffers(tx: Tx, vendorId: (email: string) => string, districtId: (slug: string) => number) {
  const itemId = await idsByKey(tx.item.findMany({ select: { id: true, code: true } }), "code");
  const planned = VENDORS.flatMap((vendor) =>
    vendor.offers.map(([code, unitPricePaise, leadTimeDays, options = {}]) => ({
      vendor,
      listedAt: istMorning(vendor.registeredOn),
      row: {
        vendorId: vendorId(vendor.email),
        itemId: itemId(code),
        unitPricePaise: BigInt(unitPricePaise),
        ...lotFor(unitPricePaise, vendor.scale),
        leadTimeDays,
        matchesL1: options.matchesL1 ?? true,
        status: options.status ?? "ACTIVE",
      },
      districts: servedDistricts(vendor, options.serves),
    })),
  );
  // Only offers inserted now get their price history and districts, so re-running never adds a
  // second "current" price or re-adds a district the vendor has since dropped.
  const created = await tx.offer.createManyAndReturn({
    data: planned.map(({ row, listedAt }) => ({ ...row, createdAt: listedAt })),
    skipDuplicates: true,
    select: { id: true, vendorId: true, itemId: true },
  });
  const byPair = new Map(planned.map((p) => [`${p.row.vendorId}:${p.row.itemId}`, p]));
  const fresh = created.map((offer) => ({ offer, plan: byPair.get(`${offer.vendorId}:${offer.itemId}`)! }));
  await tx.offerPrice.createMany({
    data: fresh.map(({ offer, plan }) => ({
      offerId: offer.id,
      unitPricePaise: plan.row.unitPricePaise,
      effectiveFrom: plan.listedAt,
    })),
  });
  await tx.offerDistrict.createMany({
    data: fresh.flatMap(({ offer, plan }) => plan.districts.map((slug) => ({ offerId: offer.id, districtId: districtId(slug) }))),
    skipDuplicates: true,
  });
}

function servedDistricts(vendor: VendorSeed, extra: "ALL" | string[] = []): string[] {
  if (vendor.serves === "ALL" || extra === "ALL") return DISTRICTS.map((d) => d.slug);
  return [...new Set([vendor.district, ...vendor.serves, ...extra])];
}

async function seedUsers(
  tx: Tx,
  scope: {
    officeId: (code: string) => string;
    vendorId: (email: string) => string;
    districtId: (slug: string) => number;
  },
) {
  const agencyId = await idsByKey(tx.inspectionAgency.findMany({ select: { id: true, code: true } }), "code");
  const people = [
    ...STAFF.map((person) => ({
      email: person.email,
      name: person.name,
      mobile: person.mobile,
      locale: person.locale,
      role: person.role,
      officeId: "office" in person ? scope.officeId(person.office) : null,
      agencyId: "agency" in person ? agencyId(person.agency) : null,
      vendorId: null,
    })),
    ...VENDORS.map((vendor) => ({
      email: vendor.email,
      name: vendor.contactName,
      mobile: vendor.mobile,
      locale: vendor.locale ?? (vendor.stateCode === "22" ? "hi" : "en"),
      role: "VENDOR" as const,
      officeId: null,
      agencyId: null,
      vendorId: scope.vendorId(vendor.email),
    })),
  ];
  const existing = new Set(
    (await tx.user.findMany({ where: { email: { in: people.map((p) => p.email) } }, select: { email: true } })).map(
      (u) => u.email,
    ),
  );
  const missing = people.filter((p) => !existing.has(p.email));
  if (missing.length > 0) {
    // One argon2id hash shared by every demo account: hashing is deliberately slow, and they all
    // have the same password anyway.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await tx.user.createMany({ data: missing.map((p) => ({ ...p, passwordHash })), skipDuplicates: true });
  }

  const inspectors = STAFF.flatMap((person) => (person.role === "INSPECTOR" ? [person] : []));
  const userId = await idsByKey(
    tx.user.findMany({ where: { email: { in: inspectors.map((i) => i.email) } }, select: { id: true, email: true } }),
    "email",
  );
  await tx.inspector.createMany({
    data: inspectors.map((inspector) => ({
      userId: userId(inspector.email),
      agencyId: agencyId(inspector.agency),
      districtId: scope.districtId(inspector.district),
    })),
    skipDuplicates: true,
  });
}

/** A lookup from a natural key to the row id that fails loudly on a key the data does not have. */
async function idsByKey<K extends string, V extends string | number>(
  rows: Promise<Array<Record<K, string> & { id: V }>>,
  key: K,
): Promise<(value: string) => V> {
  const map = new Map<string, V>((await rows).map((row) => [row[key], row.id]));
  return (value) => {
    const id = map.get(value);
    if (id === undefined) throw new Error(`Seed data refers to unknown ${key} "${value}"`);
    return id;
  };
}

/** 10:00 in Asia/Kolkata on the given date: a plausible office hour for a dated demo event. */
function istMorning(date: string): Date {
  return new Date(`${date}T10:00:00+05:30`);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export type SeedCounts = Awaited<ReturnType<typeof countRows>>;

async function countRows(db: Db) {
  const [
    districts, departments, offices, gramPanchayats, budgetHeads, categories, items, gstRates,
    agencies, inspectors, vendors, offers, offerDistricts, offerPrices, users, policyVersions,
  ] = await Promise.all([
    db.district.count(),
    db.department.count(),
    db.office.count(),
    db.office.count({ where: { kind: "GRAM_PANCHAYAT" } }),
    db.budgetHead.count(),
    db.category.count(),
    db.item.count(),
    db.itemGstRate.count(),
    db.inspectionAgency.count(),
    db.inspector.count(),
    db.vendor.count(),
    db.offer.count(),
    db.offerDistrict.count(),
    db.offerPrice.count(),
    db.user.count(),
    db.policyVersion.count(),
  ]);
  return {
    districts, departments, offices, gramPanchayats, budgetHeads, categories, items, gstRates,
    agencies, inspectors, vendors, offers, offerDistricts, offerPrices, users, policyVersions,
  };
}

function summary(counts: SeedCounts, ms: number): string {
  const c = counts;
  return (
    `Seeded in ${(ms / 1000).toFixed(1)} s: ${c.districts} districts, ${c.departments} departments, ` +
    `${c.offices} offices (${c.gramPanchayats} gram panchayats), ${c.budgetHeads} budget heads, ` +
    `${c.categories} categories, ${c.items} items, ${c.vendors} vendors, ${c.offers} offers, ` +
    `${c.inspectors} inspectors, ${c.users} users, ${c.policyVersions} policy version(s).`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = createPrisma();
  const started = performance.now();
  try {
    const counts = await seed(db);
    console.log(summary(counts, performance.now() - started));
  } finally {
    await db.$disconnect();
  }
}
