// Test data for vendor onboarding, the catalogue and offers (issue 4).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { gstinCheckChar } from "@/lib/domain/identifiers";
import { makeDistrict, makeUser } from "./index";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
let serial = 0;

/** A fresh PAN-shaped value, different on every call (across test files too). */
export function uniquePan(): string {
  const bytes = randomBytes(5);
  const letters = Array.from(bytes, (b) => LETTERS[b % 26]).join("");
  serial = (serial + 1) % 10_000;
  return `${letters}${String(serial).padStart(4, "0")}${LETTERS[randomBytes(1)[0] % 26]}`;
}

export function gstinFor(stateCode: string, pan: string): string {
  const body = `${stateCode}${pan}1Z`;
  return body + gstinCheckChar(body);
}

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");

/** A complete, valid registration form (as the page posts it) for a new firm. */
export function registrationForm(districtId: number, overrides: Record<string, unknown> = {}) {
  const pan = uniquePan();
  return {
    legalName: `Test Enterprise ${pan}`,
    contactName: "Sunita Verma",
    udyamNumber: `UDYAM-CG-14-${digits(7)}`,
    gstin: gstinFor("22", pan),
    pan,
    bankAccount: digits(12),
    ifsc: "SBIN0001234",
    districtId: String(districtId),
    address: "Plot 4, Industrial Estate, Urla",
    pincode: "493221",
    enterpriseClass: "MICRO",
    email: `firm-${pan.toLowerCase()}@test.manak.in`,
    mobile: `9${digits(9)}`,
    password: "a long enough password",
    confirmPassword: "a long enough password",
    ...overrides,
  };
}

/** A vendor firm (by default ACTIVE and local) with its VENDOR user. */
export async function makeVendorFirm(
  db: Db,
  opts: { status?: VendorStatus; stateCode?: string; districtId?: number; pan?: string; bankAccount?: string; enterpriseClass?: "MICRO" | "SMALL" | "MEDIUM" } = {},
) {
  const districtId = opts.districtId ?? (await makeDistrict(db)).id;
  const pan = opts.pan ?? uniquePan();
  const stateCode = opts.stateCode ?? "22";
  const vendor = await db.vendor.create({
    data: {
      legalName: `Firm ${pan}`,
      udyamNumber: `UDYAM-CG-01-${digits(7)}`,
      gstin: gstinFor(stateCode, pan),
      pan,
      stateCode,
      bankAccount: opts.bankAccount ?? digits(12),
      ifsc: "SBIN0001234",
      address: "Main Road, Civil Lines",
      pincode: "492001",
      districtId,
      email: `v-${pan.toLowerCase()}-${digits(4)}@test.manak.in`,
      mobile: `+919${digits(9)}`,
      status: opts.status ?? "ACTIVE",
      enterpriseClass: opts.enterpriseClass ?? "MICRO",
    },
  });
  const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
  return { vendor, user };
}

/** A category and an item in it with a GST rate in force since 2025. */
export async function makeCatalogueItem(db: Db, opts: { reserved?: boolean; gstRateBp?: number; nameEn?: string; nameHi?: string; code?: string } = {}) {
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const categoryCode = Array.from(randomBytes(7), (b) => LETTERS[b % 26]).join("");
  const category = await db.category.create({ data: { code: `C${categoryCode}`, nameEn: "Test goods", nameHi: "परीक्षण सामग्री" } });
  const item = await db.item.create({
    data: {
      code: opts.code ?? `TST-${tag}`,
      nameEn: opts.nameEn ?? `Test item ${tag}`,
      nameHi: opts.nameHi ?? `परीक्षण सामग्री ${tag}`,
      categoryId: category.id,
      unit: "NOS",
      hsn: "9403",
      reserved: opts.reserved ?? true,
      gstRates: { create: { rateBp: opts.gstRateBp ?? 1800, effectiveFrom: new Date("2025-04-01T00:00:00Z") } },
    },
  });
  return { category, item };
}

/** The offer form for an item, serving the given districts. */
export function offerForm(itemId: string, districtIds: number[], overrides: Record<string, unknown> = {}) {
  return {
    itemId,
    unitPrice: "1,000",
    minQuantity: "1",
    maxQuantity: "100",
    monthlyCapacity: "500",
    leadTimeDays: "10",
    districtIds: districtIds.map(String),
    matchesL1: "on",
    ...overrides,
  };
}

