import type { Tx } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { computeBill } from "@/lib/domain/bill/rules";
import { issueDocument } from "@/lib/documents/issue";
import { billPolicy } from "@/lib/domain/policy/policy";
import { notify } from "@/lib/notify/outbox";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";

/**
 * Generates the bill of a supply order whose goods were just accepted (DOMAIN.md step 9), inside
 * the caller's transaction: the post-dispatch inspection that accepted everything, or the buyer's
 * choice to have rejected goods deducted. No person enters a figure.
 *
 * - Amounts come from the accepted quantities at the awarded unit price, under the policy version
 *   the supply order was placed with (not today's), line by line (each item has its own GST rate)
 *   and summed; GST-TDS applicability is decided on the whole supply order's value.
 * - Lateness runs from the deliver-by date to the first arrival of the goods (`deliveredAt`, set
 *   by the first receipt): LD is levied on the whole bill's value, so a late replacement of a few
 *   rejected pieces does not make the whole supply late (docs/adr/0008-inspection-billing-payment.md).
 * - The due date runs from `goodsAcceptedAt` (set by the caller), capped by law at 45 days.
 */
export async function generateBill(tx: Tx, input: { supplyOrderId: string; at?: Date }) {
  const at = input.at ?? new Date();
  const so = await tx.supplyOrder.findUniqueOrThrow({
    where: { id: input.supplyOrderId },
    select: {
      id: true, number: true, vendorId: true, valuePaise: true, intraState: true, deliverBy: true,
      deliveredAt: true, goodsAcceptedAt: true, purchaseOrderId: true,
      purchaseOrder: { select: { officeId: true } },
      policyVersion: true,
      lines: { select: { acceptedQty: true, unitPricePaise: true, gstRateBp: true } },
      receipts: { select: { receivedOn: true }, orderBy: { receivedOn: "asc" }, take: 1 },
    },
  });
  const deliveredAt = so.deliveredAt ?? so.receipts[0]?.receivedOn ?? at;
  const acceptedAt = so.goodsAcceptedAt ?? at;
  const policy = billPolicy(so.policyVersion);
  const lines = so.lines.map((line) =>
    computeBill({
      acceptedQuantity: line.acceptedQty, unitPricePaise: line.unitPricePaise, gstRateBp: line.gstRateBp,
      intraState: so.intraState, contractValuePaise: so.valuePaise, policy, deliverBy: so.deliverBy, deliveredAt, acceptedAt,
    }),
  );
  if (lines.length === 0) throw new Error(`supply order ${so.id} has no lines to bill`);
  const sum = (pick: (b: (typeof lines)[number]) => bigint) => lines.reduce((total, b) => total + pick(b), 0n);
  const [number] = await nextDocumentNumbers(tx, "BILL", at);
  const bill = await tx.bill.create({
    data: {
      number, supplyOrderId: so.id, officeId: so.purchaseOrder.officeId, vendorId: so.vendorId,
      grossPaise: sum((b) => b.gross), cgstPaise: sum((b) => b.cgst), sgstPaise: sum((b) => b.sgst), igstPaise: sum((b) => b.igst),
      tdsCgstPaise: sum((b) => b.tdsCgst), tdsSgstPaise: sum((b) => b.tdsSgst), tdsIgstPaise: sum((b) => b.tdsIgst),
      liquidatedDamagesPaise: sum((b) => b.liquidatedDamages), netPayablePaise: sum((b) => b.netPayable),
      // The same on every line: they depend only on the order's dates.
      weeksLate: lines[0].weeksLate,
      dueDate: lines[0].dueDate,
      generatedAt: at,
    },
  });
  await recordAudit(tx, {
    actor: "SYSTEM", entityType: "Bill", entityId: bill.id, action: "bill.generate", purchaseOrderId: so.purchaseOrderId,
    data: {
      number, supplyOrderId: so.id, policyVersion: so.policyVersion.version, grossPaise: bill.grossPaise,
      gstPaise: bill.cgstPaise + bill.sgstPaise + bill.igstPaise, tdsPaise: bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise,
      liquidatedDamagesPaise: bill.liquidatedDamagesPaise, weeksLate: bill.weeksLate, netPayablePaise: bill.netPayablePaise,
      dueDate: bill.dueDate.toISOString().slice(0, 10),
    },
  });
  await issueDocument(tx, "BILL", bill.id, at);
  const params = { billNumber: number, supplyOrderNumber: so.number, netPayablePaise: bill.netPayablePaise, dueDate: bill.dueDate };
  await notify(tx, { event: "bill.generated", entityId: bill.id, userIds: await vendorUserIds(tx, so.vendorId), params, link: `/vendor/dispatch/${so.id}` });
  await notify(tx, { event: "bill.generated", entityId: bill.id, userIds: await officeUserIds(tx, [so.purchaseOrder.officeId], "FINANCE"), params, link: `/finance/bills/${bill.id}` });
  return bill;
}
