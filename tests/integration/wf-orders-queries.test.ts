import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buyerHome, cartPreview } from "@/lib/queries/buyer";
import { getBuyerSupplyOrder, getPurchaseOrderForBuyer, listBuyerSupplyOrders, listPurchaseOrders } from "@/lib/queries/purchase-orders";
import { getVendorOrder, vendorInbox, vendorOrderCounts } from "@/lib/queries/vendor-orders";
import { actorOf, makeOffice, makeUser } from "../factories";
import { addVendor, makeOrderingWorld, placeOrder, supplyOrdersOf, vendorOf } from "../factories/workflow";

describe("the buyer's and the vendor's read side", () => {
  it("shows an office its own orders only, newest first, a page at a time", async () => {
    const world = await makeOrderingWorld(db);
    const placed = [];
    for (let i = 0; i < 21; i++) placed.push(await placeOrder(world, { quantity: 1 }));
    const first = await listPurchaseOrders(world.buyerActor);
    expect(first.orders).toHaveLength(20);
    expect(first.orders[0].id).toBe(placed.at(-1)!.purchaseOrderId);
    const second = await listPurchaseOrders(world.buyerActor, { cursor: first.nextCursor });
    expect(second.orders.map((o) => o.id)).toEqual([placed[0].purchaseOrderId]);
    expect(second.nextCursor).toBeNull();
    expect((await listPurchaseOrders(world.buyerActor, { status: "CLOSED" })).orders).toEqual([]);

    const stranger = actorOf(await makeUser(db, "BUYER", { officeId: (await makeOffice(db, { districtId: world.district.id })).id }));
    expect((await listPurchaseOrders(stranger)).orders).toEqual([]);
    expect(await getPurchaseOrderForBuyer(stranger, placed[0].purchaseOrderId)).toBeNull();
    const [so] = await supplyOrdersOf(db, placed[0].purchaseOrderId);
    expect(await getBuyerSupplyOrder(stranger, so.id)).toBeNull();
    expect((await listBuyerSupplyOrders(stranger)).supplyOrders).toEqual([]);

    const own = await getPurchaseOrderForBuyer(world.buyerActor, placed[0].purchaseOrderId);
    expect(own!.order.supplyOrders[0].lines[0].allocationReason.rule).toBe("L1");
    expect(own!.actionsBySupplyOrder[so.id]).toEqual({ cancel: true, receive: false, deductRejected: false });
    expect(own!.timeline.map((e) => e.action)).toContain("purchaseOrder.place");
    expect(await getPurchaseOrderForBuyer(world.buyerActor, "not-a-uuid")).toBeNull();

    const home = await buyerHome(world.buyerActor);
    expect(home.awaitingVendors).toBe(21);
    expect(home.budgetHeads[0].freePaise).toBe(home.budgetHeads[0].allottedPaise - home.budgetHeads[0].blockedPaise);
  });

  it("gives a vendor its own orders, those to answer first by deadline", async () => {
    const world = await makeOrderingWorld(db);
    const a = await placeOrder(world, { quantity: 1 });
    const b = await placeOrder(world, { quantity: 2 });
    const [soA] = await supplyOrdersOf(db, a.purchaseOrderId);
    const [soB] = await supplyOrdersOf(db, b.purchaseOrderId);
    const vendor = vendorOf(world, soA);
    const inbox = await vendorInbox(vendor.actor);
    expect(inbox.toAnswer.map((so) => so.id)).toEqual([soA.id, soB.id]);
    expect((await getVendorOrder(vendor.actor, soA.id))!.events).toEqual(["accept", "reject"]);

    const stranger = await addVendor(db, world);
    expect((await vendorInbox(stranger.actor)).toAnswer).toEqual([]);
    expect(await vendorOrderCounts(vendor.actor)).toEqual({ respond: 2, active: 0, done: 0 });
    expect(await vendorOrderCounts(stranger.actor)).toEqual({ respond: 0, active: 0, done: 0 });
    expect(await getVendorOrder(stranger.actor, soA.id)).toBeNull();
    await expect(vendorInbox(world.buyerActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("previews the cart with the same rules the order will be allocated by", async () => {
    const world = await makeOrderingWorld(db, { vendors: [{ price: 100_000n, capacity: 3 }, { price: 110_000n }] });
    const preview = await cartPreview(world.buyerActor, [{ itemId: world.item.id, quantity: 5 }]);
    expect(preview.lines[0].awards.map((a) => [a.vendorName, a.quantity, a.rule])).toEqual([
      [world.vendors[0].legalName, 3, "L1"],
      [world.vendors[1].legalName, 2, "L1_CAPACITY_REMAINDER"],
    ]);
    expect(preview.totalPaise).toBe(3n * 118_000n + 2n * 129_800n);
    expect(preview.directPurchaseAllowed).toBe(true);
    expect(preview.lines[0].eligible).toHaveLength(2);
  });
});
