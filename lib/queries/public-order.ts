import "server-only";
// The public read side: a replica when one is configured (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";
import type { Db, Tx } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AllocationReason } from "@/lib/domain/allocation/rank";
import { redactPersonalData } from "@/lib/privacy/redact";

/**
 * One purchase order as the public may see it: everything about the order, its supply orders and
 * their inspections, dispatches, receipts, bills and payments, but no personal data — no user
 * names, e-mails, phone numbers, bank accounts, PAN or GSTIN (it embeds the PAN), no UTR, and no
 * vendor's social category (SC/ST- or women-owned says something about a proprietor as a person;
 * the dashboard shows it only in aggregate). Vendors appear by legal name, Udyam number, district
 * and whether they are local; inspectors by agency. Free text is redacted.
 * The order page, the OCDS releases and the CSV export all read through this one shape.
 */
export type PublicOrder = Awaited<ReturnType<typeof loadPublicOrders>>[number];
export type PublicSupplyOrder = PublicOrder["supplyOrders"][number];
export type PublicOffice = PublicOrder["office"];
export type PublicVendor = PublicSupplyOrder["vendor"];

const districtSelect = { select: { id: true, slug: true, nameEn: true, nameHi: true } } as const;
const officeSelect = {
  select: {
    id: true, code: true, nameEn: true, nameHi: true, kind: true, address: true, pincode: true,
    district: districtSelect, department: { select: { id: true, code: true, nameEn: true, nameHi: true } },
  },
} as const;
const itemSelect = { select: { id: true, code: true, nameEn: true, nameHi: true, unit: true, hsn: true } } as const;

const orderInclude = {
  office: officeSelect,
  consigneeOffice: officeSelect,
  budgetHead: { select: { code: true, nameEn: true, nameHi: true, financialYear: true } },
  policyVersion: { select: { version: true } },
  lines: { orderBy: { lineNo: "asc" }, include: { item: itemSelect } },
  // The order's own risk flags (splitting, price); the page adds its office's and vendors' flags.
  riskFlags: {
    orderBy: [{ flaggedAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, kind: true, facts: true, flaggedAt: true, computedAt: true, reviewedAt: true, reviewNote: true, vendor: { select: { legalName: true } } },
  },
  supplyOrders: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      vendor: {
        select: {
          id: true, legalName: true, udyamNumber: true, stateCode: true, district: districtSelect,
        },
      },
      replaces: { select: { number: true } },
      lines: { orderBy: { id: "asc" }, include: { item: itemSelect, purchaseOrderLine: { select: { lineNo: true } } } },
      inspections: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, kind: true, attempt: true, status: true, scheduledOn: true, inspectedAt: true, acceptedQty: true, rejectedQty: true,
          remarks: true, checklist: true, inspector: { select: { agency: { select: { nameEn: true, nameHi: true } } } },
        },
      },
      dispatches: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, dispatchedOn: true, invoiceNumber: true, invoiceDate: true, transporter: true, docketNumber: true, quantities: true },
      },
      receipts: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, receivedOn: true, quantities: true } },
      bill: {
        select: {
          id: true, number: true, status: true, grossPaise: true, cgstPaise: true, sgstPaise: true, igstPaise: true,
          tdsCgstPaise: true, tdsSgstPaise: true, tdsIgstPaise: true, liquidatedDamagesPaise: true, netPayablePaise: true,
          weeksLate: true, dueDate: true, generatedAt: true, acceptedOn: true, acceptanceKind: true,
          payment: { select: { id: true, amountPaise: true, interestPaise: true, daysLate: true, paidAt: true } },
        },
      },
    },
  },
} satisfies Prisma.PurchaseOrderInclude;

/** Loads the given purchase orders (by id) in the public shape, in the order of `ids`. */
export async function loadPublicOrders(ids: readonly string[], client: Db | Tx = db) {
  if (ids.length === 0) return [];
  const [orders, documents, lastEvents] = await Promise.all([
    client.purchaseOrder.findMany({ where: { id: { in: [...ids] } }, include: orderInclude }),
    client.document.findMany({
      where: { entityId: { in: [...ids] } },
      select: { id: true, kind: true, entityId: true, number: true, createdAt: true },
    }),
    client.auditEvent.groupBy({ by: ["purchaseOrderId"], where: { purchaseOrderId: { in: [...ids] } }, _max: { seq: true, occurredAt: true } }),
  ]);
  // Documents of supply orders, inspections, bills and payments hang off those entities' ids.
  const childIds = orders.flatMap((o) =>
    o.supplyOrders.flatMap((so) => [so.id, ...so.inspections.map((i) => i.id), ...(so.bill ? [so.bill.id] : []), ...(so.bill?.payment ? [so.bill.payment.id] : [])]),
  );
  const childDocuments = childIds.length
    ? await client.document.findMany({ where: { entityId: { in: childIds } }, select: { id: true, kind: true, entityId: true, number: true, createdAt: true } })
    : [];
  const allDocuments = [...documents, ...childDocuments];
  const byId = new Map(orders.map((o) => [o.id, o]));
  const lastById = new Map(lastEvents.map((e) => [e.purchaseOrderId, e._max]));

  return ids.flatMap((id) => {
    const o = byId.get(id);
    if (!o) return [];
    const docsFor = (entityId: string) => allDocuments.filter((d) => d.entityId === entityId);
    return [
      {
        id: o.id,
        number: o.number,
        status: o.status,
        createdAt: o.createdAt,
        closedAt: o.closedAt,
        deliverBy: o.deliverBy,
        totalPaise: o.totalPaise,
        directPurchase: o.directPurchase,
        office: o.office,
        consignee: o.consigneeOffice,
        budgetHead: o.budgetHead,
        policyVersion: o.policyVersion.version,
        riskFlags: o.riskFlags.map((f) => ({ ...f, reviewNote: f.reviewNote ? redactPersonalData(f.reviewNote) : null })),
        lines: o.lines.map((l) => ({
          id: l.id, lineNo: l.lineNo, item: l.item, quantity: l.quantity, status: l.status, unfulfilledQty: l.unfulfilledQty, deliverBy: l.deliverBy,
          passedOver: l.passedOver,
        })),
        supplyOrders: o.supplyOrders.map((so) => ({
          id: so.id,
          number: so.number,
          status: so.status,
          createdAt: so.createdAt,
          acceptBy: so.acceptBy,
          acceptedAt: so.acceptedAt,
          decidedAt: so.decidedAt,
          rejectReason: so.rejectReason ? redactPersonalData(so.rejectReason) : null,
          cancelReason: so.cancelReason ? redactPersonalData(so.cancelReason) : null,
          shortfallDecision: so.shortfallDecision,
          shortfallReason: so.shortfallReason ? redactPersonalData(so.shortfallReason) : null,
          deemedAcceptedAt: so.deemedAcceptedAt,
          deliverBy: so.deliverBy,
          deliveredAt: so.deliveredAt,
          goodsAcceptedAt: so.goodsAcceptedAt,
          valuePaise: so.valuePaise,
          gstPaise: so.gstPaise,
          intraState: so.intraState,
          preInspectionRequired: so.preInspectionRequired,
          replacesNumber: so.replaces?.number ?? null,
          vendor: {
            id: so.vendor.id, legalName: so.vendor.legalName, udyamNumber: so.vendor.udyamNumber, local: so.vendor.stateCode === "22", district: so.vendor.district,
          },
          lines: so.lines.map((l) => ({
            id: l.id, lineNo: l.purchaseOrderLine.lineNo, purchaseOrderLineId: l.purchaseOrderLineId, item: l.item, quantity: l.quantity,
            unitPricePaise: l.unitPricePaise, offerPricePaise: l.offerPricePaise, gstRateBp: l.gstRateBp, landedUnitPaise: l.landedUnitPaise, rank: l.rank,
            allocationReason: l.allocationReason as unknown as AllocationReason,
            dispatchedQty: l.dispatchedQty, receivedQty: l.receivedQty, acceptedQty: l.acceptedQty, rejectedQty: l.rejectedQty,
            shortClosedQty: l.shortClosedQty, reallocatedQty: l.reallocatedQty,
          })),
          inspections: so.inspections.map((i) => ({
            id: i.id, kind: i.kind, attempt: i.attempt, status: i.status, scheduledOn: i.scheduledOn, inspectedAt: i.inspectedAt,
            acceptedQty: i.acceptedQty, rejectedQty: i.rejectedQty, remarks: i.remarks ? redactPersonalData(i.remarks) : null,
            checklist: publicChecklist(i.checklist), agency: i.inspector.agency, documents: docsFor(i.id),
          })),
          dispatches: so.dispatches.map((d) => ({ ...d, transporter: redactPersonalData(d.transporter) })),
          receipts: so.receipts,
          bill: so.bill ? { ...so.bill, payment: undefined, documents: docsFor(so.bill.id) } : null,
          payment: so.bill?.payment ? { ...so.bill.payment, documents: docsFor(so.bill.payment.id) } : null,
          documents: docsFor(so.id),
        })),
        documents: docsFor(o.id),
        lastEvent: lastById.get(o.id)?.seq ? { seq: lastById.get(o.id)!.seq!, occurredAt: lastById.get(o.id)!.occurredAt! } : null,
      },
    ];
  });
}

type ChecklistRow = { key: string; requirement: string; observed: string; ok: boolean };

function publicChecklist(value: unknown): ChecklistRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((row: Record<string, unknown>) => ({
    key: String(row.key ?? ""), requirement: String(row.requirement ?? ""), observed: redactPersonalData(String(row.observed ?? "")), ok: row.ok === true,
  }));
}

/** One purchase order by its public number, or null. */
export async function getPublicOrder(number: string): Promise<PublicOrder | null> {
  const found = await db.purchaseOrder.findUnique({ where: { number }, select: { id: true } });
  if (!found) return null;
  const [order] = await loadPublicOrders([found.id]);
  return order ?? null;
}
