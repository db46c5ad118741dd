import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { allocateLine, directPurchaseAllowed } from "@/lib/domain/allocation/rank";
import { istDateAfter } from "@/lib/domain/purchase-order/input";
import type { CartLine } from "@/lib/domain/purchase-order/cart";
import { financialYearOf } from "@/lib/domain/purchase-order/numbering";
import { parseCatalogueSearch, type SearchParamsInput } from "@/lib/domain/catalogue/search";
import { gstRateInForce, loadCandidates } from "@/lib/queries/allocation/candidates";
import { landedValueOf } from "@/lib/domain/allocation/rank";
import { policyVersionInForce } from "@/lib/queries/policy-in-force";
import { searchCatalogue } from "./catalogue-search";

/** The deliver-by date the order form starts with: a month gives most vendors' lead times room. */
export const DEFAULT_DELIVER_IN_DAYS = 30;
const MAX_CONSIGNEES = 200;

function buyerOffice(actor: Actor): string {
  assertCan(actor, "purchaseOrder.place");
  if (!actor.officeId) throw new Error("a buyer always belongs to an office");
  return actor.officeId;
}

/** The buyer's home: this year's budget heads with what is free, and what waits for the office. */
export async function buyerHome(actor: Actor) {
  const officeId = buyerOffice(actor);
  const [office, budgetHeads, toReceive, toDecide, awaitingVendors] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { nameEn: true, nameHi: true, kind: true } }),
    budgetHeadsOf(officeId),
    db.supplyOrder.count({ where: { status: "DISPATCHED", purchaseOrder: { OR: [{ officeId }, { consigneeOfficeId: officeId }] } } }),
    db.supplyOrder.count({ where: { status: "REPLACEMENT_DUE", purchaseOrder: { officeId } } }),
    db.supplyOrder.count({ where: { status: "AWAITING_ACCEPTANCE", purchaseOrder: { officeId } } }),
  ]);
  return { office, budgetHeads, toReceive, toDecide, awaitingVendors };
}

async function budgetHeadsOf(officeId: string) {
  const heads = await db.budgetHead.findMany({
    where: { officeId, financialYear: financialYearOf(new Date()) },
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameEn: true, nameHi: true, financialYear: true, allottedPaise: true, blockedPaise: true, spentPaise: true },
  });
  return heads.map((h) => ({ ...h, freePaise: h.allottedPaise - h.blockedPaise - h.spentPaise }));
}

/** The catalogue as this buyer sees it: only offers that serve the office's district. */
export async function buyerCatalogue(actor: Actor, params: SearchParamsInput) {
  const officeId = buyerOffice(actor);
  const office = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { district: { select: { slug: true, nameEn: true, nameHi: true } } } });
  const { search, fieldErrors } = parseCatalogueSearch({ ...params, district: office.district.slug });
  const page = await searchCatalogue({ ...search, districtSlug: office.district.slug });
  // Nothing here for the district: say whether the item exists at all, so the buyer sees
  // "nobody serves your district yet" with the item, not "not found" (issue 15).
  const unserved = page.items.length === 0 && search.q ? (await searchCatalogue({ ...search, districtSlug: null }, 5)).items : [];
  const asked = unserved.length
    ? new Set((await db.itemDemand.findMany({ where: { officeId, itemId: { in: unserved.map((i) => i.id) } }, select: { itemId: true } })).map((d) => d.itemId))
    : new Set<string>();
  return { ...page, q: search.q, fieldErrors, district: office.district, unserved: unserved.map((item) => ({ ...item, asked: asked.has(item.id) })) };
}

/**
 * What the order form offers: this year's budget heads, and the offices goods may be sent to —
 * the buying office and its department's offices in the same district (a panchayat secretary is
 * not offered the state's thousands of panchayats in other districts).
 */
export async function placeOrderContext(actor: Actor) {
  const officeId = buyerOffice(actor);
  const office = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { id: true, nameEn: true, nameHi: true, departmentId: true, districtId: true } });
  const [budgetHeads, others] = await Promise.all([
    budgetHeadsOf(officeId),
    db.office.findMany({
      where: { departmentId: office.departmentId, districtId: office.districtId, id: { not: officeId } },
      orderBy: { nameEn: "asc" },
      take: MAX_CONSIGNEES,
      select: { id: true, nameEn: true, nameHi: true },
    }),
  ]);
  return { budgetHeads, consignees: [{ id: office.id, nameEn: office.nameEn, nameHi: office.nameHi }, ...others] };
}

/**
 * The cart with a preview of what placing it now would do: for each item, the offers the system
 * would award and what nobody could supply, at the chosen consignee and deliver-by date. Below the
 * policy's direct-purchase limit the buyer may pick an offer instead, so the eligible offers are
 * listed. The service allocates again when the order is placed; this is only a preview.
 */
export async function cartPreview(actor: Actor, lines: readonly CartLine[], opts: { consigneeOfficeId?: string | null; deliverBy?: Date | null } = {}) {
  const officeId = buyerOffice(actor);
  const now = new Date();
  const deliverBy = opts.deliverBy ?? istDateAfter(now, DEFAULT_DELIVER_IN_DAYS);
  const consignee =
    (opts.consigneeOfficeId && (await db.office.findUnique({ where: { id: opts.consigneeOfficeId }, select: { districtId: true } }))) ||
    (await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { districtId: true } }));
  const items = await db.item.findMany({
    where: { id: { in: lines.map((l) => l.itemId) } },
    select: { id: true, code: true, nameEn: true, nameHi: true, unit: true, reserved: true, active: true, preDispatchInspection: true },
  });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const policy = await policyVersionInForce(db, now);

  const previews = [];
  for (const line of lines) {
    const item = itemById.get(line.itemId);
    if (!item?.active) {
      previews.push({ line, item: item ?? null, awards: [], unfulfilledQuantity: line.quantity, eligible: [], landedPaise: 0n });
      continue;
    }
    const gstRateBp = await gstRateInForce(db, item.id, now);
    const offers = await loadCandidates(db, { itemId: item.id, districtId: consignee.districtId, gstRateBp, at: now });
    const result = allocateLine({ line: { quantity: line.quantity, reserved: item.reserved, districtId: consignee.districtId, deliverBy }, today: now, offers, policy });
    const vendorName = new Map(result.ranking.map((r) => [r.offerId, r.vendorName]));
    previews.push({
      line,
      item,
      awards: result.awards.map((a) => ({ vendorName: vendorName.get(a.offerId)!, quantity: a.quantity, landedUnitPaise: a.landedUnitPaise, rule: a.reason.rule })),
      unfulfilledQuantity: result.unfulfilledQuantity,
      eligible: result.ranking.filter((r) => r.eligible).map((r) => ({ offerId: r.offerId, vendorName: r.vendorName, landedUnitPaise: r.landedUnitPaise })),
      landedPaise: landedValueOf(result.awards.map((award) => ({ award }))),
    });
  }
  const totalPaise = previews.reduce((sum, p) => sum + p.landedPaise, 0n);
  return {
    lines: previews,
    totalPaise,
    deliverBy,
    directPurchaseAllowed: totalPaise > 0n && directPurchaseAllowed(totalPaise, policy),
    directPurchaseLimitPaise: policy.directPurchaseLimitPaise,
  };
}

export type CartPreview = Awaited<ReturnType<typeof cartPreview>>;
