/**
 * The workflow driven through the REAL services (placing, accepting, rejecting, receiving …), for
 * the ordering tests, the fulfilment tests and anyone who needs orders whose every row, audit event
 * and notification was written the way production writes them. (tests/factories/orders.ts writes
 * finished states straight through Prisma instead, for read-side tests.)
 *
 *   const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n }, { price: 260_000n }] });
 *   const placed = await placeOrder(world, { quantity: 10 });
 *   const so = await supplyOrdersOf(placed.purchaseOrderId);
 *   await acceptSupplyOrder(world.vendors[0].actor, { supplyOrderId: so[0].id });
 *
 * Engineer B's helpers for states after dispatch may be added below (keep edits additive).
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { financialYearOf } from "@/lib/domain/purchase-order/numbering";
import { istDateAfter } from "@/lib/domain/purchase-order/input";
import { actorOf, makeDistrict, makeOffice, makeUser } from "./index";
import { ensurePolicy, makeVendor } from "./orders";

export type VendorSpec = {
  /** Ex-GST unit price, paise. Default ₹2,500. */
  price?: bigint;
  local?: boolean;
  capacity?: number;
  maxQuantity?: number;
  minQuantity?: number;
  leadTimeDays?: number;
  matchesL1?: boolean;
  /** Serves the world's district (default true). */
  serves?: boolean;
  registeredAt?: Date;
};

export type WorldVendor = Awaited<ReturnType<typeof makeVendor>> & {
  offerId: string;
  user: { id: string };
  actor: Actor;
};

/**
 * A district with an office (its buyer, finance officer and a budget head of this financial year),
 * one catalogue item (GST 18 %), an inspector in the district, and vendors with offers on the item
 * serving the district, each with a user. Vendors are listed in the order given.
 */
export async function makeOrderingWorld(
  db: Db,
  opts: {
    vendors?: VendorSpec[];
    reserved?: boolean;
    preDispatchInspection?: boolean;
    allottedPaise?: bigint;
    gstRateBp?: number;
  } = {},
) {
  const district = await makeDistrict(db);
  const office = await makeOffice(db, { districtId: district.id });
  const policy = await ensurePolicy(db);
  const tag = randomUUID().slice(0, 8).toUpperCase();
  const budgetHead = await db.budgetHead.create({
    data: {
      officeId: office.id, financialYear: financialYearOf(new Date()), code: `BH-${tag}`, nameEn: "Materials and supplies",
      nameHi: "सामग्री एवं प्रदाय", allottedPaise: opts.allottedPaise ?? 10n ** 10n,
    },
  });
  const buyer = await makeUser(db, "BUYER", { officeId: office.id });
  const finance = await makeUser(db, "FINANCE", { officeId: office.id });
  const category = await db.category.create({ data: { code: `CAT-${tag}`, nameEn: "Furniture", nameHi: "फ़र्नीचर" } });
  const item = await makeItem(db, category.id, { reserved: opts.reserved, preDispatchInspection: opts.preDispatchInspection, gstRateBp: opts.gstRateBp });
  const agency = await db.inspectionAgency.create({ data: { code: `AG-${tag}`, nameEn: "District Industries Centre", nameHi: "ज़िला उद्योग केंद्र" } });
  const inspectorUser = await makeUser(db, "INSPECTOR", { agencyId: agency.id });
  const inspector = await db.inspector.create({ data: { userId: inspectorUser.id, agencyId: agency.id, districtId: district.id } });

  const world = {
    district, office, policy, budgetHead, buyer, finance, category, item, agency, inspector, inspectorUser,
    buyerActor: actorOf(buyer),
    financeActor: actorOf(finance),
    inspectorActor: actorOf(inspectorUser, inspector.id),
    vendors: [] as WorldVendor[],
  };
  for (const spec of opts.vendors ?? [{}]) world.vendors.push(await addVendor(db, world, spec));
  return world;
}

export type OrderingWorld = Awaited<ReturnType<typeof makeOrderingWorld>>;

export async function makeItem(
  db: Db,
  categoryId: string,
  opts: { reserved?: boolean; preDispatchInspection?: boolean; gstRateBp?: number } = {},
) {
  const tag = randomUUID().slice(0, 8).toUpperCase();
  return db.item.create({
    data: {
      code: `ITEM-${tag}`, nameEn: `Steel almirah ${tag}`, nameHi: `स्टील अलमारी ${tag}`, categoryId, unit: "NOS", hsn: "9403",
      reserved: opts.reserved ?? true, preDispatchInspection: opts.preDispatchInspection ?? false,
      specs: [{ key: "thickness_mm", labelEn: "Sheet thickness (mm)", labelHi: "चादर की मोटाई (मिमी)", requirement: "0.8" }],
      gstRates: { create: { rateBp: opts.gstRateBp ?? 1800, effectiveFrom: new Date("2017-07-01") } },
    },
  });
}

/** A vendor with a user and an offer on `itemId` (default the world's item). */
export async function addVendor(
  db: Db,
  world: Pick<OrderingWorld, "district" | "item">,
  spec: VendorSpec = {},
  itemId = world.item.id,
): Promise<WorldVendor> {
  const vendor = await makeVendor(db, { districtId: world.district.id, local: spec.local });
  if (spec.registeredAt) await db.vendor.update({ where: { id: vendor.id }, data: { registeredAt: spec.registeredAt } });
  const price = spec.price ?? 250_000n;
  const offer = await db.offer.create({
    data: {
      vendorId: vendor.id, itemId, unitPricePaise: price, minQuantity: spec.minQuantity ?? 1, maxQuantity: spec.maxQuantity ?? 1000,
      monthlyCapacity: spec.capacity ?? 1000, leadTimeDays: spec.leadTimeDays ?? 5, matchesL1: spec.matchesL1 ?? true,
      districts: spec.serves === false ? undefined : { create: { districtId: world.district.id } },
      prices: { create: { unitPricePaise: price } },
    },
  });
  const user = await makeUser(db, "VENDOR", { vendorId: vendor.id });
  return { ...vendor, registeredAt: spec.registeredAt ?? vendor.registeredAt, offerId: offer.id, user, actor: actorOf(user) };
}

/** "YYYY-MM-DD" of India's calendar day `days` from today: what a date input sends. */
export function dateInput(days: number): string {
  return istDateAfter(new Date(), days).toISOString().slice(0, 10);
}

/** The buyer places an order for the world's item (or `lines`) to their own office, deliver by +30 days. */
export async function placeOrder(
  world: OrderingWorld,
  opts: { quantity?: number; lines?: { itemId: string; quantity: number; chosenOfferId?: string }[]; deliverInDays?: number; idempotencyKey?: string; actor?: Actor } = {},
) {
  const { placePurchaseOrder } = await import("@/lib/services/purchase-order/place-purchase-order");
  return placePurchaseOrder(opts.actor ?? world.buyerActor, {
    budgetHeadId: world.budgetHead.id,
    consigneeOfficeId: world.office.id,
    deliverBy: dateInput(opts.deliverInDays ?? 30),
    lines: opts.lines ?? [{ itemId: world.item.id, quantity: opts.quantity ?? 10 }],
    idempotencyKey: opts.idempotencyKey,
  });
}

/** A purchase order's supply orders, oldest first, with their lines. */
export async function supplyOrdersOf(db: Db, purchaseOrderId: string) {
  return db.supplyOrder.findMany({
    where: { purchaseOrderId },
    orderBy: [{ createdAt: "asc" }, { number: "asc" }],
    include: { lines: true },
  });
}

/** The world's vendor that got a supply order. */
export function vendorOf(world: OrderingWorld, so: { vendorId: string }): WorldVendor {
  const vendor = world.vendors.find((v) => v.id === so.vendorId);
  if (!vendor) throw new Error(`no world vendor ${so.vendorId}`);
  return vendor;
}

/** Accepts every supply order of the purchase order still awaiting acceptance, as its vendor. */
export async function acceptAll(db: Db, world: OrderingWorld, purchaseOrderId: string) {
  const { acceptSupplyOrder } = await import("@/lib/services/supply-order/accept");
  const waiting = (await supplyOrdersOf(db, purchaseOrderId)).filter((so) => so.status === "AWAITING_ACCEPTANCE");
  for (const so of waiting) await acceptSupplyOrder(vendorOf(world, so).actor, { supplyOrderId: so.id });
  return supplyOrdersOf(db, purchaseOrderId);
}

/** A receipt form for everything dispatched and not yet received, dated today. */
export function receiptForm(so: { id: string; lines: { id: string; dispatchedQty: number; receivedQty: number }[] }, overrides: Record<string, unknown> = {}) {
  return {
    supplyOrderId: so.id,
    receivedOn: dateInput(0),
    remarks: "",
    quantities: Object.fromEntries(so.lines.map((l) => [l.id, String(l.dispatchedQty - l.receivedQty)])),
    ...overrides,
  };
}

/** Audit actions recorded for an entity, in chain order. */
export async function auditActionsOf(db: Db, entityId: string): Promise<string[]> {
  return (await db.auditEvent.findMany({ where: { entityId }, orderBy: { seq: "asc" }, select: { action: true } })).map((e) => e.action);
}

/** Outbox rows of one event for one user (e-mail, SMS, in-app). */
export async function outboxCount(db: Db, userId: string, event: string): Promise<number> {
  return db.notification.count({ where: { userId, event } });
}
