import { beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/prisma-client";
import { msmedInterest } from "@/lib/domain/bill/rules";
import { CSV_HEADER, orderCsvRows } from "@/lib/open-data/register-csv";
import { toRelease } from "@/lib/ocds/release";
import { getDashboard } from "@/lib/queries/dashboard";
import { refreshPublicViews } from "@/lib/queries/public-views";
import { getPublicOrder, loadPublicOrders } from "@/lib/queries/public-order";
import { listRegister, parseRegisterFilters, registerBatches, type RegisterFilters } from "@/lib/queries/register";
import { getVendorScorecard } from "@/lib/queries/scorecard";
import { orderTimeline } from "@/lib/queries/timeline";
import { makeOrderWorld, makePurchaseOrder, makeVendor, type OrderWorld } from "../factories/orders";

const db = createPrisma();
const at = (iso: string) => new Date(iso);

let raipur: OrderWorld;
let bastar: OrderWorld;
let star: Awaited<ReturnType<typeof makeVendor>>;
// notYetDue is a medium enterprise: its spend is not MSE spend.
const made: Record<string, Awaited<ReturnType<typeof makePurchaseOrder>>> = {};

beforeAll(async () => {
  raipur = await makeOrderWorld(db);
  bastar = await makeOrderWorld(db);
  await db.item.update({ where: { id: bastar.item.id }, data: { nameEn: "Wooden bench", nameHi: "लकड़ी की बेंच" } });
  star = await makeVendor(db, { districtId: raipur.districtId, legalName: "Star Steel Fabricators", womenOwned: true });

  // Financial year 2025-26. 00:30 IST on 1 July is still 30 June in UTC: the date filter must use IST.
  made.paidLate = await makePurchaseOrder(db, raipur, { createdAt: at("2025-06-30T19:00:00Z"), supplyOrders: [{ status: "CLOSED", vendor: star, paidDaysAfterDue: 31 }] });
  made.paidOnTime = await makePurchaseOrder(db, raipur, { createdAt: at("2025-05-10T05:00:00Z"), supplyOrders: [{ status: "CLOSED", vendorOptions: { sc: true }, unitPricePaise: 1_000_000n }] });
  made.overdue = await makePurchaseOrder(db, bastar, { createdAt: at("2025-08-01T05:00:00Z"), supplyOrders: [{ status: "BILLED", vendor: star, daysLate: 4 }] });
  made.notYetDue = await makePurchaseOrder(db, bastar, { createdAt: at("2025-09-01T05:00:00Z"), supplyOrders: [{ status: "BILLED", vendorOptions: { local: false, enterpriseClass: "MEDIUM" }, dueInDays: 30 }] });
  made.declined = await makePurchaseOrder(db, bastar, { createdAt: at("2025-10-01T05:00:00Z"), supplyOrders: [{ status: "REJECTED", vendor: star }, { status: "EXPIRED" }] });
  made.fresh = await makePurchaseOrder(db, raipur, { createdAt: at("2025-11-01T05:00:00Z"), supplyOrders: [{ status: "AWAITING_ACCEPTANCE" }] });
  made.preFailed = await makePurchaseOrder(db, raipur, { createdAt: at("2025-11-02T05:00:00Z"), supplyOrders: [{ status: "PRE_INSPECTION_FAILED", vendor: star }] });
  made.replacement = await makePurchaseOrder(db, raipur, { createdAt: at("2025-11-03T05:00:00Z"), supplyOrders: [{ status: "REPLACEMENT_DUE", vendor: star, rejectedQty: 4 }] });
  // Whatever a person types into free text, it must not leak contact details.
  await db.supplyOrder.updateMany({
    where: { purchaseOrderId: made.declined.purchaseOrder.id, status: "REJECTED" },
    data: { rejectReason: "Busy. Call Ramesh on +91 98765 43210 or write to ramesh.k@example.com; a/c 123456789012" },
  });
});

const numbersOf = async (filters: RegisterFilters) => (await listRegister(filters, null, 100)).rows.map((r) => r.number);

describe("public order register", () => {
  it("lists newest first and filters by district, department, vendor, item, status and IST date", async () => {
    const all = await numbersOf({});
    expect(all).toEqual(
      [made.replacement, made.preFailed, made.fresh, made.declined, made.notYetDue, made.overdue, made.paidLate, made.paidOnTime].map((m) => m.purchaseOrder.number),
    );
    const inBastar = await numbersOf({ district: bastar.districtId });
    expect(inBastar.sort()).toEqual([made.overdue, made.notYetDue, made.declined].map((m) => m.purchaseOrder.number).sort());
    expect(await numbersOf({ department: raipur.office.departmentId })).toHaveLength(5);
    expect((await numbersOf({ vendor: star.id })).sort()).toEqual(
      [made.paidLate, made.overdue, made.declined, made.preFailed, made.replacement].map((m) => m.purchaseOrder.number).sort(),
    );
    expect(await numbersOf({ vendor: "star steel" })).toHaveLength(5);
    expect((await numbersOf({ item: "बेंच" })).sort()).toEqual(inBastar.sort());
    expect(await numbersOf({ item: bastar.item.code.toLowerCase() })).toHaveLength(3);
    expect(await numbersOf({ status: "CLOSED" })).toEqual([made.paidLate, made.paidOnTime].map((m) => m.purchaseOrder.number));
    expect(await numbersOf({ status: "CANCELLED" })).toEqual([made.declined.purchaseOrder.number]);
    expect(await numbersOf({ from: "2025-07-01", to: "2025-07-31" })).toEqual([made.paidLate.purchaseOrder.number]);
    expect(await numbersOf({ to: "2025-06-30" })).toEqual([made.paidOnTime.purchaseOrder.number]);
    expect(await numbersOf({ district: raipur.districtId, vendor: star.id, status: "OPEN" })).toEqual([made.replacement, made.preFailed].map((m) => m.purchaseOrder.number));
  });

  it("ignores filters that do not parse instead of failing", () => {
    expect(parseRegisterFilters({ district: "abc", status: "LOST", from: "2025-13-45", vendor: "x", item: ["chair", "desk"], department: "" })).toEqual({
      district: undefined, department: undefined, vendor: undefined, item: "chair", status: undefined, from: undefined, to: undefined,
    });
  });

  it("pages by keyset without gaps or repeats, and restarts on a forged cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listRegister>> = await listRegister({}, cursor, 3);
      expect(page.rows.length).toBeLessThanOrEqual(3);
      seen.push(...page.rows.map((r) => r.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await numbersOf({}));
    expect((await listRegister({}, "forged", 3)).rows[0].number).toBe(seen[0]);
  });

  it("exports the filtered view as CSV, one row per supply-order line", async () => {
    let csv = CSV_HEADER.join(",") + "\r\n";
    for await (const batch of registerBatches({ district: bastar.districtId }, { batch: 2 })) for (const o of batch) csv += orderCsvRows(o, "https://x.in").join("");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 4); // overdue (1 SO) + notYetDue (1) + declined (2)
    expect(lines.slice(1).every((l) => l.split(",").length >= CSV_HEADER.length)).toBe(true);
    expect(csv).toContain(made.overdue.supplyOrders[0].number);
  });

  it("never shows personal data: no e-mail, phone, bank account, PAN or GSTIN anywhere public", async () => {
    const orders = await loadPublicOrders(Object.values(made).map((m) => m.purchaseOrder.id));
    const outputs = [
      JSON.stringify(await listRegister({}, null, 100), bigintSafe),
      JSON.stringify(orders, bigintSafe),
      JSON.stringify(orders.map((o) => toRelease(o, { ocidPrefix: "ocds-manak01", baseUrl: "https://x.in" }))),
      orders.flatMap((o) => orderCsvRows(o, "https://x.in")).join(""),
      JSON.stringify(await Promise.all(orders.map((o) => orderTimeline(o.id)))),
      JSON.stringify(await getVendorScorecard(star.id), bigintSafe),
    ].join("\n");
    expect(outputs.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? []).toEqual([]); // e-mail
    expect(outputs.match(/(?<![\w-])(?:\+?91[\s-]?)?[6-9]\d{4}[\s-]?\d{5}(?!\w)/g) ?? []).toEqual([]); // Indian mobile (not inside a hash or id)
    expect(outputs.match(/(?<![\w.-])\d{9,18}(?![\w-])/g) ?? []).toEqual([]); // bank account numbers
    const vendors = await db.vendor.findMany();
    for (const v of vendors) for (const secret of [v.pan, v.gstin, v.bankAccount, v.email, v.mobile]) expect(outputs).not.toContain(secret);
    expect(outputs).toContain("Busy. Call Ramesh on"); // the reason itself stays public
  });

  it("shows one order with its supply orders, reasons and audit timeline", async () => {
    const order = await getPublicOrder(made.paidLate.purchaseOrder.number);
    expect(order?.supplyOrders[0]).toMatchObject({ status: "CLOSED", vendor: { legalName: "Star Steel Fabricators", local: true } });
    expect(order?.supplyOrders[0].vendor).not.toHaveProperty("isWomenOwned");
    expect(order?.supplyOrders[0].lines[0].allocationReason.rule).toBe("L1");
    expect(order?.supplyOrders[0].payment?.interestPaise).toBeGreaterThan(0n);
    const timeline = await orderTimeline(made.paidLate.purchaseOrder.id);
    expect(timeline.map((e) => e.action)).toEqual(expect.arrayContaining(["purchaseOrder.place", "supplyOrder.allocate", "bill.generate", "payment.release", "purchaseOrder.close"]));
    expect(timeline.every((e) => !("actorId" in e) && !("data" in e))).toBe(true);
    expect(await getPublicOrder("PO/none")).toBeNull();
  });
});

const bigintSafe = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);

describe("public dashboard", () => {
  it("aggregates spend, shares, days to pay and overdue interest from the refreshed views", async () => {
    expect(await refreshPublicViews(db)).toBe(true); // first fill
    expect(await refreshPublicViews(db)).toBe(true); // CONCURRENTLY, as the worker does
    const now = at("2026-01-15T06:00:00Z");
    const dash = await getDashboard("2025-26", now);

    const bills = await db.bill.findMany({ include: { vendor: true, office: true, payment: true, supplyOrder: true } });
    const value = (b: (typeof bills)[number]) => b.grossPaise + b.cgstPaise + b.sgstPaise + b.igstPaise;
    const total = bills.reduce((s, b) => s + value(b), 0n);
    expect(dash.totalPaise).toBe(total);
    expect(dash.months.map((m) => m.month)).toEqual(["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
    expect(dash.months.reduce((s, m) => s + m.valuePaise, 0n)).toBe(total);
    expect(dash.shares.women.valuePaise).toBe(bills.filter((b) => b.vendor.isWomenOwned).reduce((s, b) => s + value(b), 0n));
    expect(dash.shares.scSt.valuePaise).toBe(bills.filter((b) => b.vendor.isSc || b.vendor.isSt).reduce((s, b) => s + value(b), 0n));
    expect(dash.shares.local.valuePaise).toBe(bills.filter((b) => b.vendor.stateCode === "22").reduce((s, b) => s + value(b), 0n));
    expect(dash.shares.scSt.targetBp).toBe(400);
    // Micro and small firms only (the medium firm's spend is not MSE spend).
    expect(dash.shares.mse.valuePaise).toBe(bills.filter((b) => b.vendor.enterpriseClass !== "MEDIUM").reduce((s, b) => s + value(b), 0n));
    expect(dash.departments.reduce((s, d) => s + d.valuePaise, 0n)).toBe(total);
    expect(dash.districts.map((d) => d.id).sort()).toEqual([raipur.districtId, bastar.districtId].sort());

    const paid = bills.filter((b) => b.payment);
    expect(dash.payments).toBe(2n);
    const istDay = (d: Date) => Math.floor((d.getTime() + 330 * 60_000) / 86_400_000);
    const days = paid.map((b) => istDay(b.payment!.paidAt) - istDay(b.supplyOrder.goodsAcceptedAt!));
    expect(dash.averageDaysToPay).toBe(Math.floor((days.reduce((a, b) => a + b, 0) * 10) / days.length) / 10);

    const overdue = bills.filter((b) => b.status === "PENDING" && istDay(b.dueDate) < istDay(now));
    expect(overdue).toHaveLength(1);
    expect(dash.overdue).toEqual({
      bills: 1n, netPaise: overdue[0].netPayablePaise,
      interestPaise: msmedInterest(overdue[0].netPayablePaise + overdue[0].tdsCgstPaise + overdue[0].tdsSgstPaise + overdue[0].tdsIgstPaise, overdue[0].dueDate, now, 575),
    });
    expect(dash.overdue.interestPaise).toBeGreaterThan(0n);
    expect(dash.financialYears).toContain("2025-26");
  });
});

describe("vendor scorecard", () => {
  it("reports on-time delivery, rejection rates, orders and value", async () => {
    const card = await getVendorScorecard(star.id);
    // star: paidLate (on time, CLOSED), overdue (4 days late), declined (REJECTED), preFailed, replacement (4 of 10 rejected)
    expect(card).toMatchObject({ awarded: 5, accepted: 4, declined: 1, delivered: 3, onTime: 2, inspectedQty: 30, rejectedQty: 4, preInspections: 1, preFailed: 1 });
    expect(card!.onTimeRate).toBeCloseTo(2 / 3);
    expect(card!.rejectionRate).toBeCloseTo(4 / 30);
    expect(card!.vendor).toEqual(expect.objectContaining({ legalName: "Star Steel Fabricators", local: true }));
    expect(card!.vendor).not.toHaveProperty("womenOwned");
    expect(card!.recent).toHaveLength(5);
    expect(await getVendorScorecard("00000000-0000-7000-8000-000000000000")).toBeNull();
    const pending = await makeVendor(db, { districtId: raipur.districtId });
    await db.vendor.update({ where: { id: pending.id }, data: { status: "PENDING" } });
    expect(await getVendorScorecard(pending.id)).toBeNull();
  });
});
