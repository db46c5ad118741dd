import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { istMonthStart, loadCandidates, loadCandidatesForItems } from "@/lib/services/allocation/load-candidates";
import { addVendor, makeItem, makeOrderingWorld, placeOrder, supplyOrdersOf } from "../factories/workflow";

const DAY_MS = 86_400_000;

describe("loadCandidates", () => {
  it("counts this month's supplying orders against capacity and the last 90 days' awards for rotation", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n, capacity: 100 }, { price: 260_000n, capacity: 50 }, { serves: false }] });
    const [l1, l2, elsewhere] = world.vendors;
    const at = new Date();
    const load = () => db.$transaction((tx) => loadCandidates(tx, { itemId: world.item.id, districtId: world.district.id, gstRateBp: 1800, at }));

    // Four orders all go to L1; then their supply orders are put in every state that matters.
    const placed = [];
    for (const quantity of [3, 5, 7, 11]) placed.push(await placeOrder(world, { quantity }));
    const [kept, rejected, cancelled, old] = await Promise.all(placed.map(async (p) => (await supplyOrdersOf(db, p.purchaseOrderId))[0]));
    await db.supplyOrder.update({ where: { id: rejected.id }, data: { status: "REJECTED" } });
    await db.supplyOrder.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    // Placed before this month in India and more than 90 days ago: counts for neither.
    await db.supplyOrder.update({ where: { id: old.id }, data: { createdAt: new Date(Math.min(istMonthStart(at).getTime() - 1, at.getTime() - 91 * DAY_MS)) } });

    const candidates = await load();
    expect(candidates.map((c) => c.vendorId).sort()).toEqual([l1.id, l2.id].sort());
    expect(candidates.map((c) => c.vendorId)).not.toContain(elsewhere.id);
    const first = candidates.find((c) => c.vendorId === l1.id)!;
    const second = candidates.find((c) => c.vendorId === l2.id)!;
    // Capacity: only the kept order uses it (rejected and cancelled ones supply nothing).
    expect(first.capacityLeft).toBe(100 - 3);
    expect(second.capacityLeft).toBe(50);
    // Rotation: a cancelled order was still awarded; a rejected one was not.
    expect(first.awardedLast90DaysPaise).toBe(kept.valuePaise + cancelled.valuePaise);
    expect(second.awardedLast90DaysPaise).toBe(0n);
    expect(first).toMatchObject({
      offerId: l1.offerId, offerStatus: "ACTIVE", vendorStatus: "ACTIVE", unitPricePaise: 250_000n, gstRateBp: 1800,
      districtsServed: [world.district.id], minQuantity: 1, maxQuantity: 1000, leadTimeDays: 5, matchesL1: true,
    });
    expect(first.registeredAt).toBeInstanceOf(Date);

    // A suspended vendor's offer is never a candidate.
    await db.vendor.update({ where: { id: l2.id }, data: { status: "SUSPENDED" } });
    expect((await load()).map((c) => c.vendorId)).toEqual([l1.id]);
  });

  it("reads several items' candidates in one call, each as loadCandidates reads it alone", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 250_000n, capacity: 100 }, { price: 270_000n }] });
    const second = await makeItem(db, world.category.id, { gstRateBp: 1200 });
    await addVendor(db, world, { price: 90_000n, capacity: 40 }, second.id);
    const unserved = await makeItem(db, world.category.id);
    await placeOrder(world, { quantity: 9 });
    const at = new Date();
    const input = { districtId: world.district.id, at };

    const { together, alone } = await db.$transaction(async (tx) => ({
      together: await loadCandidatesForItems(tx, {
        ...input,
        items: [{ itemId: world.item.id.toUpperCase(), gstRateBp: 1800 }, { itemId: second.id, gstRateBp: 1200 }, { itemId: unserved.id, gstRateBp: 1800 }],
      }),
      alone: [
        await loadCandidates(tx, { ...input, itemId: world.item.id, gstRateBp: 1800 }),
        await loadCandidates(tx, { ...input, itemId: second.id, gstRateBp: 1200 }),
      ],
    }));
    const byOffer = (offers: { offerId: string }[]) => [...offers].sort((a, b) => a.offerId.localeCompare(b.offerId));
    expect([...together.keys()].sort()).toEqual([world.item.id, second.id, unserved.id].sort());
    expect(byOffer(together.get(world.item.id)!)).toEqual(byOffer(alone[0]));
    expect(byOffer(together.get(second.id)!)).toEqual(byOffer(alone[1]));
    expect(together.get(unserved.id)).toEqual([]);
    // Each item's own figures: the first item's L1 has supplied 9 this month, the second's nothing.
    expect(together.get(world.item.id)!.map((c) => c.capacityLeft).sort((a, b) => a - b)).toEqual([91, 1000]);
    expect(together.get(second.id)!.map((c) => [c.unitPricePaise, c.gstRateBp, c.capacityLeft])).toEqual([[90_000n, 1200, 40]]);
  });
});
