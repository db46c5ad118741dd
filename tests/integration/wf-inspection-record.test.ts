import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "manak-uploads-"));

import { db } from "@/lib/db";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { recordReplacementDispatch } from "@/lib/services/dispatch/record-replacement-dispatch";
import { getFile } from "@/lib/storage";
import {
  codeOf, dispatchForm, makeAlternativeOffer, makeFulfilmentWorld, makeStrangers, makeSupplyOrderIn, postInspectionForm,
  preInspectionForm, race, receiveGoods, SAMPLE_FILES, type FulfilmentWorld,
} from "../factories/fulfilment";

let world: FulfilmentWorld;
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
});

const auditActions = async (entityId: string) =>
  (await db.auditEvent.findMany({ where: { entityId }, orderBy: { seq: "asc" } })).map((e) => e.action);
// Test users have no mobile number, so their outbox rows are e-mail and in-app.
const outbox = async (userId: string, event: string) =>
  (await db.notification.findMany({ where: { userId, event }, select: { channel: true }, orderBy: { channel: "asc" } })).map((n) => n.channel);
const MAIL_AND_APP = ["EMAIL", "IN_APP"];

describe("recordInspection: pre-dispatch", () => {
  it("passes: the order is ready to dispatch, with checklist, photo, certificate, audit and notifications", async () => {
    const { so, line, inspection, vendorUser } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    const result = await recordInspection(world.inspectorActor, {
      inspectionId: inspection!.id, ...preInspectionForm(line.id, "PASS"), photos: [SAMPLE_FILES.jpeg],
    });
    expect(result).toMatchObject({ passed: true, supplyOrderStatus: "READY_TO_DISPATCH", billId: null });

    const stored = await db.inspection.findUniqueOrThrow({ where: { id: inspection!.id }, include: { photos: true } });
    expect(stored.status).toBe("PASSED");
    expect(stored.checklist).toEqual([
      { supplyOrderLineId: line.id, itemId: world.item.id, key: "thickness_mm", requirement: "0.8", observed: "0.8", ok: true },
    ]);
    expect(stored.acceptedQty).toBeNull();
    expect(stored.photos).toHaveLength(1);
    expect(stored.photos[0]).toMatchObject({ mimeType: "image/jpeg", fileName: "dent.jpg", sizeBytes: SAMPLE_FILES.jpeg.bytes.length });
    expect(await getFile(stored.photos[0].storageKey)).toEqual(SAMPLE_FILES.jpeg.bytes);

    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("READY_TO_DISPATCH");
    expect(await db.document.count({ where: { kind: "INSPECTION_CERTIFICATE", entityId: inspection!.id } })).toBe(1);
    expect(await auditActions(inspection!.id)).toContain("inspection.pass");
    expect(await auditActions(so.id)).toContain("supplyOrder.preInspectionPass");
    expect(await outbox(vendorUser.id, "inspection.passed")).toEqual(MAIL_AND_APP);
    expect(await outbox(world.buyer.id, "inspection.passed")).toEqual(MAIL_AND_APP);
  });

  it("fails with re-inspections left: PRE_INSPECTION_FAILED, the vendor told why", async () => {
    const { so, line, inspection, vendorUser } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    const result = await recordInspection(world.inspectorActor, {
      inspectionId: inspection!.id, ...preInspectionForm(line.id, "FAIL", "Sheet 0.6 mm instead of 0.8 mm"),
    });
    expect(result).toMatchObject({ passed: false, supplyOrderStatus: "PRE_INSPECTION_FAILED" });
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } })).status).toBe("PRE_INSPECTION_FAILED");
    const mail = await db.notification.findFirstOrThrow({ where: { userId: vendorUser.id, event: "inspection.failed", channel: "EMAIL" } });
    expect(mail.body).toContain("Sheet 0.6 mm instead of 0.8 mm");
  });

  it("fails on the last attempt the policy allows: cancelled and reallocated to the next eligible vendor", async () => {
    const alternative = await makeAlternativeOffer(db, world);
    const { so, line, inspection, vendorUser, purchaseOrder } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION", { quantity: 4 });
    await db.supplyOrder.update({ where: { id: so.id }, data: { reinspections: 2 } });

    const result = await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...preInspectionForm(line.id, "FAIL", "Still thin") });
    // Later tests need nobody eligible again.
    await db.offer.update({ where: { id: alternative.offer.id }, data: { status: "WITHDRAWN" } });
    expect(result.supplyOrderStatus).toBe("CANCELLED");
    const cancelled = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.cancelReason).toBe("Failed pre-dispatch inspection 3 times");
    const replacement = await db.supplyOrder.findFirstOrThrow({ where: { replacesId: so.id }, include: { lines: true } });
    expect(replacement.vendorId).toBe(alternative.vendor.id);
    expect(replacement.lines[0].quantity).toBe(4);
    expect(replacement.purchaseOrderId).toBe(purchaseOrder.id);
    expect(await auditActions(so.id)).toEqual(expect.arrayContaining(["supplyOrder.preInspectionFail", "supplyOrder.cancelAfterFailures"]));
    expect(await outbox(vendorUser.id, "supplyOrder.cancelledAfterFailures")).toEqual(MAIL_AND_APP);
  });

  it("fails on the last attempt with nobody left to take it: the line is unfulfilled and its budget released", async () => {
    const { so, line, inspection, purchaseOrder } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    await db.supplyOrder.update({ where: { id: so.id }, data: { reinspections: 2 } });
    const headBefore = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });

    await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...preInspectionForm(line.id, "FAIL", "Still thin") });
    const po = await db.purchaseOrder.findUniqueOrThrow({ where: { id: purchaseOrder.id }, include: { lines: true } });
    expect(po.lines[0].status).toBe("UNFULFILLED");
    expect(po.blockedPaise).toBe(0n);
    expect(po.status).toBe("CANCELLED");
    const headAfter = await db.budgetHead.findUniqueOrThrow({ where: { id: world.budgetHead.id } });
    expect(headBefore.blockedPaise - headAfter.blockedPaise).toBe(purchaseOrder.blockedPaise);
  });
});

describe("recordInspection: post-dispatch", () => {
  it("accepts everything: the order is billed in the same step", async () => {
    const { so, line, inspection, vendorUser } = await makeSupplyOrderIn(db, world, "RECEIVED", { quantity: 10, unitPricePaise: 250_000n });
    const result = await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...postInspectionForm(line.id, 10, 0) });
    expect(result).toMatchObject({ passed: true, supplyOrderStatus: "BILLED" });

    const bill = await db.bill.findUniqueOrThrow({ where: { id: result.billId! } });
    expect(bill).toMatchObject({ supplyOrderId: so.id, officeId: world.office.id, status: "PENDING", grossPaise: 2_500_000n });
    expect(bill.number).toMatch(/^BILL\/\d{4}-\d{2}\/\d{6}$/);
    expect(bill.cgstPaise + bill.sgstPaise).toBe(450_000n); // 18 % of ₹25,000, intra-state
    const updated = await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { lines: true } });
    expect(updated.goodsAcceptedAt).not.toBeNull();
    expect(updated.lines[0]).toMatchObject({ acceptedQty: 10, rejectedQty: 0 });
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection!.id } })).toMatchObject({ acceptedQty: 10, rejectedQty: 0, status: "PASSED" });
    expect(await outbox(vendorUser.id, "bill.generated")).toEqual(MAIL_AND_APP);
    expect(await outbox(world.finance.id, "bill.generated")).toEqual(MAIL_AND_APP);
    expect(await auditActions(bill.id)).toEqual(["bill.generate"]);
    expect(await db.document.count({ where: { kind: "BILL", entityId: bill.id } })).toBe(1);
  });

  it("with a rejection waits for a replacement, which is inspected in turn and then billed in full", async () => {
    const { so, line, inspection, vendorActor } = await makeSupplyOrderIn(db, world, "RECEIVED", { quantity: 10 });
    const first = await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...postInspectionForm(line.id, 8, 2) });
    expect(first).toMatchObject({ passed: false, supplyOrderStatus: "REPLACEMENT_DUE", billId: null });
    expect(await db.bill.count({ where: { supplyOrderId: so.id } })).toBe(0);

    await recordReplacementDispatch(vendorActor, dispatchForm(so.id, [{ id: line.id, quantity: 2 }], { invoiceNumber: "INV/R/1" }));
    const second = await receiveGoods(db, world, so.id, [{ lineId: line.id, quantity: 2 }]);
    expect(second).toMatchObject({ kind: "POST", attempt: 2 });

    const result = await recordInspection(world.inspectorActor, { inspectionId: second.id, ...postInspectionForm(line.id, 2, 0) });
    expect(result.supplyOrderStatus).toBe("BILLED");
    const finalLine = await db.supplyOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(finalLine).toMatchObject({ dispatchedQty: 12, receivedQty: 12, acceptedQty: 10, rejectedQty: 2 });
    expect((await db.bill.findUniqueOrThrow({ where: { id: result.billId! } })).grossPaise).toBe(10n * 250_000n);
  });

  it("refuses quantities that do not add up, or a failed check with nothing rejected, each next to its field", async () => {
    const { line, inspection } = await makeSupplyOrderIn(db, world, "RECEIVED", { quantity: 10 });
    const err1 = await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...postInspectionForm(line.id, 7, 2) }).catch((e) => e);
    expect(err1.code).toBe("VALIDATION");
    expect(err1.fieldErrors[`quantities.${line.id}.accepted`]).toEqual(["errors.inspection.quantitiesMustAddUp"]);

    const form = postInspectionForm(line.id, 10, 0);
    form.checks[`${line.id}:thickness_mm`].ok = "no";
    const err2 = await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...form }).catch((e) => e);
    expect(err2.fieldErrors[`quantities.${line.id}.rejected`]).toEqual(["errors.inspection.failedCheckNeedsRejection"]);
    expect((await db.inspection.findUniqueOrThrow({ where: { id: inspection!.id } })).status).toBe("ASSIGNED");
  });
});

describe("recordInspection: who, when and how often", () => {
  it("is only for inspectors (FORBIDDEN), and only their own inspections (NOT_FOUND)", async () => {
    const { line, inspection, vendorActor } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    const strangers = await makeStrangers(db, world);
    const form = { inspectionId: inspection!.id, ...preInspectionForm(line.id, "PASS") };
    expect(codeOf(await recordInspection(vendorActor, form).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await recordInspection(world.buyerActor, form).catch((e) => e))).toBe("FORBIDDEN");
    expect(codeOf(await recordInspection(strangers.inspectorActor, form).catch((e) => e))).toBe("NOT_FOUND");
    expect(codeOf(await recordInspection(world.inspectorActor, { ...form, inspectionId: "not-a-uuid" }).catch((e) => e))).toBe("NOT_FOUND");
  });

  it("a recorded inspection cannot be recorded again (CONFLICT)", async () => {
    const { line, inspection } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    const form = { inspectionId: inspection!.id, ...preInspectionForm(line.id, "PASS") };
    await recordInspection(world.inspectorActor, form);
    const again = await recordInspection(world.inspectorActor, form).catch((e) => e);
    expect(again.code).toBe("CONFLICT");
    expect(again.messageKey).toBe("errors.inspection.invalidTransition");
  });

  it("20 identical submissions at once: exactly one is recorded, one bill, the rest CONFLICT", async () => {
    const { so, line, inspection } = await makeSupplyOrderIn(db, world, "RECEIVED", { quantity: 10 });
    const { successes, failures } = await race(20, () =>
      recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...postInspectionForm(line.id, 10, 0), photos: [SAMPLE_FILES.png] }),
    );
    expect(successes).toHaveLength(1);
    expect(failures).toEqual(Array(19).fill("CONFLICT"));
    expect(await db.bill.count({ where: { supplyOrderId: so.id } })).toBe(1);
    expect(await db.attachment.count({ where: { inspectionId: inspection!.id } })).toBe(1);
    expect((await db.supplyOrderLine.findUniqueOrThrow({ where: { id: line.id } })).acceptedQty).toBe(10);
    expect((await auditActions(inspection!.id)).filter((a) => a === "inspection.pass")).toHaveLength(1);
  });

  it("refuses a photo that is not an image or PDF, whatever its name, and stores nothing", async () => {
    const { line, inspection } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    const err = await recordInspection(world.inspectorActor, {
      inspectionId: inspection!.id, ...preInspectionForm(line.id, "PASS"), photos: [SAMPLE_FILES.jpeg, SAMPLE_FILES.exe],
    }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.photos).toEqual(["errors.upload.type"]);
    expect(err.params).toEqual({ name: "photo.jpg" });
    expect(await db.attachment.count({ where: { inspectionId: inspection!.id } })).toBe(0);
  });
});
