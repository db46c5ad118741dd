import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignInspection } from "@/lib/services/inspection/assign-inspection";
import { requestReinspection } from "@/lib/services/inspection/request-reinspection";
import { makeDistrict, makeOffice } from "../factories";
import { codeOf, makeFulfilmentWorld, makeInspector, makeStrangers, makeSupplyOrderIn, race } from "../factories/fulfilment";
import { makeVendor } from "../factories/orders";

const assign = (supplyOrderId: string, kind: "PRE" | "POST") =>
  db.$transaction((tx) => assignInspection(tx, { supplyOrderId, kind, actor: "SYSTEM" }));

describe("assignInspection", () => {
  it("picks an inspector of the site's district with the least open load, schedules tomorrow, and tells both sides", async () => {
    const world = await makeFulfilmentWorld(db);
    const busy = world.inspector; // gets one open inspection below
    const idle = await makeInspector(db, world);
    await makeInspector(db, world, { active: false });
    const elsewhere = await makeInspector(db, world, { districtId: (await makeDistrict(db)).id });
    const { so: first } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH");
    await db.inspection.create({ data: { supplyOrderId: first.id, kind: "PRE", inspectorId: busy.id, scheduledOn: new Date() } });
    await db.inspection.create({ data: { supplyOrderId: first.id, kind: "PRE", inspectorId: elsewhere.inspector.id, scheduledOn: new Date(), status: "PASSED" } });

    const { so, vendorUser } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION", { preInspection: true });
    await db.inspection.deleteMany({ where: { supplyOrderId: so.id } });
    const inspection = await assign(so.id, "PRE");
    expect(inspection).toMatchObject({ inspectorId: idle.inspector.id, kind: "PRE", attempt: 1, status: "ASSIGNED" });
    const tomorrowIst = Math.floor((Date.now() + 330 * 60_000) / 86_400_000) + 1;
    expect(inspection.scheduledOn.getTime()).toBe(tomorrowIst * 86_400_000);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: inspection.id } });
    expect(audit).toMatchObject({ action: "inspection.assign", actorRole: "SYSTEM", purchaseOrderId: so.purchaseOrderId });
    expect(audit.data).toMatchObject({ sameDistrict: true, openLoad: 0, kind: "PRE" });
    expect(await db.notification.count({ where: { userId: idle.user.id, event: "inspection.assigned" } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: vendorUser.id, event: "inspection.scheduled" } })).toBeGreaterThan(0);
  });

  it("looks at the vendor's district before dispatch and the consignee's after, then anyone active", async () => {
    const world = await makeFulfilmentWorld(db);
    const consigneeDistrict = await makeDistrict(db);
    const consigneeInspector = await makeInspector(db, world, { districtId: consigneeDistrict.id });
    const consignee = await makeOffice(db, { districtId: consigneeDistrict.id });
    const vendor = await makeVendor(db, { districtId: world.districtId });
    const { so } = await makeSupplyOrderIn(db, world, "DISPATCHED", { vendor });
    await db.purchaseOrder.update({ where: { id: so.purchaseOrderId }, data: { consigneeOfficeId: consignee.id } });

    expect((await assign(so.id, "POST")).inspectorId).toBe(consigneeInspector.inspector.id);
    expect((await assign(so.id, "PRE")).inspectorId).toBe(world.inspector.id);

    // Nobody in the consignee's district any more: the least loaded active inspector anywhere.
    await db.inspector.update({ where: { id: consigneeInspector.inspector.id }, data: { active: false } });
    const fallback = await assign(so.id, "POST");
    expect(fallback.attempt).toBe(2);
    const chosen = await db.inspector.findUniqueOrThrow({ where: { id: fallback.inspectorId } });
    expect(chosen.active).toBe(true);
    expect(chosen.districtId).not.toBe(consigneeDistrict.id);
  });

  it("with no active inspector at all, refuses (UNAVAILABLE) and the caller's step rolls back", async () => {
    const world = await makeFulfilmentWorld(db);
    const { so } = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH");
    const active = await db.inspector.findMany({ where: { active: true }, select: { id: true } });
    await db.inspector.updateMany({ where: { id: { in: active.map((i) => i.id) } }, data: { active: false } });
    try {
      const err = await assign(so.id, "PRE").catch((e) => e);
      expect(err.code).toBe("UNAVAILABLE");
      expect(err.messageKey).toBe("errors.inspection.noInspector");
      expect(await db.inspection.count({ where: { supplyOrderId: so.id } })).toBe(0);
    } finally {
      await db.inspector.updateMany({ where: { id: { in: active.map((i) => i.id) } }, data: { active: true } });
    }
  });
});

describe("requestReinspection", () => {
  it("puts a failed order back in line for a new inspection, counting the re-inspection", async () => {
    const world = await makeFulfilmentWorld(db);
    const { so, vendorActor } = await makeSupplyOrderIn(db, world, "PRE_INSPECTION_FAILED");
    const result = await requestReinspection(vendorActor, { supplyOrderId: so.id });
    expect(result.status).toBe("AWAITING_PRE_INSPECTION");
    const updated = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { inspections: { orderBy: { attempt: "asc" } } } });
    expect(updated.reinspections).toBe(1);
    expect(updated.inspections.map((i) => [i.attempt, i.status])).toEqual([[1, "FAILED"], [2, "ASSIGNED"]]);
    const actions = (await db.auditEvent.findMany({ where: { purchaseOrderId: so.purchaseOrderId }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(["supplyOrder.requestReinspection", "inspection.assign"]);
    expect(await db.notification.count({ where: { userId: world.inspectorUser.id, event: "inspection.assigned" } })).toBeGreaterThan(0);
  });

  it("is the vendor's own (FORBIDDEN for others, NOT_FOUND for another firm) and only after a fail (CONFLICT)", async () => {
    const world = await makeFulfilmentWorld(db);
    const strangers = await makeStrangers(db, world);
    const { so, vendorActor } = await makeSupplyOrderIn(db, world, "PRE_INSPECTION_FAILED");
    expect(codeOf(await requestReinspection(world.buyerActor, { supplyOrderId: so.id }).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await requestReinspection(world.inspectorActor, { supplyOrderId: so.id }).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await requestReinspection(strangers.vendorActor, { supplyOrderId: so.id }).catch((e) => e))).toBe("NOT_FOUND");

    const ready = await makeSupplyOrderIn(db, world, "READY_TO_DISPATCH");
    const err = await requestReinspection(ready.vendorActor, { supplyOrderId: ready.so.id }).catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    expect(err.messageKey).toBe("errors.supplyOrder.invalidTransition");

    await db.supplyOrder.update({ where: { id: so.id }, data: { reinspections: 2 } });
    const max = await requestReinspection(vendorActor, { supplyOrderId: so.id }).catch((e) => e);
    expect(max.messageKey).toBe("errors.inspection.noMoreReinspections");
  });

  it("20 requests at once: one re-inspection, one new inspection", async () => {
    const world = await makeFulfilmentWorld(db);
    const { so, vendorActor } = await makeSupplyOrderIn(db, world, "PRE_INSPECTION_FAILED");
    const { successes, failures } = await race(20, () => requestReinspection(vendorActor, { supplyOrderId: so.id }));
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).reinspections).toBe(1);
    expect(await db.inspection.count({ where: { supplyOrderId: so.id, status: "ASSIGNED" } })).toBe(1);
  });
});
