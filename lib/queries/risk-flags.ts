import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RISK_FLAG_KINDS, type RiskFlagKind } from "@/lib/domain/risk/rules";

/**
 * The read side of the public risk flags (lib/domain/risk/rules.ts). Everything here is public:
 * a flag names an order, an office or a vendor firm and carries numbers, never a person. Lists
 * are keyset-paginated on (flaggedAt desc, id) over RiskFlag's indexes.
 */
const FLAG_SELECT = {
  id: true, kind: true, facts: true, flaggedAt: true, computedAt: true, reviewedAt: true, reviewNote: true,
  purchaseOrder: { select: { number: true } },
  office: { select: { id: true, nameEn: true, nameHi: true } },
  vendor: { select: { id: true, legalName: true } },
} as const satisfies Prisma.RiskFlagSelect;

export type PublicRiskFlag = Prisma.RiskFlagGetPayload<{ select: typeof FLAG_SELECT }>;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, schema.optional().catch(undefined));

export const riskFlagFiltersSchema = z.object({
  kind: optional(z.enum(RISK_FLAG_KINDS)),
  /** "open" (not yet reviewed) or "reviewed". */
  review: optional(z.enum(["open", "reviewed"])),
});
export type RiskFlagFilters = z.infer<typeof riskFlagFiltersSchema>;

export function parseRiskFlagFilters(params: Record<string, string | string[] | undefined>): RiskFlagFilters {
  return riskFlagFiltersSchema.parse(params);
}

type FlagCursor = { flaggedAt: Date; id: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encode(row: FlagCursor): string {
  return Buffer.from(`${row.flaggedAt.toISOString()}|${row.id}`).toString("base64url");
}

function decode(token: string | null | undefined): FlagCursor | null {
  if (!token || token.length > 100) return null;
  const [iso, id] = Buffer.from(token, "base64url").toString("utf8").split("|");
  const flaggedAt = new Date(iso ?? "");
  return Number.isNaN(flaggedAt.getTime()) || !UUID.test(id ?? "") ? null : { flaggedAt, id };
}

export const RISK_FLAG_PAGE_SIZE = 25;

/** One page of flags, newest first; an invalid cursor restarts at page one. */
export async function listRiskFlags(filters: RiskFlagFilters, cursor?: string | null, limit = RISK_FLAG_PAGE_SIZE) {
  const after = decode(cursor);
  const rows = await db.riskFlag.findMany({
    where: {
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.review ? { reviewedAt: filters.review === "reviewed" ? { not: null } : null } : {}),
      ...(after ? { flaggedAt: { lte: after.flaggedAt }, OR: [{ flaggedAt: { lt: after.flaggedAt } }, { flaggedAt: after.flaggedAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ flaggedAt: "desc" }, { id: "asc" }],
    take: limit + 1,
    select: FLAG_SELECT,
  });
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? encode(page[page.length - 1]) : null };
}

export async function getRiskFlag(id: string): Promise<PublicRiskFlag | null> {
  if (!UUID.test(id)) return null;
  return db.riskFlag.findUnique({ where: { id }, select: FLAG_SELECT });
}

/** How many flags of each kind, and how many of them reviewed (the dashboard's summary). */
export async function riskFlagCounts(): Promise<Record<RiskFlagKind, { total: number; reviewed: number }>> {
  const rows = await db.$queryRaw<{ kind: RiskFlagKind; total: number; reviewed: number }[]>`
    SELECT kind::text AS kind, count(*)::int AS total, count("reviewedAt")::int AS reviewed FROM "RiskFlag" GROUP BY kind`;
  const counts = Object.fromEntries(RISK_FLAG_KINDS.map((k) => [k, { total: 0, reviewed: 0 }])) as Record<RiskFlagKind, { total: number; reviewed: number }>;
  for (const r of rows) counts[r.kind] = { total: r.total, reviewed: r.reviewed };
  return counts;
}

// A page shows at most this many flags about one subject; the full list is at /risk-flags.
const SUBJECT_LIMIT = 20;
const SUBJECT_ORDER = [{ flaggedAt: "desc" as const }, { id: "asc" as const }];

/**
 * The flags an order's public page shows: about the order itself (splitting, price), about its
 * buying office (concentration, late payment) and about its vendors (repeated rejections).
 */
export async function riskFlagsForOrder(order: { id: string; officeId: string; vendorIds: string[] }): Promise<PublicRiskFlag[]> {
  const [own, office, vendors] = await Promise.all([
    db.riskFlag.findMany({ where: { purchaseOrderId: order.id }, orderBy: SUBJECT_ORDER, take: SUBJECT_LIMIT, select: FLAG_SELECT }),
    db.riskFlag.findMany({ where: { officeId: order.officeId, kind: { in: ["LATE_PAYMENT", "VENDOR_CONCENTRATION"] } }, orderBy: SUBJECT_ORDER, take: SUBJECT_LIMIT, select: FLAG_SELECT }),
    order.vendorIds.length
      ? db.riskFlag.findMany({ where: { vendorId: { in: order.vendorIds }, kind: "REPEATED_REJECTIONS" }, orderBy: SUBJECT_ORDER, take: SUBJECT_LIMIT, select: FLAG_SELECT })
      : Promise.resolve([]),
  ]);
  // Concentration flags of the office that concern none of this order's vendors are the office's business, not this order's.
  return [...own, ...office.filter((f) => f.kind !== "VENDOR_CONCENTRATION" || (f.vendor && order.vendorIds.includes(f.vendor.id))), ...vendors];
}

/** The flags about a vendor firm, for its scorecard. */
export function riskFlagsForVendor(vendorId: string): Promise<PublicRiskFlag[]> {
  return db.riskFlag.findMany({ where: { vendorId }, orderBy: SUBJECT_ORDER, take: SUBJECT_LIMIT, select: FLAG_SELECT });
}
