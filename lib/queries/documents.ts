import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { mayDownload } from "@/lib/documents/download";
import { documentDownloadPath } from "@/lib/documents/urls";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

export type DownloadableDocument = { id: string; kind: DocumentKind; entityId: string; number: string; href: string };

const KIND_ORDER: DocumentKind[] = ["PURCHASE_ORDER", "SUPPLY_ORDER", "INSPECTION_CERTIFICATE", "BILL", "PAYMENT_ADVICE"];

/**
 * The issued documents of a purchase order (all its supply orders) or of given supply orders
 * that this actor may download as a party (the same rule as /api/documents, lib/documents/download.ts):
 * what each party's pages list under "Documents (PDF)". Purchase order first, then in workflow order.
 */
export async function downloadableDocuments(
  actor: Actor,
  scope: { purchaseOrderId: string } | { supplyOrderIds: string[] },
): Promise<DownloadableDocument[]> {
  const supplyOrders = await db.supplyOrder.findMany({
    where: "purchaseOrderId" in scope ? { purchaseOrderId: scope.purchaseOrderId } : { id: { in: scope.supplyOrderIds } },
    select: {
      id: true, vendorId: true, purchaseOrderId: true,
      purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } },
      inspections: { select: { id: true, inspectorId: true } },
      bill: { select: { id: true, payment: { select: { id: true } } } },
    },
  });
  const allowed = new Set<string>();
  const purchaseOrders = new Map<string, { offices: string[]; vendors: string[] }>();
  if ("purchaseOrderId" in scope) {
    const po = await db.purchaseOrder.findUnique({ where: { id: scope.purchaseOrderId }, select: { id: true, officeId: true, consigneeOfficeId: true } });
    if (po) purchaseOrders.set(po.id, { offices: [po.officeId, po.consigneeOfficeId], vendors: [] });
  }
  for (const so of supplyOrders) {
    const offices = [so.purchaseOrder.officeId, so.purchaseOrder.consigneeOfficeId];
    const party = { offices, vendors: [so.vendorId], inspectorId: null };
    const po = purchaseOrders.get(so.purchaseOrderId) ?? { offices, vendors: [] };
    po.vendors.push(so.vendorId);
    purchaseOrders.set(so.purchaseOrderId, po);
    if (mayDownload(actor, party)) {
      allowed.add(so.id);
      if (so.bill) allowed.add(so.bill.id);
      if (so.bill?.payment) allowed.add(so.bill.payment.id);
    }
    for (const inspection of so.inspections) if (mayDownload(actor, { ...party, inspectorId: inspection.inspectorId })) allowed.add(inspection.id);
  }
  for (const [id, p] of purchaseOrders) if (mayDownload(actor, { ...p, inspectorId: null })) allowed.add(id);
  if (allowed.size === 0) return [];
  const documents = await db.document.findMany({
    where: { entityId: { in: [...allowed] } },
    select: { id: true, kind: true, entityId: true, number: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return documents
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.createdAt.getTime() - b.createdAt.getTime())
    .map((d) => ({ id: d.id, kind: d.kind, entityId: d.entityId, number: d.number, href: documentDownloadPath(d.kind, d.entityId) }));
}
