import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findRecipients } from "@/lib/notify/outbox";
import { ITEM_LOCK_NAMESPACE, gstRateInForce } from "@/lib/services/allocation/load-candidates";
import { blockBudgetReadingRecipients, loadOrderContext } from "@/lib/services/purchase-order/order-context";
import { policyVersionInForce } from "@/lib/services/purchase-order/policy-in-force";
import { makeOffice, makeUser } from "../factories";
import { makeItem, makeOrderingWorld } from "../factories/workflow";

// Placing an order reads its context in one statement and blocks the budget with the recipients'
// read in another (order-context.ts). They must answer exactly what the ORM queries they replaced
// answered, and take the same item locks.

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe("loadOrderContext", () => {
  it("reads the budget head, both offices, items with the GST rate in force and the policy as the ORM did", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{}, {}] });
    const consignee = await makeOffice(db, { districtId: world.district.id });
    const second = await makeItem(db, world.category.id, { reserved: false, preDispatchInspection: true, gstRateBp: 500 });
    // The rate in force is the latest one whose day has come: a newer past rate wins, a future one does not.
    await db.itemGstRate.create({ data: { itemId: second.id, rateBp: 1200, effectiveFrom: new Date("2024-01-01") } });
    await db.itemGstRate.create({ data: { itemId: second.id, rateBp: 2800, effectiveFrom: new Date(Date.now() + 30 * 86_400_000) } });
    const retired = await makeItem(db, world.category.id);
    await db.item.update({ where: { id: retired.id }, data: { active: false } });
    const at = new Date();

    const { context, policy, rates } = await db.$transaction(async (tx) => ({
      context: await loadOrderContext(tx, {
        officeId: world.office.id, consigneeOfficeId: consignee.id, budgetHeadId: world.budgetHead.id,
        itemIds: [second.id, world.item.id, retired.id, world.item.id], at,
      }),
      policy: await policyVersionInForce(tx, at),
      rates: [await gstRateInForce(tx, world.item.id, at), await gstRateInForce(tx, second.id, at)],
    }));

    expect(context.budgetHead).toEqual({ id: world.budgetHead.id, financialYear: world.budgetHead.financialYear, code: world.budgetHead.code });
    expect(context.policy).toEqual(policy);
    expect(typeof context.policy!.directPurchaseLimitPaise).toBe("bigint");
    expect(context.policy!.effectiveFrom).toBeInstanceOf(Date);
    expect(rates).toEqual([1800, 1200]);
    expect(byId(context.items)).toEqual(byId([
      { id: world.item.id, code: world.item.code, nameEn: world.item.nameEn, nameHi: world.item.nameHi, unit: "NOS", reserved: true, preDispatchInspection: false, gstRateBp: 1800 },
      { id: second.id, code: second.code, nameEn: second.nameEn, nameHi: second.nameHi, unit: "NOS", reserved: false, preDispatchInspection: true, gstRateBp: 1200 },
    ]));

    const offices = await db.office.findMany({
      where: { id: { in: [world.office.id, consignee.id] } },
      select: {
        id: true, departmentId: true, districtId: true, nameEn: true, nameHi: true,
        district: { select: { nameEn: true, nameHi: true } }, department: { select: { nameEn: true, nameHi: true } },
      },
    });
    expect(byId(context.offices)).toEqual(byId(offices));
  });

  it("answers no budget head for another office's, and no GST rate for an item without one in force", async () => {
    const world = await makeOrderingWorld(db);
    const other = await makeOrderingWorld(db);
    await db.itemGstRate.deleteMany({ where: { itemId: world.item.id } });
    const context = await db.$transaction((tx) =>
      loadOrderContext(tx, { officeId: world.office.id, consigneeOfficeId: world.office.id, budgetHeadId: other.budgetHead.id, itemIds: [world.item.id], at: new Date() }),
    );
    expect(context.budgetHead).toBeNull();
    expect(context.items.map((i) => [i.id, i.gstRateBp])).toEqual([[world.item.id, null]]);
  });

  it("holds every item's allocation lock until the transaction ends", async () => {
    const world = await makeOrderingWorld(db);
    const second = await makeItem(db, world.category.id);
    const free = async (itemId: string) =>
      (await db.$queryRaw<{ free: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ITEM_LOCK_NAMESPACE}::int, hashtext(${itemId})) AS free`)[0].free;

    const seen = await db.$transaction(async (tx) => {
      await loadOrderContext(tx, { officeId: world.office.id, consigneeOfficeId: world.office.id, budgetHeadId: world.budgetHead.id, itemIds: [world.item.id, second.id], at: new Date() });
      // Another connection cannot take either lock while this transaction is open.
      return [await free(world.item.id), await free(second.id)];
    });
    expect(seen).toEqual([false, false]);
    expect([await free(world.item.id), await free(second.id)]).toEqual([true, true]);
  });
});

describe("blockBudgetReadingRecipients", () => {
  it("blocks what fits and reads the office's buyers and the vendors' users, as findRecipients did", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{}, {}, {}], allottedPaise: 1_000_000n });
    const [first, second, untouched] = world.vendors;
    const gone = await makeUser(db, "VENDOR", { vendorId: first.id });
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    await makeUser(db, "VENDOR", { vendorId: second.id });
    const vendorIds = [first.id, second.id];
    const at = new Date();

    const { result, expected } = await db.$transaction(async (tx) => ({
      result: await blockBudgetReadingRecipients(tx, { budgetHeadId: world.budgetHead.id, amountPaise: 600_000n, officeId: world.office.id, vendorIds, at }),
      expected: await findRecipients(tx, { OR: [{ role: "BUYER", officeId: world.office.id }, { role: "VENDOR", vendorId: { in: vendorIds } }] }),
    }));
    expect(result.blocked).toBe(true);
    expect(byId(result.recipients)).toEqual(byId(expected));
    expect(result.recipients.map((r) => r.id)).not.toContain(gone.id);
    expect(result.recipients.map((r) => r.vendorId)).not.toContain(untouched.id);
    expect(result.recipients.filter((r) => r.role === "BUYER").map((r) => r.id)).toEqual([world.buyer.id]);
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(600_000n);

    // 4,00,001 paise more does not fit in the 4,00,000 left: nothing is blocked, the recipients are still read.
    const over = await db.$transaction((tx) =>
      blockBudgetReadingRecipients(tx, { budgetHeadId: world.budgetHead.id, amountPaise: 400_001n, officeId: world.office.id, vendorIds: [], at }),
    );
    expect(over.blocked).toBe(false);
    expect(over.recipients.map((r) => r.id)).toEqual([world.buyer.id]);
    expect((await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } })).blockedPaise).toBe(600_000n);
  });
});
