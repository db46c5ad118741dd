/**
 * Starting states for the fulfilment services (inspection, dispatch, bill, payment), written
 * straight through Prisma by tests/factories/orders.ts so these tests do not depend on the
 * ordering services. Adds what those services need on top: the budget head's block matching the
 * purchase order's, the vendor's user, actors for every role, and people of other scopes.
 *
 *   const world = await makeFulfilmentWorld(db);
 *   const { so, vendorActor } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH");
 */
import type { Db } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";
import { actorOf, makeOffice, makeUser } from "./index";
import { makeOrderWorld, makePurchaseOrder, makeVendor, type OrderWorld, type SupplyOrderSpec } from "./orders";

export async function makeFulfilmentWorld(db: Db, opts: { districtId?: number } = {}) {
  const world = await makeOrderWorld(db, opts);
  const admin = await makeUser(db, "ADMIN");
  // One supplier for every order unless a test asks for another: the factory's random GSTINs
  // would start colliding after a few hundred vendors.
  const vendor = await makeVendor(db, { districtId: world.districtId });
  return {
    ...world,
    vendor,
    buyerActor: actorOf(world.buyer),
    financeActor: actorOf(world.finance),
    inspectorActor: actorOf(world.inspectorUser, world.inspector.id),
    adminActor: actorOf(admin),
  };
}

export type FulfilmentWorld = Awaited<ReturnType<typeof makeFulfilmentWorld>>;

/**
 * One purchase order with one supply order in `status` (see SupplyOrderSpec for dates, lateness,
 * rejections and due dates), from the world's vendor unless `vendor` says otherwise. Placed 5 days ago by default, so its deliver-by date (placed + 30
 * days) is still ahead and reallocation can find vendors whose lead time fits.
 */
export async function makeSupplyOrderIn(
  db: Db,
  world: FulfilmentWorld,
  status: SupplyOrderStatus,
  spec: Omit<SupplyOrderSpec, "status"> & { createdAt?: Date } = {},
) {
  const { createdAt = new Date(Date.now() - 5 * 86_400_000), ...soSpec } = spec;
  const made = await makePurchaseOrder(db, world, { createdAt, supplyOrders: [{ vendor: world.vendor, ...soSpec, status }] });
  // What placing the order blocked on the head (the factory writes only the order's own share).
  await db.budgetHead.update({ where: { id: world.budgetHead.id }, data: { blockedPaise: { increment: made.purchaseOrder.blockedPaise } } });
  const so = made.supplyOrders[0];
  const vendorUser = await db.user.findFirstOrThrow({ where: { vendorId: so.vendorId, role: "VENDOR" } });
  const openInspection = await db.inspection.findFirst({ where: { supplyOrderId: so.id, status: "ASSIGNED" } });
  return {
    purchaseOrder: made.purchaseOrder,
    so,
    line: so.lines[0],
    vendor: so.vendor,
    vendorUser,
    vendorActor: actorOf(vendorUser),
    inspection: openInspection,
    bill: so.bill,
  };
}

/** Another inspector, optionally in another district; by default in the world's agency and district. */
export async function makeInspector(db: Db, world: OrderWorld, opts: { districtId?: number; active?: boolean } = {}) {
  const user = await makeUser(db, "INSPECTOR", { agencyId: world.agency.id });
  const inspector = await db.inspector.create({
    data: { userId: user.id, agencyId: world.agency.id, districtId: opts.districtId ?? world.districtId, active: opts.active ?? true },
  });
  return { user, inspector, actor: actorOf(user, inspector.id) };
}

/** Users of the same roles in other scopes: another office's finance and buyer, another vendor. */
export async function makeStrangers(db: Db, world: OrderWorld) {
  const office = await makeOffice(db, { districtId: world.districtId });
  const finance = await makeUser(db, "FINANCE", { officeId: office.id });
  const buyer = await makeUser(db, "BUYER", { officeId: office.id });
  const vendor = await makeVendor(db, { districtId: world.districtId });
  const vendorUser = await makeUser(db, "VENDOR", { vendorId: vendor.id });
  const other = await makeInspector(db, world);
  return {
    financeActor: actorOf(finance),
    buyerActor: actorOf(buyer),
    vendorActor: actorOf(vendorUser),
    inspectorActor: other.actor,
  };
}

/**
 * An eligible alternative for reallocation: an ACTIVE local vendor whose offer on the world's item
 * serves the world's district with capacity and a short lead time.
 */
export async function makeAlternativeOffer(db: Db, world: OrderWorld, unitPricePaise = 260_000n) {
  const vendor = await makeVendor(db, { districtId: world.districtId });
  await makeUser(db, "VENDOR", { vendorId: vendor.id });
  const offer = await db.offer.create({
    data: {
      vendorId: vendor.id, itemId: world.item.id, unitPricePaise, minQuantity: 1, maxQuantity: 1000, monthlyCapacity: 1000, leadTimeDays: 3,
      districts: { create: { districtId: world.districtId } },
      prices: { create: { unitPricePaise } },
    },
  });
  return { vendor, offer };
}

/** A policy version other than the world's (version 1), in force from `effectiveFrom`. */
export async function makePolicyVersion(db: Db, version: number, overrides: Partial<typeof DEFAULT_POLICY> = {}, effectiveFrom = new Date()) {
  return db.policyVersion.create({ data: { ...DEFAULT_POLICY, ...overrides, version, effectiveFrom } });
}

/** The form a person would submit for a PRE inspection of the world's item: every check met or not. */
export function preInspectionForm(lineId: string, result: "PASS" | "FAIL", remarks = "") {
  return {
    result,
    remarks,
    checks: { [`${lineId}:thickness_mm`]: { observed: result === "PASS" ? "0.8" : "0.6", ok: result === "PASS" ? "yes" : "no" } },
  };
}

/** A POST inspection form accepting and rejecting the given quantities of one line. */
export function postInspectionForm(lineId: string, accepted: number, rejected: number, remarks = rejected > 0 ? "Dented doors" : "") {
  return {
    remarks,
    checks: { [`${lineId}:thickness_mm`]: { observed: "0.8", ok: rejected > 0 ? "no" : "yes" } },
    quantities: { [lineId]: { accepted: String(accepted), rejected: String(rejected) } },
  };
}

/** A valid dispatch form for every line of a supply order, dated today. */
export function dispatchForm(supplyOrderId: string, lines: { id: string; quantity: number }[], overrides: Record<string, unknown> = {}) {
  const today = new Date(Math.floor((Date.now() + 330 * 60_000) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  return {
    supplyOrderId, dispatchedOn: today, invoiceNumber: "INV/2026/0042", invoiceDate: today, transporter: "CG Roadways",
    docketNumber: "DK12345678", quantities: Object.fromEntries(lines.map((l) => [l.id, String(l.quantity)])),
    ...overrides,
  };
}

/** An error's AppError code, or the error itself (so an unexpected failure shows in the assertion). */
export function codeOf(error: unknown): string | unknown {
  return error instanceof AppError ? error.code : error;
}

/** Runs `n` copies of a call at once and sorts the outcomes: what succeeded, and the codes of what failed. */
export async function race<T>(n: number, call: () => Promise<T>) {
  const settled = await Promise.allSettled(Array.from({ length: n }, call));
  return {
    successes: settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : [])),
    failures: settled.flatMap((s) => (s.status === "rejected" ? [codeOf(s.reason)] : [])),
  };
}

/** The smallest files each accepted type starts with, and one that is none of them. */
export const SAMPLE_FILES = {
  jpeg: { name: "dent.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]) },
  png: { name: "label.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
  pdf: { name: "report.pdf", bytes: new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n") },
  exe: { name: "photo.jpg", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) },
};

/**
 * Receipt of goods the way the buyer's "record receipt" step leaves things (the receiving service
 * belongs to the ordering work): received quantities added, the order RECEIVED, a Receipt row,
 * and the post-dispatch inspection assigned automatically.
 */
export async function receiveGoods(db: Db, world: FulfilmentWorld, supplyOrderId: string, quantities: { lineId: string; quantity: number }[]) {
  const { assignInspection } = await import("@/lib/services/inspection/assign-inspection");
  return db.$transaction(async (tx) => {
    const { count } = await tx.supplyOrder.updateMany({ where: { id: supplyOrderId, status: "DISPATCHED" }, data: { status: "RECEIVED", deliveredAt: new Date() } });
    if (count !== 1) throw new Error("receiveGoods: the supply order is not DISPATCHED");
    for (const q of quantities) await tx.supplyOrderLine.update({ where: { id: q.lineId }, data: { receivedQty: { increment: q.quantity } } });
    await tx.receipt.create({
      data: {
        supplyOrderId, receivedOn: new Date(Math.floor((Date.now() + 330 * 60_000) / 86_400_000) * 86_400_000),
        quantities: quantities.map((q) => ({ supplyOrderLineId: q.lineId, quantity: q.quantity })), recordedById: world.buyer.id,
      },
    });
    return assignInspection(tx, { supplyOrderId, kind: "POST", actor: world.buyerActor });
  });
}
