import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { readSpecs, type ChecklistEntry } from "@/lib/domain/inspection/record";
import { mayRequestReinspection } from "@/lib/domain/supply-order/rules";
import { allowedEvents } from "@/lib/domain/supply-order/status";
import type { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { afterDateKeyset, decodeDateCursor, pageOf, PAGE_SIZE } from "./fulfilment-cursor";

/** Accepted supply orders on their way: the vendor's fulfilment list (before acceptance they live in the orders inbox). */
const FULFILMENT_STATUSES: SupplyOrderStatus[] = [
  "AWAITING_PRE_INSPECTION", "PRE_INSPECTION_FAILED", "READY_TO_DISPATCH", "DISPATCHED", "RECEIVED", "REPLACEMENT_DUE", "BILLED", "CLOSED",
];

/** Statuses in which the vendor has something to do: listed first. */
const NEEDS_VENDOR: SupplyOrderStatus[] = ["PRE_INSPECTION_FAILED", "READY_TO_DISPATCH", "REPLACEMENT_DUE"];

export type FulfilmentTab = "action" | "all";

/** The vendor's own accepted supply orders, newest first: those waiting on the vendor, or all. */
export async function listVendorFulfilment(actor: Actor, { tab, cursor }: { tab: FulfilmentTab; cursor?: string }) {
  assertCan(actor, "supplyOrder.dispatch");
  if (!actor.vendorId) return { rows: [], nextCursor: null };
  const rows = await db.supplyOrder.findMany({
    where: {
      vendorId: actor.vendorId,
      status: { in: tab === "action" ? NEEDS_VENDOR : FULFILMENT_STATUSES },
      ...afterDateKeyset("createdAt", decodeDateCursor(cursor), "desc"),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true, number: true, status: true, deliverBy: true, createdAt: true, valuePaise: true,
      purchaseOrder: { select: { consigneeOffice: { select: { nameEn: true, nameHi: true } } } },
    },
  });
  return pageOf(rows, (r) => r.createdAt);
}

/**
 * One of the vendor's supply orders with what the dispatch screens need: lines with what is left
 * to send (or to replace), the inspections with results and photos, dispatches, the bill and its
 * payment, and which vendor steps are possible now. Null for another firm's order.
 */
export async function getSupplyOrderForVendor(actor: Actor, supplyOrderId: string) {
  assertCan(actor, "supplyOrder.dispatch");
  if (!actor.vendorId || !/^[0-9a-f-]{36}$/i.test(supplyOrderId)) return null;
  const so = await db.supplyOrder.findFirst({
    where: { id: supplyOrderId, vendorId: actor.vendorId },
    select: {
      id: true, number: true, status: true, deliverBy: true, acceptedAt: true, createdAt: true, valuePaise: true, gstPaise: true,
      reinspections: true, cancelReason: true,
      policyVersion: { select: { maxReinspections: true } },
      purchaseOrder: {
        select: {
          number: true,
          consigneeOffice: { select: { nameEn: true, nameHi: true, address: true, pincode: true, district: { select: { nameEn: true, nameHi: true } } } },
        },
      },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true, quantity: true, dispatchedQty: true, receivedQty: true, acceptedQty: true, rejectedQty: true, unitPricePaise: true,
          item: { select: { code: true, nameEn: true, nameHi: true, unit: true, specs: true } },
        },
      },
      inspections: {
        orderBy: [{ createdAt: "asc" }],
        select: {
          id: true, kind: true, attempt: true, status: true, scheduledOn: true, inspectedAt: true, remarks: true, checklist: true,
          acceptedQty: true, rejectedQty: true,
          photos: { select: { id: true, fileName: true } },
          inspector: { select: { user: { select: { name: true } }, agency: { select: { nameEn: true, nameHi: true } } } },
        },
      },
      dispatches: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, dispatchedOn: true, invoiceNumber: true, transporter: true, docketNumber: true } },
      bill: {
        select: {
          number: true, status: true, dueDate: true, grossPaise: true, netPayablePaise: true, liquidatedDamagesPaise: true,
          tdsCgstPaise: true, tdsSgstPaise: true, tdsIgstPaise: true,
          payment: { select: { paidAt: true, amountPaise: true, interestPaise: true, bankReference: true } },
        },
      },
    },
  });
  if (!so) return null;
  const events = allowedEvents(so.status, "VENDOR");
  return {
    ...so,
    lines: so.lines.map(({ item, ...line }) => ({ ...line, item: { ...item, specs: readSpecs(item.specs) } })),
    inspections: so.inspections.map((i) => ({ ...i, checklist: (Array.isArray(i.checklist) ? i.checklist : []) as ChecklistEntry[] })),
    // The vendor sees its own payment's bank reference (UTR) in full: it is the transfer into its
    // own account, and the full UTR is what its bank asks for (issue 15). The public and the PDF
    // still show only the last characters.
    bill: so.bill,
    canDispatch: events.includes("dispatch"),
    canReplace: events.includes("replacementDispatch"),
    canRequestReinspection: events.includes("requestReinspection") && mayRequestReinspection(so.reinspections, so.policyVersion),
  };
}
