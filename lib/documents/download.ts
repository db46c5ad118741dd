import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { DocumentFacts } from "./facts";
import { issueDocument } from "./issue";
import { renderDocumentPdf } from "./pdf";
import { verifyUrl } from "./urls";

/**
 * Who may download a document's PDF: the parties of its order — users of the buying or consignee
 * office (buyer, finance), of the supplying vendor (for a purchase order: any vendor supplying
 * it), the inspector who made an inspection (its certificate), and the admin. Everyone else,
 * signed in or not, gets NOT_FOUND. The public sees the same facts and hash on /verify/<id>; the
 * PDF itself is the parties' instrument (docs/transparency.md).
 */
async function parties(kind: DocumentKind, entityId: string) {
  const so = { select: { vendorId: true, purchaseOrder: { select: { officeId: true, consigneeOfficeId: true } } } } as const;
  const fromSo = (s: { vendorId: string; purchaseOrder: { officeId: string; consigneeOfficeId: string } } | null | undefined, inspectorId: string | null = null) =>
    s ? { offices: [s.purchaseOrder.officeId, s.purchaseOrder.consigneeOfficeId], vendors: [s.vendorId], inspectorId } : null;
  switch (kind) {
    case "PURCHASE_ORDER": {
      const po = await db.purchaseOrder.findUnique({ where: { id: entityId }, select: { officeId: true, consigneeOfficeId: true, supplyOrders: { select: { vendorId: true } } } });
      return po ? { offices: [po.officeId, po.consigneeOfficeId], vendors: po.supplyOrders.map((s) => s.vendorId), inspectorId: null } : null;
    }
    case "SUPPLY_ORDER":
      return fromSo(await db.supplyOrder.findUnique({ where: { id: entityId }, ...so }));
    case "INSPECTION_CERTIFICATE": {
      const inspection = await db.inspection.findUnique({ where: { id: entityId }, select: { inspectorId: true, supplyOrder: so } });
      return fromSo(inspection?.supplyOrder, inspection?.inspectorId);
    }
    case "BILL":
      return fromSo((await db.bill.findUnique({ where: { id: entityId }, select: { supplyOrder: so } }))?.supplyOrder);
    case "PAYMENT_ADVICE":
      return fromSo((await db.payment.findUnique({ where: { id: entityId }, select: { bill: { select: { supplyOrder: so } } } }))?.bill.supplyOrder);
  }
}

export function mayDownload(actor: Actor, p: { offices: string[]; vendors: string[]; inspectorId: string | null }): boolean {
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "BUYER":
    case "FINANCE":
      return actor.officeId !== null && p.offices.includes(actor.officeId);
    case "VENDOR":
      return actor.vendorId !== null && p.vendors.includes(actor.vendorId);
    case "INSPECTOR":
      return actor.inspectorId !== null && actor.inspectorId === p.inspectorId;
  }
}

/**
 * The PDF of the document of `kind` for an entity, for a party of the order. A document the
 * workflow has not issued yet (e.g. for data from before documents existed) is issued now.
 */
export async function downloadDocument(actor: Actor | null, kind: DocumentKind, entityId: string) {
  if (!actor || !/^[0-9a-f-]{36}$/i.test(entityId)) throw new AppError("NOT_FOUND");
  const p = await parties(kind, entityId);
  if (!p || !mayDownload(actor, p)) throw new AppError("NOT_FOUND");
  const document =
    (await db.document.findUnique({ where: { kind_entityId: { kind, entityId } } })) ??
    (await db.$transaction((tx) => issueDocument(tx, kind, entityId)).catch((error: unknown) => {
      // An inspection with no result yet has no certificate.
      if (error instanceof AppError && error.code === "CONFLICT") throw new AppError("NOT_FOUND");
      throw error;
    }));
  const pdf = await renderDocumentPdf({
    id: document.id, kind: document.kind, number: document.number, sha256: document.sha256,
    facts: document.facts as unknown as DocumentFacts, verifyUrl: verifyUrl(document.id),
  });
  return { pdf, fileName: `${document.kind.toLowerCase().replaceAll("_", "-")}-${document.number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf` };
}
