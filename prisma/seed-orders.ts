// Demo purchase orders in every state the workflow produces — allocated, accepted, rejected and
// reallocated, not accepted in time and reallocated, pre-dispatch inspection passed, failed, failed
// then passed on re-inspection, dispatched, received, replacement due, rejected goods deducted,
// billed, overdue, paid on time, paid late with MSMED interest and liquidated damages, partly and
// wholly unfulfilled, cancelled, MSE purchase preference, direct purchase — so every window and the
// public pages have content.
//
// Every order is made by the app's own services (placing, accepting, inspecting, dispatching,
// receiving, paying), never by writing rows, so the data is what production would hold: budget
// moves, numbers, audit chain, documents and outbox notifications included. Each step runs at a
// chosen moment in the past through a virtual clock (see `at`), so due dates, lateness, interest
// and the timeline read as they would have.
//
// Idempotent: does nothing when the demo buyers already have orders.
import { randomUUID } from "node:crypto";
import { register } from "node:module";
import type { Db } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { DEMO_EMAIL } from "./seed-data/demo-accounts";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const IST_OFFSET_MS = 330 * 60_000;

type Services = Awaited<ReturnType<typeof loadServices>>;

/**
 * The services import `server-only`, which throws outside Next's react-server build. The seed is a
 * plain Node script, so this resolve hook (the one bench/lib/server-only.ts uses) makes it an empty
 * module for the imports that follow; under the react-server condition or vitest's alias it is
 * never consulted. The services are imported dynamically so that the hook is in place first.
 */
function allowServerOnlyImports() {
  const hook = `export async function resolve(specifier, context, next) {
    if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
    return next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

async function loadServices() {
  allowServerOnlyImports();
  const [place, accept, reject, cancel, receipt, deduct, sweeps, dispatch, inspect, reinspect, pay] = await Promise.all([
    import("@/lib/services/purchase-order/place-purchase-order"),
    import("@/lib/services/supply-order/accept"),
    import("@/lib/services/supply-order/reject"),
    import("@/lib/services/supply-order/cancel"),
    import("@/lib/services/supply-order/record-receipt"),
    import("@/lib/services/supply-order/deduct-rejected"),
    import("@/lib/services/supply-order/expire-overdue"),
    import("@/lib/services/dispatch/record-dispatch"),
    import("@/lib/services/inspection/record-inspection"),
    import("@/lib/services/inspection/request-reinspection"),
    import("@/lib/services/payment/release-payment"),
  ]);
  return {
    placePurchaseOrder: place.placePurchaseOrder,
    acceptSupplyOrder: accept.acceptSupplyOrder,
    rejectSupplyOrder: reject.rejectSupplyOrder,
    cancelSupplyOrder: cancel.cancelSupplyOrder,
    recordReceipt: receipt.recordReceipt,
    deductRejected: deduct.deductRejected,
    runScheduledSweeps: sweeps.runScheduledSweeps,
    recordDispatch: dispatch.recordDispatch,
    recordInspection: inspect.recordInspection,
    requestReinspection: reinspect.requestReinspection,
    releasePayment: pay.releasePayment,
  };
}

/**
 * Runs `fn` as if the clock said `when`: `new Date()` and `Date.now()` (used by the services,
 * Prisma's @default(now()), the audit chain and the outbox) are shifted; dates built from a value
 * are untouched. Seed-only: nothing else in the process runs meanwhile.
 */
async function at<T>(when: Date, fn: () => Promise<T>): Promise<T> {
  const Real = Date;
  const offset = when.getTime() - Real.now();
  class Shifted extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(Real.now() + offset);
      else super(...(args as [number]));
    }
    static now() {
      return Real.now() + offset;
    }
    // Dates made before the shift (read from the database earlier) are still dates.
    static [Symbol.hasInstance](value: unknown) {
      return value instanceof Real;
    }
  }
  globalThis.Date = Shifted as unknown as DateConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Date = Real;
  }
}

/** `daysAgo` India calendar days before today at `hour`:00 IST — never later than a minute ago. */
function day(daysAgo: number, hour = 11): Date {
  const now = Date.now();
  const t = (istDayNumber(new Date(now)) - daysAgo) * DAY_MS - IST_OFFSET_MS + hour * HOUR_MS;
  return new Date(Math.min(t, now - 60_000));
}

/** "YYYY-MM-DD" of the India calendar day `days` after `from`'s. */
function dateInput(from: Date, days = 0): string {
  return new Date((istDayNumber(from) + days) * DAY_MS).toISOString().slice(0, 10);
}

export type SeedOrdersResult = { skipped: true } | { skipped: false; purchaseOrders: number };

export async function seedOrders(db: Db): Promise<SeedOrdersResult> {
  const existing = await db.purchaseOrder.count({ where: { placedBy: { email: { in: [DEMO_EMAIL.buyer, DEMO_EMAIL.panchayat] } } } });
  if (existing > 0) return { skipped: true };
  // The services use the app's client (lib/db); let it be this one.
  (globalThis as { manakPrisma?: Db }).manakPrisma ??= db;
  const svc = await loadServices();
  const w = await world(db, svc);
  const before = await db.purchaseOrder.count();

  // First, while no other order is waiting: one that nobody answers, swept at its deadline.
  await scenarioExpired(w);
  await scenarioRejected(w);
  await scenarioAwaiting(w);
  await scenarioReminder(w);
  await scenarioDispatchedAfterPreInspection(w);
  await scenarioPreInspectionFailed(w);
  await scenarioReinspectedThenOverdue(w);
  await scenarioReceived(w);
  await scenarioBilled(w);
  await scenarioPaidLateWithInterest(w);
  await scenarioReplacementDue(w);
  await scenarioDeductedAndPaid(w);
  await scenarioUnfulfilled(w);
  await scenarioCancelled(w);
  await scenarioPanchayatPaidOnTime(w);
  await scenarioMsePreference(w);
  await scenarioDirectPurchase(w);
  await scenarioPartlyUnfulfilled(w);
  // Today's sweep: reminders for orders close to their deadline.
  await svc.runScheduledSweeps(db);
  return { skipped: false, purchaseOrders: (await db.purchaseOrder.count()) - before };
}

type World = Awaited<ReturnType<typeof world>>;

async function world(db: Db, svc: Services) {
  const actorOf = async (where: { email: string } | { vendorId: string } | { inspectorId: string }): Promise<Actor> => {
    const user = await db.user.findFirstOrThrow({
      where: "inspectorId" in where ? { inspector: { id: where.inspectorId } } : "vendorId" in where ? { vendorId: where.vendorId, role: "VENDOR" } : where,
      select: { id: true, role: true, locale: true, officeId: true, vendorId: true, agencyId: true, inspector: { select: { id: true } } },
    });
    return { userId: user.id, role: user.role, locale: user.locale, officeId: user.officeId, vendorId: user.vendorId, agencyId: user.agencyId, inspectorId: user.inspector?.id ?? null };
  };
  const buyer = await actorOf({ email: DEMO_EMAIL.buyer });
  const finance = await actorOf({ email: DEMO_EMAIL.finance });
  const panchayat = await actorOf({ email: DEMO_EMAIL.panchayat });
  const panchayatFinance = await actorOf({ email: "finance.anda@demo.manak.in" });
  const heads = await db.budgetHead.findMany({ where: { officeId: { in: [buyer.officeId!, panchayat.officeId!] } } });
  const head = (officeId: string, code: string) => heads.find((h) => h.officeId === officeId && h.code === code)!.id;
  const items = new Map((await db.item.findMany({ select: { id: true, code: true, specs: true } })).map((i) => [i.code, i]));

  const supplyOrders = (purchaseOrderId: string) =>
    db.supplyOrder.findMany({
      where: { purchaseOrderId },
      orderBy: [{ createdAt: "asc" }, { number: "asc" }],
      include: { lines: { include: { item: { select: { specs: true } } } } },
    });
  type So = Awaited<ReturnType<typeof supplyOrders>>[number];
  /** The order's newest supply order (after a reallocation, the replacement). */
  const latest = async (purchaseOrderId: string): Promise<So> => (await supplyOrders(purchaseOrderId)).at(-1)!;
  const fresh = (so: { id: string }) => db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { lines: { include: { item: { select: { specs: true } } } } } });
  const checks = (so: So, fail = false) =>
    Object.fromEntries(
      so.lines.flatMap((line) =>
        (line.item.specs as { key: string; requirement: string }[]).map((spec, i) => [
          `${line.id}:${spec.key}`,
          fail && i === 0 ? { observed: "Below the specification", ok: "no" } : { observed: spec.requirement, ok: "yes" },
        ]),
      ),
    );
  const openInspection = (so: { id: string }, kind: "PRE" | "POST") =>
    db.inspection.findFirstOrThrow({ where: { supplyOrderId: so.id, kind, status: "ASSIGNED" } });

  return {
    db, svc, buyer, finance, panchayat, panchayatFinance,
    rpr: { materials: head(buyer.officeId!, "2202-02-109-0101-31"), furniture: head(buyer.officeId!, "2202-02-109-0101-35") },
    anda: { tied: head(panchayat.officeId!, "15FC-TIED"), mgnrega: head(panchayat.officeId!, "MGNREGA-MATERIAL") },

    async place(t: Date, by: Actor, budgetHeadId: string, lines: [string, number, string?][], deliverInDays = 30) {
      const placed = await at(t, () =>
        svc.placePurchaseOrder(by, {
          budgetHeadId, consigneeOfficeId: by.officeId!, deliverBy: dateInput(t, deliverInDays), idempotencyKey: randomUUID(),
          lines: lines.map(([code, quantity, chosenOfferId]) => ({ itemId: items.get(code)!.id, quantity, chosenOfferId })),
        }),
      );
      return { purchaseOrderId: placed.purchaseOrderId, so: await latest(placed.purchaseOrderId) };
    },
    latest,
    async accept(t: Date, so: So) {
      await at(t, async () => svc.acceptSupplyOrder(await actorOf({ vendorId: so.vendorId }), { supplyOrderId: so.id }));
    },
    async reject(t: Date, so: So, reason: string) {
      await at(t, async () => svc.rejectSupplyOrder(await actorOf({ vendorId: so.vendorId }), { supplyOrderId: so.id, reason }));
    },
    async preInspect(t: Date, so: So, result: "PASS" | "FAIL", remarks = "") {
      const inspection = await openInspection(so, "PRE");
      await at(t, async () =>
        svc.recordInspection(await actorOf({ inspectorId: inspection.inspectorId }), { inspectionId: inspection.id, result, remarks, checks: checks(so, result === "FAIL") }),
      );
    },
    async requestReinspection(t: Date, so: So) {
      await at(t, async () => svc.requestReinspection(await actorOf({ vendorId: so.vendorId }), { supplyOrderId: so.id }));
    },
    async dispatch(t: Date, so: So, invoiceNumber: string) {
      await at(t, async () =>
        svc.recordDispatch(await actorOf({ vendorId: so.vendorId }), {
          supplyOrderId: so.id, dispatchedOn: dateInput(t), invoiceNumber, invoiceDate: dateInput(t), transporter: "Chhattisgarh Roadlines",
          docketNumber: `CGR${invoiceNumber.replace(/\D/g, "")}`, quantities: Object.fromEntries(so.lines.map((l) => [l.id, String(l.quantity - l.dispatchedQty)])),
        }),
      );
    },
    async receive(t: Date, so: So, by: Actor, remarks = "") {
      const now = await fresh(so);
      await at(t, () =>
        svc.recordReceipt(by, {
          supplyOrderId: so.id, receivedOn: dateInput(t), remarks, idempotencyKey: randomUUID(),
          quantities: Object.fromEntries(now.lines.map((l) => [l.id, String(l.dispatchedQty - l.receivedQty)])),
        }),
      );
    },
    async postInspect(t: Date, so: So, rejected = 0, remarks = "") {
      const now = await fresh(so);
      const inspection = await openInspection(so, "POST");
      await at(t, async () =>
        svc.recordInspection(await actorOf({ inspectorId: inspection.inspectorId }), {
          inspectionId: inspection.id, remarks, checks: checks(now, rejected > 0),
          quantities: Object.fromEntries(
            now.lines.map((l, i) => {
              const pending = l.receivedQty - l.acceptedQty - l.rejectedQty;
              const r = i === 0 ? rejected : 0;
              return [l.id, { accepted: String(pending - r), rejected: String(r) }];
            }),
          ),
        }),
      );
    },
    async pay(t: Date, so: So, by: Actor) {
      const bill = await db.bill.findUniqueOrThrow({ where: { supplyOrderId: so.id } });
      const utr = `SBIN${dateInput(t).replaceAll("-", "")}${bill.number.replace(/\D/g, "").slice(-6)}`;
      await at(t, () => svc.releasePayment(by, { billId: bill.id, bankReference: utr, idempotencyKey: randomUUID() }));
    },
    async cancel(t: Date, so: So, by: Actor, reason: string) {
      await at(t, () => svc.cancelSupplyOrder(by, { supplyOrderId: so.id, reason }));
    },
    async deduct(t: Date, so: So, by: Actor) {
      await at(t, () => svc.deductRejected(by, { supplyOrderId: so.id }));
    },
    async sweep(t: Date) {
      await at(t, () => svc.runScheduledSweeps(db, { now: t }));
    },
  };
}

// Pens: nobody answers the first vendor's order; the sweep expires it at its deadline and the
// next vendor, who accepts, is paid on time.
async function scenarioExpired(w: World) {
  const { purchaseOrderId, so } = await w.place(day(40, 10), w.buyer, w.rpr.materials, [["STN-002", 300]]);
  await w.sweep(new Date(so.acceptBy.getTime() + 5 * 60_000));
  const next = await w.latest(purchaseOrderId);
  await w.accept(day(36), next);
  await w.dispatch(day(34), next, "RSS/26-27/0412");
  await w.receive(day(32), next, w.buyer);
  await w.postInspect(day(31), next);
  await w.pay(day(25), next, w.finance);
}

// Steel almirahs: the L1 vendor rejects; the order goes to the demo vendor, who accepts it and
// has it ready to dispatch.
async function scenarioRejected(w: World) {
  const { purchaseOrderId, so } = await w.place(day(20), w.buyer, w.rpr.furniture, [["FUR-002", 10]]);
  await w.reject(day(19), so, "Our sheet-metal line is fully booked for this month.");
  await w.accept(day(18), await w.latest(purchaseOrderId));
}

// The gram panchayat's order the demo vendor still has to answer.
async function scenarioAwaiting(w: World) {
  await w.place(day(1, 10), w.panchayat, w.anda.mgnrega, [["AGR-004", 60]]);
}

// An order placed two and a half days ago, half a day from its deadline: today's sweep reminds
// the vendor.
async function scenarioReminder(w: World) {
  await w.place(new Date(Date.now() - 60 * HOUR_MS), w.buyer, w.rpr.materials, [["STN-004", 40]]);
}

// Office tables (pre-dispatch inspection by item): inspected, passed, dispatched; the buyer is
// to record the receipt.
async function scenarioDispatchedAfterPreInspection(w: World) {
  const { so } = await w.place(day(25), w.buyer, w.rpr.furniture, [["FUR-001", 8]]);
  await w.accept(day(24), so);
  await w.preInspect(day(23), so, "PASS");
  await w.dispatch(day(21), so, "FUR/26-27/0077");
}

// Steel cupboards that failed the pre-dispatch inspection; the vendor has not yet asked again.
async function scenarioPreInspectionFailed(w: World) {
  const { so } = await w.place(day(12), w.buyer, w.rpr.furniture, [["FUR-008", 4]]);
  await w.accept(day(11), so);
  await w.preInspect(day(9), so, "FAIL", "Shelf sheet 0.8 mm thick against 1.0 mm specified; doors do not close flush.");
}

// LED fittings: failed, rectified, passed on re-inspection, delivered and billed — and the bill
// is now overdue.
async function scenarioReinspectedThenOverdue(w: World) {
  const { so } = await w.place(day(35), w.buyer, w.rpr.materials, [["ELE-007", 20]]);
  await w.accept(day(34), so);
  await w.preInspect(day(32), so, "FAIL", "Luminous output measured 10 % below the rating on two samples.");
  await w.requestReinspection(day(30), so);
  await w.preInspect(day(29), so, "PASS");
  await w.dispatch(day(27), so, "ULI/26-27/0190");
  await w.receive(day(25), so, w.buyer);
  await w.postInspect(day(24), so);
}

// School uniforms received two days ago: the post-dispatch inspection is pending.
async function scenarioReceived(w: World) {
  const { so } = await w.place(day(20), w.buyer, w.rpr.materials, [["TEX-002", 150]]);
  await w.accept(day(19), so);
  await w.dispatch(day(4), so, "KVU/26-27/1044");
  await w.receive(day(2), so, w.buyer, "Delivered in 6 cartons; one carton's outer box torn.");
}

// Files and folders: accepted after inspection, billed, not yet due.
async function scenarioBilled(w: World) {
  const { so } = await w.place(day(15), w.buyer, w.rpr.materials, [["STN-005", 400]]);
  await w.accept(day(14), so);
  await w.dispatch(day(12), so, "MBS/26-27/0655");
  await w.receive(day(10), so, w.buyer);
  await w.postInspect(day(8), so);
}

// Bedsheets delivered a week late (liquidated damages) and paid long after the due date, with
// MSMED Act interest.
async function scenarioPaidLateWithInterest(w: World) {
  const { so } = await w.place(day(80), w.buyer, w.rpr.materials, [["TEX-003", 100]], 20);
  await w.accept(day(79), so);
  await w.dispatch(day(63), so, "SGG/26-27/0318");
  await w.receive(day(55), so, w.buyer, "Arrived five days after the deliver-by date.");
  await w.postInspect(day(54), so);
  await w.pay(day(20), so, w.finance);
}

// Teachers' tables (over ₹1 lakh, so inspected before dispatch): passed, but two arrived damaged;
// the vendor owes replacements.
async function scenarioReplacementDue(w: World) {
  const { so } = await w.place(day(30), w.buyer, w.rpr.furniture, [["FUR-005", 20]]);
  await w.accept(day(29), so);
  await w.preInspect(day(27), so, "PASS");
  await w.dispatch(day(20), so, "SFM/26-27/0233");
  await w.receive(day(15), so, w.buyer, "Two table tops cracked in transit.");
  await w.postInspect(day(14), so, 2, "Two tables have cracked tops; not usable.");
}

// The panchayat's bleaching powder: ten kilos rejected, deducted rather than replaced, and paid.
async function scenarioDeductedAndPaid(w: World) {
  const { so } = await w.place(day(28), w.panchayat, w.anda.tied, [["CLN-002", 100]]);
  await w.accept(day(27), so);
  await w.dispatch(day(25), so, "NCI/26-27/0088");
  await w.receive(day(23), so, w.panchayat);
  await w.postInspect(day(22), so, 10, "Ten kilograms caked with moisture.");
  await w.deduct(day(20), so, w.panchayat);
  await w.pay(day(15), so, w.panchayatFinance);
}

// Solar street lights have one local maker; it declines and nobody is left: the line is
// unfulfilled, the budget released and the order settles as cancelled.
async function scenarioUnfulfilled(w: World) {
  const { so } = await w.place(day(8), w.buyer, w.rpr.materials, [["ELE-005", 4]]);
  await w.reject(day(7), so, "Our assembly line is under maintenance until next month.");
}

// The panchayat cancels before dispatch: the grant instalment has not come.
async function scenarioCancelled(w: World) {
  const { so } = await w.place(day(6), w.panchayat, w.anda.tied, [["CLN-001", 300]]);
  await w.accept(day(5), so);
  await w.cancel(day(4), so, w.panchayat, "The 15th Finance Commission instalment has not been received yet.");
}

// Phenyl for the panchayat, delivered, accepted and paid on time.
async function scenarioPanchayatPaidOnTime(w: World) {
  const { so } = await w.place(day(45), w.panchayat, w.anda.tied, [["CLN-006", 200]]);
  await w.accept(day(44), so);
  await w.dispatch(day(42), so, "NCI/26-27/0031");
  await w.receive(day(40), so, w.panchayat);
  await w.postInspect(day(39), so);
  await w.pay(day(33), so, w.panchayatFinance);
}

// Copier paper is not reserved and an out-of-state firm is cheapest, but local MSEs within the
// preference band match its price and are served first.
async function scenarioMsePreference(w: World) {
  const { so } = await w.place(day(5), w.buyer, w.rpr.materials, [["STN-006", 300]]);
  await w.accept(day(3), so);
}

// A small order below the direct-purchase limit where the buyer picked the offer (the cheaper one
// passed over is recorded).
async function scenarioDirectPurchase(w: World) {
  const item = await w.db.item.findUniqueOrThrow({ where: { code: "STN-007" }, select: { id: true } });
  const offers = await w.db.offer.findMany({ where: { itemId: item.id, status: "ACTIVE" }, orderBy: { unitPricePaise: "desc" }, select: { id: true } });
  const { so } = await w.place(day(9), w.buyer, w.rpr.materials, [["STN-007", 50, offers[0].id]]);
  await w.accept(day(8), so);
}

// More chairs than the only vendor may supply in one order: part allocated, the rest unfulfilled.
async function scenarioPartlyUnfulfilled(w: World) {
  const { so } = await w.place(day(16), w.buyer, w.rpr.furniture, [["FUR-007", 300]]);
  await w.accept(day(15), so);
}
