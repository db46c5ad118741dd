import "server-only";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { PurchaseOrderStatus } from "@/lib/generated/prisma/enums";
import { getCatalogueItemByCode, listItemOffers } from "@/lib/queries/catalogue";
import type { CatalogueOffer } from "@/lib/queries/catalogue-search";
import { searchCatalogue } from "@/lib/queries/catalogue-search";
import { decodeCursor } from "@/lib/queries/cursor";
import { getDashboard, parseFinancialYear } from "@/lib/queries/dashboard";
import { getPublicOrder } from "@/lib/queries/public-order";
import { listRegister, parseRegisterFilters } from "@/lib/queries/register";
import { getVendorScorecard } from "@/lib/queries/scorecard";
import { badRequest, notFoundError } from "../handler";

/**
 * The public endpoints' bodies (docs/api.md): the same queries as the public pages, mapped to the
 * shapes lib/api/openapi.ts describes. Money is integer paise as a decimal string everywhere;
 * dates are YYYY-MM-DD (IST calendar days), instants ISO 8601 UTC.
 */
const iso = (d: Date | null) => d?.toISOString() ?? null;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const paise = (v: bigint) => v.toString();

const toOffer = (o: CatalogueOffer) => ({
  offerId: o.offerId, vendorId: o.vendorId, vendorName: o.vendorName, local: o.local, district: o.district,
  unitPricePaise: paise(o.unitPricePaise), landedUnitPaise: paise(o.landedUnitPaise),
  minQuantity: o.minQuantity, maxQuantity: o.maxQuantity, leadTimeDays: o.leadTimeDays,
});

export async function catalogueItems(url: URL) {
  const params = Object.fromEntries(url.searchParams);
  const { search, fieldErrors } = parseCatalogueSearch(params);
  if (Object.keys(fieldErrors).length > 0) throw badRequest(`Invalid ${Object.keys(fieldErrors).join(", ")}.`);
  if (params.cursor && !search.cursor) throw badRequest("Invalid cursor.");
  const page = await searchCatalogue(search);
  return {
    items: page.items.map((i) => ({
      id: i.id, code: i.code, nameEn: i.nameEn, nameHi: i.nameHi, unit: i.unit, hsn: i.hsn, reserved: i.reserved,
      preDispatchInspection: i.preDispatchInspection, category: i.category, gstRateBp: i.gstRateBp, offerCount: i.offerCount,
      offers: i.offers.map(toOffer),
    })),
    nextCursor: page.nextCursor,
    match: page.match,
    corrections: page.corrections,
  };
}

async function itemByCode(code: string) {
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(code)) throw notFoundError();
  const item = await getCatalogueItemByCode(code);
  if (!item) throw notFoundError();
  return item;
}

export async function catalogueItem(code: string) {
  const item = await itemByCode(code);
  return {
    id: item.id, code: item.code, nameEn: item.nameEn, nameHi: item.nameHi, descriptionEn: item.descriptionEn, descriptionHi: item.descriptionHi,
    unit: item.unit, hsn: item.hsn, reserved: item.reserved, preDispatchInspection: item.preDispatchInspection,
    category: item.category, gstRateBp: item.gstRateBp,
    specs: (Array.isArray(item.specs) ? item.specs : []).map((s) => ({ key: s.key, labelEn: s.labelEn, labelHi: s.labelHi, requirement: s.requirement })),
  };
}

export async function itemOffers(code: string, url: URL) {
  const item = await itemByCode(code);
  const cursor = url.searchParams.get("cursor");
  if (cursor !== null && !isOfferCursor(cursor)) throw badRequest("Invalid cursor.");
  const page = await listItemOffers(item, cursor);
  return { item: { code: item.code, gstRateBp: item.gstRateBp }, offers: page.offers.map(toOffer), nextCursor: page.nextCursor };
}

function isOfferCursor(cursor: string): boolean {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && /^\d{1,19}$/.test(value[0]) && typeof value[1] === "string" && /^[0-9a-f-]{36}$/.test(value[1]);
  } catch {
    return false;
  }
}

const REGISTER_FILTERS = ["district", "department", "vendor", "item", "status", "from", "to"] as const;

export async function orderRegister(url: URL, limit: number) {
  const raw: Record<string, string> = {};
  for (const name of REGISTER_FILTERS) {
    const value = url.searchParams.get(name);
    if (value !== null && value !== "") raw[name] = value;
  }
  const filters = parseRegisterFilters(raw);
  // The pages ignore a filter that does not parse; an API says so.
  const refused = REGISTER_FILTERS.filter((name) => raw[name] !== undefined && filters[name] === undefined);
  if (refused.length > 0) throw badRequest(`Invalid ${refused.join(", ")}.`);
  if (filters.status && !Object.values(PurchaseOrderStatus).includes(filters.status)) throw badRequest("Invalid status.");
  const cursor = url.searchParams.get("cursor");
  if (cursor && !decodeCursor(cursor)) throw badRequest("Invalid cursor.");
  const page = await listRegister(filters, cursor, limit);
  return {
    orders: page.rows.map((r) => ({
      number: r.number, status: r.status, createdAt: iso(r.createdAt), deliverBy: day(r.deliverBy), totalPaise: paise(r.totalPaise),
      directPurchase: r.directPurchase,
      office: { nameEn: r.office.nameEn, nameHi: r.office.nameHi, district: r.office.district, department: r.office.department },
      lines: r.lines.map((l) => ({ item: l.item, quantity: l.quantity })),
      riskFlags: r.riskFlagKinds,
      supplyOrders: r.supplyOrders.map((so) => ({
        number: so.number, status: so.status, valuePaise: paise(so.valuePaise), gstPaise: paise(so.gstPaise), vendor: so.vendor, allocationRules: so.rules,
      })),
    })),
    nextCursor: page.nextCursor,
  };
}

export async function publicOrder(number: string) {
  if (number.length > 60) throw notFoundError();
  const o = await getPublicOrder(number);
  if (!o) throw notFoundError();
  const office = (x: typeof o.office) => ({ code: x.code, nameEn: x.nameEn, nameHi: x.nameHi, kind: x.kind, district: { slug: x.district.slug, nameEn: x.district.nameEn, nameHi: x.district.nameHi }, department: { code: x.department.code, nameEn: x.department.nameEn, nameHi: x.department.nameHi } });
  return {
    number: o.number, status: o.status, createdAt: iso(o.createdAt), closedAt: iso(o.closedAt), deliverBy: day(o.deliverBy),
    totalPaise: paise(o.totalPaise), directPurchase: o.directPurchase, policyVersion: o.policyVersion,
    office: office(o.office), consignee: office(o.consignee),
    lines: o.lines.map((l) => ({ lineNo: l.lineNo, item: { code: l.item.code, nameEn: l.item.nameEn, nameHi: l.item.nameHi, unit: l.item.unit, hsn: l.item.hsn }, quantity: l.quantity, status: l.status, unfulfilledQuantity: l.unfulfilledQty })),
    supplyOrders: o.supplyOrders.map((so) => ({
      number: so.number, status: so.status, createdAt: iso(so.createdAt), acceptedAt: iso(so.acceptedAt), deliverBy: day(so.deliverBy), deliveredAt: iso(so.deliveredAt),
      valuePaise: paise(so.valuePaise), gstPaise: paise(so.gstPaise), replacesNumber: so.replacesNumber,
      vendor: { id: so.vendor.id, legalName: so.vendor.legalName, udyamNumber: so.vendor.udyamNumber, local: so.vendor.local, district: { slug: so.vendor.district.slug, nameEn: so.vendor.district.nameEn, nameHi: so.vendor.district.nameHi } },
      lines: so.lines.map((l) => ({
        lineNo: l.lineNo, itemCode: l.item.code, quantity: l.quantity, unitPricePaise: paise(l.unitPricePaise), gstRateBp: l.gstRateBp, landedUnitPaise: paise(l.landedUnitPaise), rank: l.rank,
        allocationRule: typeof (l.allocationReason as { rule?: unknown } | null)?.rule === "string" ? (l.allocationReason as { rule: string }).rule : null,
        acceptedQuantity: l.acceptedQty, rejectedQuantity: l.rejectedQty,
      })),
      bill: so.bill ? { number: so.bill.number, status: so.bill.status, netPayablePaise: paise(so.bill.netPayablePaise), dueDate: day(so.bill.dueDate), generatedAt: iso(so.bill.generatedAt) } : null,
      payment: so.payment ? { amountPaise: paise(so.payment.amountPaise), interestPaise: paise(so.payment.interestPaise), daysLate: so.payment.daysLate, paidAt: iso(so.payment.paidAt) } : null,
    })),
  };
}

export async function dashboardFigures(url: URL) {
  const fy = url.searchParams.get("financialYear");
  if (fy !== null && parseFinancialYear(fy) !== fy) throw badRequest("financialYear must look like 2026-27.");
  const d = await getDashboard(parseFinancialYear(fy ?? undefined));
  const money = (m: { bills: bigint; valuePaise: bigint }) => ({ bills: Number(m.bills), valuePaise: paise(m.valuePaise) });
  const share = (s: { valuePaise: bigint; targetBp: number | null }) => ({ valuePaise: paise(s.valuePaise), targetBp: s.targetBp });
  return {
    financialYear: d.financialYear, financialYears: d.financialYears, refreshedAt: iso(d.refreshedAt), totalPaise: paise(d.totalPaise),
    months: d.months.map((m) => ({ month: m.month, ...money(m) })),
    departments: d.departments.map((x) => ({ id: x.id, nameEn: x.nameEn, nameHi: x.nameHi, ...money(x) })),
    districts: d.districts.map((x) => ({ id: x.id, nameEn: x.nameEn, nameHi: x.nameHi, ...money(x) })),
    shares: { mse: share(d.shares.mse), local: share(d.shares.local), scSt: share(d.shares.scSt), women: share(d.shares.women) },
    payments: Number(d.payments), averageDaysToPay: d.averageDaysToPay,
    overdue: { bills: Number(d.overdue.bills), netPaise: paise(d.overdue.netPaise), interestPaise: paise(d.overdue.interestPaise) },
  };
}

export async function vendorScorecard(vendorId: string) {
  const s = await getVendorScorecard(vendorId);
  if (!s) throw notFoundError();
  return {
    vendor: { id: s.vendor.id, legalName: s.vendor.legalName, udyamNumber: s.vendor.udyamNumber, local: s.vendor.local, status: s.vendor.status, registeredAt: iso(s.vendor.registeredAt), district: s.vendor.district },
    awarded: s.awarded, accepted: s.accepted, declined: s.declined, valuePaise: paise(s.valuePaise), delivered: s.delivered, onTime: s.onTime, onTimeRate: s.onTimeRate,
    inspectedQuantity: s.inspectedQty, rejectedQuantity: s.rejectedQty, rejectionRate: s.rejectionRate,
    preInspections: s.preInspections, preFailed: s.preFailed, preFailureRate: s.preFailureRate,
    penaltiesInForce: s.penaltiesInForce,
    barredBy: s.barredBy ? { kind: s.barredBy.kind, reason: s.barredBy.reason, startsAt: iso(s.barredBy.startsAt), endsAt: iso(s.barredBy.endsAt) } : null,
    recent: s.recent.map((r) => ({ number: r.number, status: r.status, createdAt: iso(r.createdAt), valuePaise: paise(r.valuePaise), purchaseOrderNumber: r.purchaseOrderNumber })),
  };
}
