/**
 * Purchase orders in any state, written straight through Prisma (no services), with the rows each
 * state implies: supply orders, inspections, dispatches, receipts, bills, payments, and an audit
 * trail through recordAudit. For read-side tests (register, dashboard, OCDS, documents) and for
 * anyone who needs a realistic order without walking the workflow.
 *
 *   const world = await makeOrderWorld(db);
 *   const { purchaseOrder, supplyOrders } = await makePurchaseOrder(db, world, {
 *     supplyOrders: [{ status: "CLOSED", paidDaysAfterDue: 20 }, { status: "REJECTED" }],
 *   });
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { computeBill, istDayNumber, msmedInterest, paymentDueDate } from "@/lib/domain/bill/rules";
import { gstinCheckChar } from "@/lib/domain/identifiers";
import { uniquePan } from "./vendor";
import { billPolicy, DEFAULT_POLICY } from "@/lib/domain/policy/policy";
import { actorOf, makeDistrict, makeOffice, makeUser } from "./index";

const uid = () => randomBytes(4).toString("hex").toUpperCase();
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
const DAY = 86_400_000;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
/** A `@db.Date` value: 00:00 UTC of the IST calendar day `d` falls on. */
const dateOnly = (d: Date) => new Date(Math.floor((d.getTime() + 330 * 60_000) / DAY) * DAY);

export async function ensurePolicy(db: Db) {
  const { directPurchaseLimitPaise, preInspectionThresholdPaise, gstTdsThresholdPaise, ...rest } = DEFAULT_POLICY;
  return db.policyVersion.upsert({
    where: { version: 1 },
    update: {},
    create: { version: 1, effectiveFrom: new Date("2025-03-31T18:30:00Z"), directPurchaseLimitPaise, preInspectionThresholdPaise, gstTdsThresholdPaise, ...rest },
  });
}

export type VendorOptions = {
  districtId: number; local?: boolean; sc?: boolean; st?: boolean; womenOwned?: boolean; legalName?: string;
  enterpriseClass?: "MICRO" | "SMALL" | "MEDIUM";
};

/** An ACTIVE vendor with a valid GSTIN (state 22 unless `local: false`) and made-up contact details. */
export async function makeVendor(db: Db, opts: VendorOptions) {
  const state = opts.local === false ? "27" : "22";
  // Random letters as well as digits: ABCDE####F gave 10,000 PANs, and a suite makes thousands of vendors.
  const pan = uniquePan();
  const body = `${state}${pan}1Z`;
  const u = uid();
  return db.vendor.create({
    data: {
      legalName: opts.legalName ?? `Vendor ${u} Udyog`, udyamNumber: `UDYAM-CG-${digits(2)}-${digits(7)}`,
      gstin: body + gstinCheckChar(body), pan, stateCode: state, bankAccount: digits(12), ifsc: "SBIN0001234",
      address: "Industrial Area", pincode: "492001", districtId: opts.districtId,
      isSc: opts.sc ?? false, isSt: opts.st ?? false, isWomenOwned: opts.womenOwned ?? false, enterpriseClass: opts.enterpriseClass ?? "MICRO",
      email: `vendor-${u.toLowerCase()}@example.com`, mobile: `+919${digits(9)}`, status: "ACTIVE", decidedAt: new Date(),
    },
  });
}

/** Everything an order needs around it: office, budget, users, policy, an item and an inspector. */
export async function makeOrderWorld(db: Db, opts: { districtId?: number } = {}) {
  const districtId = opts.districtId ?? (await makeDistrict(db)).id;
  const office = await makeOffice(db, { districtId });
  const policy = await ensurePolicy(db);
  const budgetHead = await db.budgetHead.create({
    data: { officeId: office.id, financialYear: "2026-27", code: `BH-${uid()}`, nameEn: "Office expenses", nameHi: "कार्यालय व्यय", allottedPaise: 10n ** 12n },
  });
  const buyer = await makeUser(db, "BUYER", { officeId: office.id });
  const finance = await makeUser(db, "FINANCE", { officeId: office.id });
  const category = await db.category.create({ data: { code: `CAT-${uid()}`, nameEn: "Furniture", nameHi: "फ़र्नीचर" } });
  const item = await db.item.create({
    data: {
      code: `ITEM-${uid()}`, nameEn: "Steel almirah", nameHi: "स्टील अलमारी", categoryId: category.id, unit: "NOS", hsn: "9403",
      reserved: true, specs: [{ key: "thickness_mm", labelEn: "Sheet thickness (mm)", labelHi: "चादर की मोटाई (मिमी)", requirement: "0.8" }],
      gstRates: { create: { rateBp: 1800, effectiveFrom: new Date("2017-07-01") } },
    },
  });
  const agency = await db.inspectionAgency.create({ data: { code: `AG-${uid()}`, nameEn: "District Industries Centre", nameHi: "ज़िला उद्योग केंद्र" } });
  const inspectorUser = await makeUser(db, "INSPECTOR", { agencyId: agency.id });
  const inspector = await db.inspector.create({ data: { userId: inspectorUser.id, agencyId: agency.id, districtId } });
  return { districtId, office, policy, budgetHead, buyer, finance, category, item, agency, inspector, inspectorUser };
}

export type OrderWorld = Awaited<ReturnType<typeof makeOrderWorld>>;

export type SupplyOrderSpec = {
  status?: SupplyOrderStatus;
  vendor?: Awaited<ReturnType<typeof makeVendor>>;
  /** Shortcut for a new vendor with these flags (ignored when `vendor` is given). */
  vendorOptions?: Omit<VendorOptions, "districtId">;
  quantity?: number;
  unitPricePaise?: bigint;
  preInspection?: boolean;
  /** Days after the deliver-by date the goods arrived (0 = on time). */
  daysLate?: number;
  /** Quantity the post-dispatch inspection rejected (REPLACEMENT_DUE, or a bill for the rest). */
  rejectedQty?: number;
  /** BILLED: due this many days from today (negative = overdue). Default: overdue by about a month. */
  dueInDays?: number;
  /** CLOSED: paid this many days after the due date (≤ 0 on time; > 0 with MSMED interest). */
  paidDaysAfterDue?: number;
};

// How far each status has come along the happy path.
const STEPS = ["accepted", "preInspected", "dispatched", "received", "postInspected", "billed", "paid"] as const;
const REACHED: Record<SupplyOrderStatus, number> = {
  AWAITING_ACCEPTANCE: 0, REJECTED: 0, EXPIRED: 0, CANCELLED: 1, AWAITING_PRE_INSPECTION: 1, PRE_INSPECTION_FAILED: 1,
  READY_TO_DISPATCH: 2, DISPATCHED: 3, RECEIVED: 4, REPLACEMENT_DUE: 5, BILLED: 6, CLOSED: 7,
};
const reached = (status: SupplyOrderStatus, step: (typeof STEPS)[number]) => REACHED[status] > STEPS.indexOf(step);

/**
 * A purchase order of one line, split over the given supply orders (one vendor each), each
 * carried to its status with consistent dates: placed `createdAt` (default 90 days ago), deliver
 * by +30 days, accepted +1, dispatched +10, delivered +12 (+ daysLate), accepted and billed two days
 * after delivery. The purchase order's status follows from its supply orders.
 */
export async function makePurchaseOrder(
  db: Db,
  world: OrderWorld,
  opts: { supplyOrders?: SupplyOrderSpec[]; createdAt?: Date; number?: string; audit?: boolean } = {},
) {
  const specs = opts.supplyOrders ?? [{}];
  const createdAt = opts.createdAt ?? addDays(new Date(), -90);
  const deliverBy = dateOnly(addDays(createdAt, 30));
  const audit = opts.audit ?? true;
  const buyerActor = actorOf(world.buyer);
  const inspectorActor = actorOf(world.inspectorUser, world.inspector.id);
  const gstRateBp = 1800;

  const vendors = await Promise.all(
    specs.map((s) => s.vendor ?? makeVendor(db, { districtId: world.districtId, ...s.vendorOptions })),
  );
  const quantities = specs.map((s) => s.quantity ?? 10);
  const prices = specs.map((s) => s.unitPricePaise ?? 250_000n);
  const landed = (p: bigint) => p + (p * BigInt(gstRateBp) + 5_000n) / 10_000n;
  const totalPaise = quantities.reduce((sum, q, i) => sum + BigInt(q) * landed(prices[i]), 0n);

  const number = opts.number ?? `PO-${createdAt.getUTCFullYear()}-${uid()}`;
  const purchaseOrder = await db.purchaseOrder.create({
    data: {
      number, officeId: world.office.id, consigneeOfficeId: world.office.id, budgetHeadId: world.budgetHead.id,
      placedById: world.buyer.id, policyVersionId: world.policy.id, deliverBy, blockedPaise: totalPaise, totalPaise, createdAt,
      lines: {
        create: {
          lineNo: 1, itemId: world.item.id, quantity: quantities.reduce((a, b) => a + b, 0),
          consigneeOfficeId: world.office.id, deliverBy,
        },
      },
    },
    include: { lines: true },
  });
  const line = purchaseOrder.lines[0];
  const log = (entityType: string, entityId: string, action: string, actor: Parameters<typeof recordAudit>[1]["actor"], data: Record<string, unknown> = {}) =>
    audit ? db.$transaction((tx) => recordAudit(tx, { actor, entityType, entityId, action, purchaseOrderId: purchaseOrder.id, data })) : Promise.resolve();
  await log("PurchaseOrder", purchaseOrder.id, "purchaseOrder.place", buyerActor, { number, totalPaise });

  const supplyOrders = [];
  for (const [i, spec] of specs.entries()) {
    const status = spec.status ?? "AWAITING_ACCEPTANCE";
    const vendor = vendors[i];
    const quantity = quantities[i];
    const unitPricePaise = prices[i];
    const valuePaise = BigInt(quantity) * unitPricePaise;
    const intraState = vendor.stateCode === "22";
    const preInspection = spec.preInspection ?? (status === "AWAITING_PRE_INSPECTION" || status === "PRE_INSPECTION_FAILED");
    const offer = await db.offer.upsert({
      where: { vendorId_itemId: { vendorId: vendor.id, itemId: world.item.id } },
      update: {},
      create: { vendorId: vendor.id, itemId: world.item.id, unitPricePaise, minQuantity: 1, maxQuantity: 1000, monthlyCapacity: 1000, leadTimeDays: 7 },
    });
    const acceptedAt = addDays(createdAt, 1);
    const deliveredAt = spec.daysLate ? addDays(deliverBy, spec.daysLate) : addDays(createdAt, 12);
    const goodsAcceptedAt = addDays(deliveredAt, 2);
    const rejectedQty = spec.rejectedQty ?? 0;
    const acceptedQty = quantity - rejectedQty;

    const so = await db.supplyOrder.create({
      data: {
        number: `SO-${createdAt.getUTCFullYear()}-${uid()}`, purchaseOrderId: purchaseOrder.id, vendorId: vendor.id, policyVersionId: world.policy.id,
        status, valuePaise, gstPaise: landed(unitPricePaise) * BigInt(quantity) - valuePaise, intraState, deliverBy,
        acceptBy: addDays(createdAt, 3), preInspectionRequired: preInspection, createdAt,
        acceptedAt: reached(status, "accepted") ? acceptedAt : null,
        decidedAt: status === "REJECTED" || status === "EXPIRED" || reached(status, "accepted") ? acceptedAt : null,
        rejectReason: status === "REJECTED" ? "Capacity committed elsewhere" : null,
        cancelReason: status === "CANCELLED" ? "No longer required" : null,
        deliveredAt: reached(status, "received") ? deliveredAt : null,
        goodsAcceptedAt: reached(status, "postInspected") && status !== "REPLACEMENT_DUE" ? goodsAcceptedAt : null,
        lines: {
          create: {
            purchaseOrderLineId: line.id, offerId: offer.id, itemId: world.item.id, quantity, unitPricePaise, offerPricePaise: unitPricePaise,
            gstRateBp, landedUnitPaise: landed(unitPricePaise), rank: i + 1,
            allocationReason: {
              rule: i === 0 ? "L1" : "L1_CAPACITY_REMAINDER", rank: i + 1, offerPricePaise: String(unitPricePaise),
              offerLandedUnitPaise: String(landed(unitPricePaise)), awardedUnitPricePaise: String(unitPricePaise),
              l1: { offerId: offer.id, vendorId: vendor.id, vendorName: vendor.legalName, landedUnitPaise: String(landed(unitPricePaise)), rank: 1 },
              preferenceBandBp: null, tieBreak: null,
              competing: [{ offerId: offer.id, vendorId: vendor.id, vendorName: vendor.legalName, landedUnitPaise: String(landed(unitPricePaise)), rank: i + 1 }],
              eligibleCount: specs.length, ineligibleCounts: { doesNotServeDistrict: 2 },
            },
            dispatchedQty: reached(status, "dispatched") ? quantity : 0,
            receivedQty: reached(status, "received") ? quantity : 0,
            acceptedQty: reached(status, "postInspected") ? acceptedQty : 0,
            rejectedQty: reached(status, "postInspected") ? rejectedQty : 0,
          },
        },
      },
      include: { lines: true },
    });
    const soLine = so.lines[0];
    await log("SupplyOrder", so.id, "supplyOrder.allocate", "SYSTEM", { number: so.number, vendor: vendor.legalName, quantity });
    const vendorActor = actorOf(await makeUser(db, "VENDOR", { vendorId: vendor.id }));
    if (status === "REJECTED") await log("SupplyOrder", so.id, "supplyOrder.reject", vendorActor, { reason: so.rejectReason });
    if (status === "EXPIRED") await log("SupplyOrder", so.id, "supplyOrder.expire", "SYSTEM");
    if (reached(status, "accepted")) await log("SupplyOrder", so.id, "supplyOrder.accept", vendorActor);

    if (preInspection && reached(status, "accepted") && status !== "CANCELLED") {
      const failed = status === "PRE_INSPECTION_FAILED";
      const done = failed || reached(status, "preInspected");
      const pre = await db.inspection.create({
        data: {
          supplyOrderId: so.id, kind: "PRE", inspectorId: world.inspector.id, status: failed ? "FAILED" : done ? "PASSED" : "ASSIGNED",
          scheduledOn: dateOnly(addDays(createdAt, 3)), inspectedAt: done ? addDays(createdAt, 3) : null, remarks: failed ? "Sheet thinner than specified" : null,
          checklist: done ? [{ itemId: world.item.id, key: "thickness_mm", requirement: "0.8", observed: failed ? "0.6" : "0.8", ok: !failed }] : undefined,
        },
      });
      if (done) await log("Inspection", pre.id, failed ? "inspection.fail" : "inspection.pass", inspectorActor, { kind: "PRE" });
    }
    if (reached(status, "dispatched")) {
      const d = await db.dispatch.create({
        data: {
          supplyOrderId: so.id, dispatchedOn: dateOnly(addDays(createdAt, 10)), invoiceNumber: `INV-${uid()}`, invoiceDate: dateOnly(addDays(createdAt, 10)),
          transporter: "CG Roadways", docketNumber: `DK${digits(8)}`, quantities: [{ supplyOrderLineId: soLine.id, quantity }],
        },
      });
      await log("Dispatch", d.id, "supplyOrder.dispatch", vendorActor);
    }
    if (reached(status, "received")) {
      const r = await db.receipt.create({
        data: { supplyOrderId: so.id, receivedOn: dateOnly(deliveredAt), quantities: [{ supplyOrderLineId: soLine.id, quantity }], recordedById: world.buyer.id },
      });
      await log("Receipt", r.id, "supplyOrder.receive", buyerActor);
      const post = await db.inspection.create({
        data: {
          supplyOrderId: so.id, kind: "POST", inspectorId: world.inspector.id, status: reached(status, "postInspected") ? "PASSED" : "ASSIGNED",
          scheduledOn: dateOnly(goodsAcceptedAt),
          ...(reached(status, "postInspected")
            ? { inspectedAt: goodsAcceptedAt, acceptedQty, rejectedQty, checklist: [{ itemId: world.item.id, key: "thickness_mm", requirement: "0.8", observed: "0.8", ok: true }] }
            : {}),
        },
      });
      if (reached(status, "postInspected")) await log("Inspection", post.id, "inspection.pass", inspectorActor, { kind: "POST", acceptedQty, rejectedQty });
    }
    let bill = null;
    let payment = null;
    if (reached(status, "billed")) {
      const daysLate = Math.max(0, istDayNumber(deliveredAt) - istDayNumber(deliverBy));
      const computed = computeBill({
        lines: [{ acceptedQuantity: acceptedQty, unitPricePaise, gstRateBp, late: daysLate > 0 ? [{ quantity: acceptedQty, daysLate }] : [] }],
        intraState, contractTaxableValuePaise: gstRateBp > 0 ? valuePaise : 0n, policy: billPolicy(world.policy),
      });
      const computedDue = paymentDueDate(deliveredAt, world.policy.paymentDueDays);
      const dueDate = spec.dueInDays === undefined ? computedDue : dateOnly(addDays(new Date(), spec.dueInDays));
      bill = await db.bill.create({
        data: {
          number: `BILL-${uid()}`, supplyOrderId: so.id, officeId: world.office.id, vendorId: vendor.id, status: status === "CLOSED" ? "PAID" : "PENDING",
          grossPaise: computed.gross, cgstPaise: computed.cgst, sgstPaise: computed.sgst, igstPaise: computed.igst,
          tdsCgstPaise: computed.tdsCgst, tdsSgstPaise: computed.tdsSgst, tdsIgstPaise: computed.tdsIgst,
          liquidatedDamagesPaise: computed.liquidatedDamages, netPayablePaise: computed.netPayable, weeksLate: computed.weeksLate,
          dueDate, generatedAt: goodsAcceptedAt,
        },
      });
      await log("Bill", bill.id, "bill.generate", "SYSTEM", { number: bill.number, netPayablePaise: bill.netPayablePaise });
      if (status === "CLOSED") {
        const paidAt = addDays(dueDate, spec.paidDaysAfterDue ?? -2);
        const interestPaise = msmedInterest(bill.netPayablePaise + bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise, dueDate, paidAt, world.policy.bankRateBp);
        payment = await db.payment.create({
          data: {
            billId: bill.id, bankReference: `UTR${digits(12)}`, amountPaise: bill.netPayablePaise + interestPaise, interestPaise,
            daysLate: Math.max(0, spec.paidDaysAfterDue ?? 0), paidAt, idempotencyKey: randomBytes(8).toString("hex"), releasedById: world.finance.id,
          },
        });
        await log("Payment", payment.id, "payment.release", actorOf(world.finance), { amountPaise: payment.amountPaise, interestPaise });
      }
    }
    if (status === "CANCELLED") await log("SupplyOrder", so.id, "supplyOrder.cancel", buyerActor, { reason: so.cancelReason });
    supplyOrders.push({ ...so, vendor, bill, payment });
  }

  const open = supplyOrders.some((so) => !["REJECTED", "EXPIRED", "CANCELLED", "CLOSED"].includes(so.status));
  const poStatus = open ? "OPEN" : supplyOrders.some((so) => so.status === "CLOSED") ? "CLOSED" : "CANCELLED";
  const updated = await db.purchaseOrder.update({
    where: { id: purchaseOrder.id },
    data: {
      status: poStatus, closedAt: poStatus === "OPEN" ? null : new Date(),
      lines: { update: { where: { id: line.id }, data: { status: poStatus === "CANCELLED" ? "UNFULFILLED" : "ALLOCATED" } } },
    },
  });
  if (poStatus !== "OPEN") await log("PurchaseOrder", purchaseOrder.id, poStatus === "CLOSED" ? "purchaseOrder.close" : "purchaseOrder.cancel", "SYSTEM");
  return { purchaseOrder: updated, line, supplyOrders, vendors };
}
