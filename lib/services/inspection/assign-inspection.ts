import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { pickInspector } from "@/lib/domain/allocation/inspector";
import { notify } from "@/lib/notify/outbox";
import { vendorUserIds } from "@/lib/services/recipients";

const DAY_MS = 86_400_000;

/**
 * Assigns a PRE or POST inspection of a supply order automatically (DOMAIN.md steps 6 and 8), inside
 * the caller's transaction: called by accepting an order that needs a pre-dispatch inspection, by
 * a vendor's re-inspection request, and by recording receipt.
 *
 * The site decides the district: the vendor's works before dispatch, the consignee office after.
 * Active inspectors of that district come first, then anyone active; among them the least open
 * load, then the smallest id (pickInspector). Nobody active at all is an UNAVAILABLE error, which
 * rolls the caller's step back rather than leaving an order waiting for an inspection no one has.
 * The inspection is scheduled for the next calendar day in India.
 *
 * `actor` is who triggered it; the assignment itself is the system's and is audited as SYSTEM.
 */
export async function assignInspection(
  tx: Tx,
  input: { supplyOrderId: string; kind: "PRE" | "POST"; actor: Actor | "SYSTEM"; at?: Date },
) {
  const at = input.at ?? new Date();
  const so = await tx.supplyOrder.findUniqueOrThrow({
    where: { id: input.supplyOrderId },
    select: {
      id: true, number: true, purchaseOrderId: true,
      vendor: { select: { id: true, legalName: true, districtId: true } },
      purchaseOrder: { select: { consigneeOffice: { select: { districtId: true } } } },
      _count: { select: { inspections: { where: { kind: input.kind } } } },
    },
  });
  const districtId = input.kind === "PRE" ? so.vendor.districtId : so.purchaseOrder.consigneeOffice.districtId;
  const candidates = async (where: { districtId?: number }) =>
    (
      await tx.inspector.findMany({
        where: { active: true, user: { active: true }, ...where },
        select: { id: true, districtId: true, userId: true, _count: { select: { inspections: { where: { status: "ASSIGNED" } } } } },
      })
    ).map((i) => ({ inspectorId: i.id, districtId: i.districtId, userId: i.userId, openLoad: i._count.inspections, active: true }));
  // The district's own inspectors when there are any; only otherwise the whole state's.
  const local = await candidates({ districtId });
  const chosen = pickInspector(local.length > 0 ? local : await candidates({}), districtId);
  if (!chosen) throw new AppError("UNAVAILABLE", "errors.inspection.noInspector");

  const scheduledOn = new Date((istDayNumber(at) + 1) * DAY_MS);
  const attempt = so._count.inspections + 1;
  const inspection = await tx.inspection.create({
    data: { supplyOrderId: so.id, kind: input.kind, attempt, inspectorId: chosen.inspectorId, scheduledOn },
  });
  await recordAudit(tx, {
    actor: "SYSTEM", entityType: "Inspection", entityId: inspection.id, action: "inspection.assign", purchaseOrderId: so.purchaseOrderId,
    data: {
      supplyOrderId: so.id, kind: input.kind, attempt, inspectorId: chosen.inspectorId, districtId,
      sameDistrict: chosen.districtId === districtId, openLoad: chosen.openLoad,
      scheduledOn: scheduledOn.toISOString().slice(0, 10),
      triggeredBy: input.actor === "SYSTEM" ? "SYSTEM" : input.actor.userId,
    },
  });
  await notify(tx, {
    event: "inspection.assigned", entityId: inspection.id, userIds: [chosen.userId],
    params: { supplyOrderNumber: so.number, kind: input.kind, scheduledOn, vendorName: so.vendor.legalName },
    link: `/inspector/inspections/${inspection.id}`,
  });
  await notify(tx, {
    event: "inspection.scheduled", entityId: inspection.id, userIds: await vendorUserIds(tx, so.vendor.id),
    params: { supplyOrderNumber: so.number, kind: input.kind, scheduledOn },
    link: `/vendor/dispatch/${so.id}`,
  });
  return inspection;
}
