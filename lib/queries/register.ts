import "server-only";
import { z } from "zod";
// The public read side: a replica when one is configured (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";
import { PurchaseOrderStatus } from "@/lib/generated/prisma/enums";
import { RISK_FLAG_KINDS } from "@/lib/domain/risk/rules";
import { afterKeyset, decodeCursor, encodeCursor, KEYSET_ORDER } from "./cursor";
import { loadPublicOrders } from "./public-order";

/**
 * The public order register: every purchase order, newest first, keyset-paginated on
 * (createdAt desc, id) — the PurchaseOrder_createdAt_id_idx index — so page 1,000 costs what
 * page 1 does. Filters narrow by the buying office's district and department, a vendor (id, or
 * part of its name), an item (id, code or part of its English or Hindi name), the order's status
 * and the IST date it was placed.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)));
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, schema.optional().catch(undefined));

export const registerFiltersSchema = z.object({
  district: optional(z.coerce.number().int().positive()),
  department: optional(z.string().regex(UUID)),
  vendor: optional(z.string().trim().min(2).max(100)),
  item: optional(z.string().trim().min(2).max(100)),
  status: optional(z.enum(PurchaseOrderStatus)),
  from: optional(isoDate),
  to: optional(isoDate),
  /** Orders carrying a risk flag of their own: of this kind, or "any". */
  flag: optional(z.enum([...RISK_FLAG_KINDS, "any"])),
});

export type RegisterFilters = z.infer<typeof registerFiltersSchema>;

/** Lenient: a filter that does not parse is ignored, so a hand-edited URL still shows a list. */
export function parseRegisterFilters(params: Record<string, string | string[] | undefined>): RegisterFilters {
  return registerFiltersSchema.parse(params);
}

// A text filter matches at most this many vendors or items; narrower text narrows the list.
const TEXT_MATCH_LIMIT = 200;

async function vendorIds(vendor: string): Promise<string[]> {
  if (UUID.test(vendor)) return [vendor];
  const rows = await db.vendor.findMany({ where: { legalName: { contains: vendor, mode: "insensitive" } }, select: { id: true }, take: TEXT_MATCH_LIMIT });
  return rows.map((r) => r.id);
}

async function itemIds(item: string): Promise<string[]> {
  if (UUID.test(item)) return [item];
  const rows = await db.item.findMany({
    where: {
      OR: [
        { code: { equals: item, mode: "insensitive" } },
        { nameEn: { contains: item, mode: "insensitive" } },
        { nameHi: { contains: item } },
      ],
    },
    select: { id: true },
    take: TEXT_MATCH_LIMIT,
  });
  return rows.map((r) => r.id);
}

const istStart = (date: string) => new Date(`${date}T00:00:00+05:30`);
const istNextDay = (date: string) => new Date(istStart(date).getTime() + 86_400_000);

async function registerWhere(f: RegisterFilters) {
  const [vendors, items] = await Promise.all([f.vendor ? vendorIds(f.vendor) : null, f.item ? itemIds(f.item) : null]);
  return {
    ...(f.district || f.department ? { office: { ...(f.district ? { districtId: f.district } : {}), ...(f.department ? { departmentId: f.department } : {}) } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(vendors ? { supplyOrders: { some: { vendorId: { in: vendors } } } } : {}),
    ...(items ? { lines: { some: { itemId: { in: items } } } } : {}),
    ...(f.flag ? { riskFlags: { some: f.flag === "any" ? {} : { kind: f.flag } } } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: istStart(f.from) } : {}), ...(f.to ? { lt: istNextDay(f.to) } : {}) } } : {}),
  };
}

export const REGISTER_PAGE_SIZE = 25;

/** One page of the register. `cursor` is the previous page's nextCursor; an invalid one restarts. */
export async function listRegister(filters: RegisterFilters, cursor?: string | null, limit = REGISTER_PAGE_SIZE) {
  const where = await registerWhere(filters);
  const rows = await db.purchaseOrder.findMany({
    where: { AND: [where, afterKeyset(decodeCursor(cursor))] },
    orderBy: KEYSET_ORDER,
    take: limit + 1,
    select: {
      id: true, number: true, status: true, createdAt: true, deliverBy: true, totalPaise: true, directPurchase: true,
      office: { select: { nameEn: true, nameHi: true, district: { select: { nameEn: true, nameHi: true } }, department: { select: { nameEn: true, nameHi: true } } } },
      lines: { orderBy: { lineNo: "asc" }, select: { quantity: true, item: { select: { code: true, nameEn: true, nameHi: true, unit: true } } } },
      riskFlags: { select: { kind: true }, orderBy: { kind: "asc" }, take: 10 },
      supplyOrders: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { number: true, status: true, valuePaise: true, gstPaise: true, vendor: { select: { id: true, legalName: true } }, lines: { select: { allocationReason: true, acceptedQty: true, shortClosedQty: true } } },
      },
    },
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      ...r,
      riskFlagKinds: [...new Set(r.riskFlags.map((f) => f.kind))],
      // A settled order that did not get everything it ordered never reads as plain "Closed" (issue 15).
      closedShort:
        r.status === "CLOSED" &&
        r.supplyOrders.reduce((n, so) => n + so.lines.reduce((m, l) => m + l.acceptedQty, 0), 0) < r.lines.reduce((n, l) => n + l.quantity, 0),
      supplyOrders: r.supplyOrders.map(({ lines, ...so }) => ({
        ...so,
        closedShort: lines.some((l) => l.shortClosedQty > 0),
        rules: [...new Set(lines.map((l) => (l.allocationReason as { rule?: string } | null)?.rule).filter((x): x is string => !!x))],
      })),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

export type RegisterRow = Awaited<ReturnType<typeof listRegister>>["rows"][number];

/** The choices for the register's filter form (small, bounded lists). */
export async function registerFilterOptions() {
  const [districts, departments] = await Promise.all([
    db.district.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, nameEn: true, nameHi: true } }),
    db.department.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, nameEn: true, nameHi: true }, take: 500 }),
  ]);
  return { districts, departments };
}

/**
 * The filtered register in keyset batches, for the CSV export: each batch is loaded in the full
 * public shape. Bounded at `max` purchase orders so one request cannot walk 10⁷ orders.
 */
export async function* registerBatches(filters: RegisterFilters, { batch = 200, max = 50_000 } = {}) {
  const where = await registerWhere(filters);
  let after: { createdAt: Date; id: string } | null = null;
  let seen = 0;
  while (seen < max) {
    const ids: { id: string; createdAt: Date }[] = await db.purchaseOrder.findMany({
      where: { AND: [where, afterKeyset(after)] },
      orderBy: KEYSET_ORDER,
      take: Math.min(batch, max - seen),
      select: { id: true, createdAt: true },
    });
    if (ids.length === 0) return;
    yield await loadPublicOrders(ids.map((r) => r.id));
    seen += ids.length;
    after = ids[ids.length - 1];
  }
}
