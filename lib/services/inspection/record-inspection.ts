import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, conflict, notFound } from "@/lib/errors";
import { issueDocument } from "@/lib/documents/issue";
import { evaluateInspection, readSpecs, type InspectionForm } from "@/lib/domain/inspection/record";
import { assertTransition as assertInspectionTransition } from "@/lib/domain/inspection/status";
import { mayRequestReinspection } from "@/lib/domain/supply-order/rules";
import { assertTransition, type SupplyOrderEvent } from "@/lib/domain/supply-order/status";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { objectionInTime } from "@/lib/domain/bill/rules";
import { istDate, systemClock, type Clock } from "@/lib/domain/time/india";
import { notify } from "@/lib/notify/outbox";
import { reallocate } from "@/lib/services/allocation/reallocate";
import { generateBill } from "@/lib/services/bill/generate-bill";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";
import { discardUploads, storeUploads, type UploadInput } from "@/lib/storage/upload";
import { lockPurchaseOrder } from "@/lib/services/supply-order/close-purchase-order-if-done";

export type RecordInspectionInput = InspectionForm & { inspectionId: string; photos?: UploadInput[] };

export type RecordInspectionResult = {
  inspectionId: string;
  passed: boolean;
  supplyOrderStatus: SupplyOrderStatus;
  billId: string | null;
};

/**
 * The assigned inspector records a PRE or POST inspection (DOMAIN.md steps 6 and 8): the checklist
 * against each item's specification, quantities after receipt, remarks and up to three photos.
 * Only the inspector it was assigned to sees it; anyone else gets NOT_FOUND.
 *
 * In the same transaction the supply order moves on, by the transition table:
 * - PRE pass → READY_TO_DISPATCH; PRE fail → PRE_INSPECTION_FAILED, and when the order's policy
 *   version allows no further re-inspection the system cancels it (`cancelAfterFailures`) and
 *   reallocates its quantity;
 * - POST with nothing rejected → BILLED, the bill generated; anything rejected → REPLACEMENT_DUE.
 * The inspection's own conditional update (ASSIGNED → PASSED/FAILED) lets exactly one of several
 * simultaneous submissions through.
 */
export async function recordInspection(
  actor: Actor | null,
  input: RecordInspectionInput,
  { clock = systemClock }: { clock?: Clock } = {},
): Promise<RecordInspectionResult> {
  assertCan(actor, "inspection.record");
  const id = z.uuid().safeParse(input.inspectionId);
  if (!id.success || !actor.inspectorId) throw notFound();

  const inspection = await db.inspection.findFirst({
    where: { id: id.data, inspectorId: actor.inspectorId },
    select: {
      id: true, kind: true, status: true, attempt: true,
      supplyOrder: {
        select: {
          id: true, number: true, status: true, reinspections: true, vendorId: true, purchaseOrderId: true, deliveredAt: true, objectedOn: true,
          policyVersion: { select: { maxReinspections: true } },
          purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
          lines: {
            orderBy: { id: "asc" },
            select: { id: true, itemId: true, quantity: true, receivedQty: true, acceptedQty: true, rejectedQty: true, item: { select: { specs: true } } },
          },
        },
      },
    },
  });
  if (!inspection) throw notFound();
  const so = inspection.supplyOrder;
  // An inspection already recorded says so before any complaint about the form.
  assertInspectionTransition(inspection.status, "pass", "INSPECTOR");

  const evaluation = evaluateInspection(
    {
      kind: inspection.kind,
      lines: so.lines.map((line) => ({
        id: line.id, itemId: line.itemId, specs: readSpecs(line.item.specs),
        pendingQty: line.receivedQty - line.acceptedQty - line.rejectedQty,
      })),
    },
    input,
  );
  if (!evaluation.ok) {
    // The rows above are read by several queries: a simultaneous recording can commit between
    // them and leave nothing pending. Then the honest answer is "already recorded", not a form error.
    const current = await db.inspection.findUnique({ where: { id: inspection.id }, select: { status: true } });
    if (current?.status !== "ASSIGNED") throw conflict("errors.inspection.alreadyRecorded");
    throw new AppError("VALIDATION", "errors.VALIDATION", evaluation.fieldErrors);
  }
  const { passed, checklist, quantities, remarks } = evaluation.outcome;
  const inspectionStatus = assertInspectionTransition(inspection.status, passed ? "pass" : "fail", "INSPECTOR");
  const soEvent: SupplyOrderEvent =
    inspection.kind === "PRE" ? (passed ? "preInspectionPass" : "preInspectionFail") : "postInspectionAccept";
  const acceptedQty = inspection.kind === "POST" ? quantities.reduce((n, q) => n + q.accepted, 0) : null;
  const rejectedQty = inspection.kind === "POST" ? quantities.reduce((n, q) => n + q.rejected, 0) : null;
  // What of the order is still not accepted after this inspection: rejected, or never delivered.
  const acceptedNow = new Map(quantities.map((q) => [q.supplyOrderLineId, q.accepted]));
  const shortQty = inspection.kind === "POST"
    ? so.lines.reduce((n, line) => n + line.quantity - line.acceptedQty - (acceptedNow.get(line.id) ?? 0), 0)
    : 0;
  const soStatus = assertTransition(so.status, soEvent, "INSPECTOR", { anyRejected: !passed || shortQty > 0 });

  const photos = await storeUploads(input.photos ?? [], "photos");
  try {
    return await db.$transaction(async (tx) => {
      // The purchase order first, as every transaction that changes its supply orders does (no deadlocks).
      await lockPurchaseOrder(tx, so.purchaseOrderId);
      const now = clock.now();
      // A written objection (the rejection) counts only within 15 days of delivery (MSMED Act
      // s.2(b)); a later one still reduces what is billed but does not move the day of acceptance.
      const objects = inspection.kind === "POST" && !passed && !so.objectedOn && so.deliveredAt && objectionInTime(so.deliveredAt, now);
      const recorded = await tx.inspection.updateMany({
        where: { id: inspection.id, status: "ASSIGNED" },
        data: { status: inspectionStatus, checklist, acceptedQty, rejectedQty, remarks: remarks || null, inspectedAt: now },
      });
      if (recorded.count === 0) throw conflict("errors.inspection.alreadyRecorded");

      const moved = await tx.supplyOrder.updateMany({
        where: { id: so.id, status: so.status },
        data: {
          status: soStatus,
          ...(soStatus === "BILLED" ? { goodsAcceptedAt: now } : {}),
          ...(objects ? { objectedOn: istDate(now) } : {}),
        },
      });
      if (moved.count === 0) throw conflict("errors.supplyOrder.invalidTransition");
      for (const q of quantities) {
        await tx.supplyOrderLine.update({
          where: { id: q.supplyOrderLineId },
          data: { acceptedQty: { increment: q.accepted }, rejectedQty: { increment: q.rejected } },
        });
      }
      if (photos.length > 0) {
        await tx.attachment.createMany({ data: photos.map((p) => ({ ...p, uploadedById: actor.userId, inspectionId: inspection.id })) });
      }

      const vendorUsers = await vendorUserIds(tx, so.vendorId);
      const buyerUsers = await officeUserIds(tx, [so.purchaseOrder.officeId, so.purchaseOrder.consigneeOfficeId], "BUYER");
      const kind = inspection.kind;
      const buyerLink = `/buyer/supply-orders/${so.id}`;
      if (passed) {
        await notify(tx, { event: "inspection.passed", entityId: inspection.id, userIds: vendorUsers, params: { supplyOrderNumber: so.number, kind }, link: `/vendor/dispatch/${so.id}` });
        await notify(tx, { event: "inspection.passed", entityId: inspection.id, userIds: buyerUsers, params: { supplyOrderNumber: so.number, kind }, link: buyerLink });
      } else {
        await notify(tx, { event: "inspection.failed", entityId: inspection.id, userIds: vendorUsers, params: { supplyOrderNumber: so.number, kind, remarks }, link: `/vendor/dispatch/${so.id}` });
        await notify(tx, { event: "inspection.failed", entityId: inspection.id, userIds: buyerUsers, params: { supplyOrderNumber: so.number, kind, remarks }, link: buyerLink });
      }

      if (soStatus === "REPLACEMENT_DUE" && shortQty > 0) {
        const params = { supplyOrderNumber: so.number, quantity: shortQty };
        await notify(tx, { event: "supplyOrder.shortDelivered", entityId: `${inspection.id}:short`, userIds: vendorUsers, params, link: `/vendor/dispatch/${so.id}` });
        await notify(tx, { event: "supplyOrder.shortDelivered", entityId: `${inspection.id}:short`, userIds: buyerUsers, params, link: buyerLink });
      }

      // The audit chain's lock is held from the first event to the commit: events last.
      const purchaseOrderId = so.purchaseOrderId;
      await recordAudit(tx, {
        actor, entityType: "Inspection", entityId: inspection.id, action: `inspection.${passed ? "pass" : "fail"}`, purchaseOrderId,
        data: {
          supplyOrderId: so.id, kind: inspection.kind, attempt: inspection.attempt, acceptedQty, rejectedQty,
          checks: checklist.length, failedChecks: checklist.filter((c) => !c.ok).length, photos: photos.map((p) => p.sha256),
        },
      });
      await recordAudit(tx, {
        actor, entityType: "SupplyOrder", entityId: so.id, action: `supplyOrder.${soEvent}`, purchaseOrderId,
        data: { from: so.status, to: soStatus, inspectionId: inspection.id, ...(inspection.kind === "POST" ? { notAcceptedQty: shortQty, objection: objects ? "inTime" : null } : {}) },
      });
      await issueDocument(tx, "INSPECTION_CERTIFICATE", inspection.id, now);

      let finalStatus = soStatus;
      let billId: string | null = null;
      if (soStatus === "BILLED") {
        billId = (await generateBill(tx, { supplyOrderId: so.id, at: now })).id;
      } else if (soStatus === "PRE_INSPECTION_FAILED" && !mayRequestReinspection(so.reinspections, so.policyVersion)) {
        finalStatus = assertTransition(soStatus, "cancelAfterFailures", "SYSTEM");
        const inspections = so.reinspections + 1;
        const cancelled = await tx.supplyOrder.updateMany({
          where: { id: so.id, status: soStatus },
          data: { status: finalStatus, cancelReason: `Failed pre-dispatch inspection ${inspections} times` },
        });
        if (cancelled.count === 0) throw conflict("errors.supplyOrder.invalidTransition");
        await recordAudit(tx, {
          actor: "SYSTEM", entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.cancelAfterFailures", purchaseOrderId,
          data: { from: soStatus, to: finalStatus, inspections, maxReinspections: so.policyVersion.maxReinspections },
        });
        const params = { supplyOrderNumber: so.number, inspections };
        await notify(tx, { event: "supplyOrder.cancelledAfterFailures", entityId: so.id, userIds: vendorUsers, params, link: `/vendor/dispatch/${so.id}` });
        await notify(tx, { event: "supplyOrder.cancelledAfterFailures", entityId: so.id, userIds: buyerUsers, params, link: buyerLink });
        await reallocate(tx, { supplyOrderId: so.id, actor });
      }
      return { inspectionId: inspection.id, passed, supplyOrderStatus: finalStatus, billId };
    }, { timeout: 30_000, maxWait: 15_000 });
  } catch (error) {
    await discardUploads(photos);
    throw error;
  }
}
