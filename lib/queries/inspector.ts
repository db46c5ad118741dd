import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { readSpecs, type ChecklistEntry } from "@/lib/domain/inspection/record";
import { afterDateKeyset, decodeDateCursor, pageOf, PAGE_SIZE } from "./fulfilment-cursor";

export type InspectionTab = "open" | "done";

/**
 * The inspector's queue: inspections assigned to them and not yet recorded, soonest first
 * ("open"), or those they recorded, latest scheduled first ("done"). Nobody else's ever.
 */
export async function listMyInspections(actor: Actor, { tab, cursor }: { tab: InspectionTab; cursor?: string }) {
  assertCan(actor, "inspection.record");
  if (!actor.inspectorId) return { rows: [], nextCursor: null };
  const direction = tab === "open" ? "asc" : "desc";
  const rows = await db.inspection.findMany({
    where: {
      inspectorId: actor.inspectorId,
      status: tab === "open" ? "ASSIGNED" : { in: ["PASSED", "FAILED"] },
      ...afterDateKeyset("scheduledOn", decodeDateCursor(cursor), direction),
    },
    orderBy: [{ scheduledOn: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: {
      id: true, kind: true, attempt: true, status: true, scheduledOn: true, inspectedAt: true,
      supplyOrder: {
        select: {
          number: true,
          vendor: { select: { legalName: true, district: { select: { nameEn: true, nameHi: true } } } },
          purchaseOrder: { select: { consigneeOffice: { select: { nameEn: true, nameHi: true, district: { select: { nameEn: true, nameHi: true } } } } } },
        },
      },
    },
  });
  return pageOf(rows, (r) => r.scheduledOn);
}

/** Open inspections of the inspector: the count on their home page. */
export async function countMyOpenInspections(actor: Actor): Promise<number> {
  assertCan(actor, "inspection.record");
  if (!actor.inspectorId) return 0;
  return db.inspection.count({ where: { inspectorId: actor.inspectorId, status: "ASSIGNED" } });
}

/**
 * One inspection with everything needed to carry it out: where to go, each line's item and
 * specification, what is waiting to be inspected after receipt, earlier attempts. Null when it is
 * not assigned to this inspector (the page answers "not found").
 */
export async function getInspectionForInspector(actor: Actor, inspectionId: string) {
  assertCan(actor, "inspection.record");
  if (!actor.inspectorId || !/^[0-9a-f-]{36}$/i.test(inspectionId)) return null;
  const inspection = await db.inspection.findFirst({
    where: { id: inspectionId, inspectorId: actor.inspectorId },
    select: {
      id: true, kind: true, attempt: true, status: true, scheduledOn: true, inspectedAt: true, checklist: true,
      acceptedQty: true, rejectedQty: true, remarks: true,
      photos: { select: { id: true, fileName: true, mimeType: true }, orderBy: { createdAt: "asc" } },
      supplyOrder: {
        select: {
          id: true, number: true, status: true, deliverBy: true,
          vendor: { select: { legalName: true, address: true, pincode: true, mobile: true, district: { select: { nameEn: true, nameHi: true } } } },
          purchaseOrder: {
            select: {
              number: true,
              consigneeOffice: { select: { nameEn: true, nameHi: true, address: true, pincode: true, district: { select: { nameEn: true, nameHi: true } } } },
            },
          },
          lines: {
            orderBy: { id: "asc" },
            select: {
              id: true, quantity: true, dispatchedQty: true, receivedQty: true, acceptedQty: true, rejectedQty: true,
              item: { select: { code: true, nameEn: true, nameHi: true, unit: true, specs: true } },
            },
          },
          // What the consignee recorded on receipt: the post-dispatch inspector checks against it.
          receipts: {
            orderBy: { createdAt: "asc" },
            select: { id: true, receivedOn: true, remarks: true, photos: { select: { id: true, fileName: true }, orderBy: { createdAt: "asc" } } },
          },
          inspections: {
            where: { id: { not: inspectionId } },
            orderBy: [{ kind: "asc" }, { attempt: "asc" }],
            select: { id: true, kind: true, attempt: true, status: true, inspectedAt: true, remarks: true },
          },
        },
      },
    },
  });
  if (!inspection) return null;
  const { supplyOrder, checklist, ...rest } = inspection;
  return {
    ...rest,
    checklist: (Array.isArray(checklist) ? checklist : []) as ChecklistEntry[],
    supplyOrder: {
      ...supplyOrder,
      lines: supplyOrder.lines.map(({ item, ...line }) => ({
        ...line,
        pendingQty: line.receivedQty - line.acceptedQty - line.rejectedQty,
        item: { ...item, specs: readSpecs(item.specs) },
      })),
    },
  };
}
