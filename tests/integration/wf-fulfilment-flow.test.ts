import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyAuditChain } from "@/lib/audit/verify";
import { recordDispatch } from "@/lib/services/dispatch/record-dispatch";
import { requestReinspection } from "@/lib/services/inspection/request-reinspection";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { releasePayment } from "@/lib/services/payment/release-payment";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { dispatchForm, postInspectionForm, preInspectionForm } from "../factories/fulfilment";
import { acceptAll, makeOrderingWorld, placeOrder, receiptForm, supplyOrdersOf, vendorOf } from "../factories/workflow";

const openInspection = (supplyOrderId: string) => db.inspection.findFirstOrThrow({ where: { supplyOrderId, status: "ASSIGNED" } });
const reload = (id: string) => db.supplyOrder.findUniqueOrThrow({ where: { id }, include: { lines: true } });

describe("the whole fulfilment, through the real services", () => {
  it("placed → accepted → pre-inspection failed, re-inspected and passed → dispatched → received → accepted → billed → paid → closed", async () => {
    const world = await makeOrderingWorld(db, { preDispatchInspection: true });
    const placed = await placeOrder(world, { quantity: 12 });
    const [accepted] = await acceptAll(db, world, placed.purchaseOrderId);
    const vendor = vendorOf(world, accepted);
    expect(accepted.status).toBe("AWAITING_PRE_INSPECTION");
    const line = accepted.lines[0];

    const first = await openInspection(accepted.id);
    expect(first.inspectorId).toBe(world.inspector.id);
    await recordInspection(world.inspectorActor, { inspectionId: first.id, ...preInspectionForm(line.id, "FAIL", "Sheet too thin") });
    const refused = await recordDispatch(vendor.actor, dispatchForm(accepted.id, [{ id: line.id, quantity: 12 }])).catch((e) => e);
    expect(refused.messageKey).toBe("errors.dispatch.preInspectionRequired");

    await requestReinspection(vendor.actor, { supplyOrderId: accepted.id });
    const second = await openInspection(accepted.id);
    expect(second.attempt).toBe(2);
    await recordInspection(world.inspectorActor, { inspectionId: second.id, ...preInspectionForm(line.id, "PASS") });

    await recordDispatch(vendor.actor, dispatchForm(accepted.id, [{ id: line.id, quantity: 12 }]));
    await recordReceipt(world.buyerActor, receiptForm(await reload(accepted.id)));
    const post = await openInspection(accepted.id);
    expect(post.kind).toBe("POST");
    const billed = await recordInspection(world.inspectorActor, { inspectionId: post.id, ...postInspectionForm(line.id, 12, 0) });
    expect(billed.supplyOrderStatus).toBe("BILLED");

    const head = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(head.blockedPaise).toBe(accepted.valuePaise + accepted.gstPaise);
    const payment = await releasePayment(world.financeActor, { billId: billed.billId, bankReference: "SBIN20261211000001", idempotencyKey: randomUUID() });
    expect(payment.interestPaise).toBe(0n);

    expect((await reload(accepted.id)).status).toBe("CLOSED");
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: placed.purchaseOrderId } });
    expect(po).toMatchObject({ status: "CLOSED", blockedPaise: 0n });
    const after = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(after.blockedPaise).toBe(0n);
    expect(after.spentPaise).toBe(accepted.valuePaise + accepted.gstPaise); // on time, nothing deducted, nothing added

    const actions = (await db.auditEvent.findMany({ where: { entityId: accepted.id }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining([
      "supplyOrder.accept", "supplyOrder.preInspectionFail", "supplyOrder.requestReinspection", "supplyOrder.preInspectionPass",
      "supplyOrder.dispatch", "supplyOrder.receive", "supplyOrder.postInspectionAccept", "supplyOrder.pay",
    ]));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect((await verifyAuditChain(client)).ok).toBe(true);
    } finally {
      await client.end();
    }
    expect(await supplyOrdersOf(db, placed.purchaseOrderId)).toHaveLength(1);
  });
});
