import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { OBJECTION_WINDOW_DAYS } from "@/lib/domain/bill/rules";
import { assertTransition as assertInspectionTransition } from "@/lib/domain/inspection/status";
import { assertTransition } from "@/lib/domain/supply-order/status";
import { dateOnly, istDayNumber, istIsoDay } from "@/lib/domain/time/india";
import { notify, notifyRole } from "@/lib/notify/outbox";
import { generateBill } from "@/lib/services/bill/generate-bill";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";
import { lockPurchaseOrder } from "@/lib/services/supply-order/close-purchase-order-if-done";

type Open = {
  id: string;
  supplyOrderId: string;
  number: string;
  agencyId: string;
  inspectorUserId: string;
  inspectorName: string;
  /** The latest arrival of goods this inspection is for (the first delivery, or a replacement). */
  arrivedOn: Date;
  deadline: Date;
};

export type InspectionDeadlineRun = { reminded: number; escalated: number; deemedAccepted: number };

/**
 * The scheduled sweep that enforces the post-dispatch inspection deadline (DOMAIN.md steps 8–9,
 * policy "post-dispatch inspection / acceptance deadline after receipt"), run by the worker each
 * minute beside the other sweeps. Only an objection within 15 days of delivery can move the day
 * payment falls due, so an inspection that never happens must not hold the supplier's money:
 * 1. the day before the policy's deadline (days after the goods arrived) the inspector is reminded;
 * 2. once the deadline has passed, the inspecting agency (its inspectors) and the admins are told;
 * 3. 15 days after arrival with no inspection recorded, the goods are deemed accepted (MSMED Act
 *    s.2(b)): the inspection is closed, what arrived is accepted, and the bill is generated — due
 *    from the delivery day (or, for a replacement after an objection in time, from its arrival).
 *    Anything still missing leaves the order waiting for the buyer's decision, as a short delivery.
 * Each step happens once per inspection (marks on the row, conditional updates; SKIP LOCKED lets
 * several workers share the work), and `now` is passed in so that tests can set "today".
 */
export async function runInspectionDeadlines(
  db: Db,
  { now = new Date(), batchSize = 100 }: { now?: Date; batchSize?: number } = {},
): Promise<InspectionDeadlineRun> {
  const today = istDayNumber(now);
  const reminded = await markBatches(db, batchSize, "reminder", today, async (tx, rows) => {
    for (const row of rows) {
      await notify(tx, {
        event: "inspection.deadlineReminder", entityId: row.id, userIds: [row.inspectorUserId],
        params: { supplyOrderNumber: row.number, deadline: row.deadline }, link: `/inspector/inspections/${row.id}`,
      });
    }
    await tx.inspection.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { reminderSentAt: now } });
  });
  const escalated = await markBatches(db, batchSize, "escalation", today, async (tx, rows) => {
    for (const row of rows) {
      const input = {
        event: "inspection.escalated" as const, entityId: row.id,
        params: { supplyOrderNumber: row.number, inspectorName: row.inspectorName, deadline: row.deadline },
      };
      await notifyRole(tx, "INSPECTOR", { ...input, link: `/inspector` }, { agencyId: row.agencyId });
      await notifyRole(tx, "ADMIN", { ...input, link: `/admin` });
    }
    await tx.inspection.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { escalatedAt: now } });
    for (const row of rows) {
      await recordAudit(tx, {
        actor: "SYSTEM", entityType: "Inspection", entityId: row.id, action: "inspection.escalate",
        data: { supplyOrderId: row.supplyOrderId, deadline: istIsoDay(row.deadline) },
      });
    }
  });

  let deemedAccepted = 0;
  for (;;) {
    const due = await db.$queryRaw<Open[]>`${openPostInspections("deemed", today)} LIMIT ${batchSize}`;
    let progressed = 0;
    for (const row of due) progressed += (await deemAccepted(db, row, now)) ? 1 : 0;
    deemedAccepted += progressed;
    if (due.length < batchSize || progressed === 0) break;
  }
  return { reminded, escalated, deemedAccepted };
}

type Step = "reminder" | "escalation" | "deemed";

// The latest receipt's day, the policy's deadline after it, and each step's condition. Reads only
// open POST inspections (the index on kind, status, createdAt).
function openPostInspections(step: Step, today: number) {
  const todayDate = istIsoDay(dateOnly(today));
  const condition = {
    reminder: Prisma.sql`i."reminderSentAt" IS NULL AND t.deadline - 1 <= ${todayDate}::date`,
    escalation: Prisma.sql`i."escalatedAt" IS NULL AND t.deadline < ${todayDate}::date`,
    deemed: Prisma.sql`so.status = 'RECEIVED' AND t."arrivedOn" + ${OBJECTION_WINDOW_DAYS}::int < ${todayDate}::date`,
  }[step];
  return Prisma.sql`
    SELECT i.id, i."supplyOrderId", so.number, ins."agencyId", ins."userId" AS "inspectorUserId", u.name AS "inspectorName",
           t."arrivedOn", t.deadline
      FROM "Inspection" i
      JOIN "SupplyOrder" so ON so.id = i."supplyOrderId"
      JOIN "PolicyVersion" pv ON pv.id = so."policyVersionId"
      JOIN "Inspector" ins ON ins.id = i."inspectorId"
      JOIN "User" u ON u.id = ins."userId"
      CROSS JOIN LATERAL (
        SELECT a."arrivedOn", a."arrivedOn" + pv."postInspectionDays" AS deadline
          FROM (SELECT coalesce(max(r."receivedOn"), (i."createdAt" + interval '330 minutes')::date) AS "arrivedOn"
                  FROM "Receipt" r WHERE r."supplyOrderId" = so.id) a
      ) t
     WHERE i.kind = 'POST' AND i.status = 'ASSIGNED' AND ${condition}
     ORDER BY i."createdAt", i.id`;
}

async function markBatches(db: Db, batchSize: number, step: "reminder" | "escalation", today: number, act: (tx: Tx, rows: Open[]) => Promise<void>) {
  let total = 0;
  for (;;) {
    const rows = await db.$transaction(async (tx) => {
      const batch = await tx.$queryRaw<Open[]>`${openPostInspections(step, today)} LIMIT ${batchSize} FOR UPDATE OF i SKIP LOCKED`;
      if (batch.length > 0) await act(tx, batch);
      return batch;
    }, { timeout: 60_000 });
    total += rows.length;
    if (rows.length < batchSize) return total;
  }
}

/** One supply order's deemed acceptance, in its own transaction; false when someone got there first. */
async function deemAccepted(db: Db, row: Open, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const so = await tx.supplyOrder.findUniqueOrThrow({
      where: { id: row.supplyOrderId },
      select: {
        id: true, number: true, status: true, vendorId: true, purchaseOrderId: true, deliveredAt: true, objectedOn: true, objectionRemovedOn: true,
        purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
        lines: { select: { id: true, quantity: true, receivedQty: true, acceptedQty: true, rejectedQty: true } },
      },
    });
    await lockPurchaseOrder(tx, so.purchaseOrderId);
    const closed = await tx.inspection.updateMany({
      where: { id: row.id, status: "ASSIGNED" },
      data: { status: assertInspectionTransition("ASSIGNED", "cancel", "SYSTEM"), remarks: "Deemed accepted: no inspection within 15 days of delivery (MSMED Act s.2(b))" },
    });
    if (closed.count === 0) return false;
    const shortQty = so.lines.reduce((n, l) => n + l.quantity - l.acceptedQty - (l.receivedQty - l.acceptedQty - l.rejectedQty), 0);
    const to = assertTransition(so.status, "deemAccept", "SYSTEM", { anyRejected: shortQty > 0 });
    // A replacement deemed accepted removes the objection on the day it arrived.
    const removesObjection = so.objectedOn && !so.objectionRemovedOn && to === "BILLED";
    const moved = await tx.supplyOrder.updateMany({
      where: { id: so.id, status: so.status },
      data: {
        status: to, deemedAcceptedAt: now,
        ...(to === "BILLED" ? { goodsAcceptedAt: now } : {}),
        ...(removesObjection ? { objectionRemovedOn: row.arrivedOn } : {}),
      },
    });
    if (moved.count === 0) return false;
    for (const line of so.lines) {
      const pending = line.receivedQty - line.acceptedQty - line.rejectedQty;
      if (pending > 0) await tx.supplyOrderLine.update({ where: { id: line.id }, data: { acceptedQty: { increment: pending } } });
    }
    const vendorUsers = await vendorUserIds(tx, so.vendorId);
    const buyerUsers = await officeUserIds(tx, [so.purchaseOrder.officeId, so.purchaseOrder.consigneeOfficeId], "BUYER");
    const params = { supplyOrderNumber: so.number, deliveredOn: row.arrivedOn };
    await notify(tx, { event: "supplyOrder.deemedAccepted", entityId: so.id, userIds: vendorUsers, params, link: `/vendor/dispatch/${so.id}` });
    await notify(tx, { event: "supplyOrder.deemedAccepted", entityId: so.id, userIds: buyerUsers, params, link: `/buyer/supply-orders/${so.id}` });
    await notify(tx, { event: "supplyOrder.deemedAccepted", entityId: so.id, userIds: [row.inspectorUserId], params, link: `/inspector` });
    if (shortQty > 0) {
      const shortParams = { supplyOrderNumber: so.number, quantity: shortQty };
      await notify(tx, { event: "supplyOrder.shortDelivered", entityId: `${row.id}:short`, userIds: vendorUsers, params: shortParams, link: `/vendor/dispatch/${so.id}` });
      await notify(tx, { event: "supplyOrder.shortDelivered", entityId: `${row.id}:short`, userIds: buyerUsers, params: shortParams, link: `/buyer/supply-orders/${so.id}` });
    }
    await recordAudit(tx, {
      actor: "SYSTEM", entityType: "Inspection", entityId: row.id, action: "inspection.cancel", purchaseOrderId: so.purchaseOrderId,
      data: { supplyOrderId: so.id, why: "deemedAcceptance", arrivedOn: istIsoDay(row.arrivedOn) },
    });
    await recordAudit(tx, {
      actor: "SYSTEM", entityType: "SupplyOrder", entityId: so.id, action: "supplyOrder.deemAccept", purchaseOrderId: so.purchaseOrderId,
      data: { from: so.status, to, inspectionId: row.id, arrivedOn: istIsoDay(row.arrivedOn), notAcceptedQty: shortQty },
    });
    if (to === "BILLED") await generateBill(tx, { supplyOrderId: so.id, at: now });
    return true;
  }, { timeout: 30_000, maxWait: 15_000 });
}
