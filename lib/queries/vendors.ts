import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { vendorChecks, type VendorChecks } from "@/lib/domain/vendor/registration";
import { LOCAL_STATE_CODE } from "@/lib/domain/identifiers";

export const VENDOR_QUEUE_PAGE_SIZE = 20;

export type ReviewVendor = {
  id: string;
  legalName: string;
  udyamNumber: string;
  enterpriseClass: "MICRO" | "SMALL" | "MEDIUM";
  gstin: string;
  pan: string;
  bankAccount: string;
  ifsc: string;
  address: string;
  pincode: string;
  district: { en: string; hi: string };
  isSc: boolean;
  isSt: boolean;
  isWomenOwned: boolean;
  email: string;
  mobile: string;
  status: VendorStatus;
  statusReason: string | null;
  registeredAt: Date;
  decidedAt: Date | null;
  checks: VendorChecks & {
    /** Other firms with the same PAN (another state's registration) or the same bank account. */
    samePan: string[];
    sameBankAccount: string[];
  };
};

type Cursor = { registeredAt: Date; id: string };

function encode(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.registeredAt.toISOString(), cursor.id])).toString("base64url");
}

function decode(value: string | null | undefined): Cursor | null {
  if (!value) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    const registeredAt = new Date(at);
    return Number.isNaN(registeredAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id) ? null : { registeredAt, id };
  } catch {
    return null;
  }
}

/**
 * The admin's vendor queue for one status, oldest registration first (first come, first
 * reviewed), keyset-paginated, with each firm's validation results recomputed from its stored
 * identifiers and any other firm sharing its PAN or bank account.
 */
export async function listVendorsForReview(actor: Actor, opts: { status: VendorStatus; cursor?: string | null; q?: string | null }) {
  if (!can(actor.role, "vendor.review")) throw notFound();
  const after = decode(opts.cursor);
  const q = opts.q?.trim().slice(0, 100) ?? "";
  // A search looks through every status by name, GSTIN, Udyam number, PAN, e-mail or mobile.
  const matching = q
    ? {
        OR: [
          { legalName: { contains: q, mode: "insensitive" as const } },
          { gstin: { contains: q.toUpperCase() } },
          { udyamNumber: { contains: q.toUpperCase() } },
          { pan: q.toUpperCase() },
          { email: { contains: q.toLowerCase() } },
          { mobile: { contains: q.replace(/\D/g, "").slice(-10) || q } },
        ],
      }
    : { status: opts.status };
  const rows = await db.vendor.findMany({
    where: {
      ...matching,
      ...(after ? { OR: [{ registeredAt: { gt: after.registeredAt } }, { registeredAt: after.registeredAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
    take: VENDOR_QUEUE_PAGE_SIZE + 1,
    select: {
      id: true, legalName: true, udyamNumber: true, enterpriseClass: true, gstin: true, pan: true, stateCode: true, bankAccount: true, ifsc: true,
      address: true, pincode: true, isSc: true, isSt: true, isWomenOwned: true, email: true, mobile: true, status: true,
      statusReason: true, registeredAt: true, decidedAt: true, district: { select: { nameEn: true, nameHi: true } },
    },
  });
  const page = rows.slice(0, VENDOR_QUEUE_PAGE_SIZE);
  const twins = page.length === 0 ? [] : await db.vendor.findMany({
    where: { OR: [{ pan: { in: page.map((v) => v.pan) } }, { bankAccount: { in: page.map((v) => v.bankAccount) } }] },
    select: { id: true, legalName: true, pan: true, bankAccount: true, ifsc: true },
  });
  const vendors: ReviewVendor[] = page.map(({ district, stateCode, ...vendor }) => ({
    ...vendor,
    district: { en: district.nameEn, hi: district.nameHi },
    checks: {
      ...vendorChecks({ gstin: vendor.gstin, pan: vendor.pan, stateCode }),
      samePan: twins.filter((t) => t.id !== vendor.id && t.pan === vendor.pan).map((t) => t.legalName),
      sameBankAccount: twins
        .filter((t) => t.id !== vendor.id && t.bankAccount === vendor.bankAccount && t.ifsc === vendor.ifsc)
        .map((t) => t.legalName),
    },
  }));
  const last = page.at(-1);
  return { vendors, nextCursor: rows.length > VENDOR_QUEUE_PAGE_SIZE && last ? encode(last) : null };
}

/** How many firms wait in each status (the queue's tabs). */
export async function vendorStatusCounts(actor: Actor): Promise<Record<VendorStatus, number>> {
  if (!can(actor.role, "vendor.review")) throw notFound();
  const groups = await db.vendor.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<VendorStatus, number> = { PENDING: 0, ACTIVE: 0, SUSPENDED: 0, REJECTED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** The signed-in vendor's own firm: status (with the admin's reason) and key identifiers. */
export async function getOwnVendor(actor: Actor) {
  if (!actor.vendorId) throw notFound();
  const vendor = await db.vendor.findUnique({
    where: { id: actor.vendorId },
    select: {
      id: true, legalName: true, status: true, statusReason: true, decidedAt: true, registeredAt: true, gstin: true,
      udyamNumber: true, stateCode: true, districtId: true, district: { select: { nameEn: true, nameHi: true } },
    },
  });
  if (!vendor) throw notFound();
  return { ...vendor, local: vendor.stateCode === LOCAL_STATE_CODE };
}
