import type { Tx } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { computeBill, dayOfAcceptance, paymentDueDate, type BillLine, type LateDelivery } from "@/lib/domain/bill/rules";
import { issueDocument } from "@/lib/documents/issue";
import { billPolicy } from "@/lib/domain/policy/policy";
import { istDayNumber, istIsoDay } from "@/lib/domain/time/india";
import { notify } from "@/lib/notify/outbox";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";

type ReceiptRow = { receivedOn: Date; quantities: unknown };

/**
 * Of a line's accepted pieces, those that arrived after the deliver-by date, by arrival (pure).
 * Rejected pieces are taken to be the earliest ones (a replacement is inspected after the goods it
 * replaces), so the pieces a late replacement brought count as late; the rest of the accepted
 * pieces came on time as far as the receipts show.
 */
export function lateDeliveriesOf(
  line: { id: string; acceptedQty: number; rejectedQty: number },
  receipts: readonly ReceiptRow[],
  deliverBy: Date,
): LateDelivery[] {
  const deadline = istDayNumber(deliverBy);
  const arrivals = receipts
    .map((r) => ({
      day: istDayNumber(r.receivedOn),
      quantity: ((r.quantities as { supplyOrderLineId: string; quantity: number }[]) ?? [])
        .filter((q) => q.supplyOrderLineId === line.id)
        .reduce((n, q) => n + q.quantity, 0),
    }))
    .filter((a) => a.quantity > 0)
    .sort((a, b) => a.day - b.day);
  const onTimeReceived = arrivals.filter((a) => a.day <= deadline).reduce((n, a) => n + a.quantity, 0);
  const onTimeGood = Math.min(line.acceptedQty, Math.max(0, onTimeReceived - line.rejectedQty));
  let lateToPlace = line.acceptedQty - onTimeGood;
  const late: LateDelivery[] = [];
  for (const arrival of arrivals) {
    if (arrival.day <= deadline || lateToPlace === 0) continue;
    const quantity = Math.min(arrival.quantity, lateToPlace);
    late.push({ quantity, daysLate: arrival.day - deadline });
    lateToPlace -= quantity;
  }
  return late;
}

/**
 * Generates the bill of a supply order whose goods were just accepted (DOMAIN.md step 9), inside
 * the caller's transaction: the post-dispatch inspection that accepted everything, the buyer's
 * decision on what was rejected or not delivered, or the scheduler's deemed acceptance. No person
 * enters a figure. The rules and their legal sources: docs/domain.md.
 *
 * - Amounts: the accepted quantities at the awarded unit prices, under the policy version the
 *   supply order was placed with, computed on the bill's totals (lib/domain/bill/rules.ts).
 *   GST-TDS is decided on the contract's taxable value: the supply order as ordered, 0 % lines out.
 * - LD: on the accepted pieces that arrived after the deliver-by date, by their arrival (receipts).
 * - Due date: from the day of acceptance — the delivery day (first receipt), or, when the buyer
 *   objected in writing within 15 days of it (`objectedOn`), the day the objection was removed
 *   (`objectionRemovedOn`, set by the caller; defaults to `at`) — plus the policy's days, at most 45.
 */
export async function generateBill(tx: Tx, input: { supplyOrderId: string; at?: Date }) {
  const at = input.at ?? new Date();
  const so = await tx.supplyOrder.findUniqueOrThrow({
    where: { id: input.supplyOrderId },
    select: {
      id: true, number: true, vendorId: true, intraState: true, deliverBy: true,
      deliveredAt: true, objectedOn: true, objectionRemovedOn: true, purchaseOrderId: true,
      purchaseOrder: { select: { officeId: true } },
      policyVersion: true,
      lines: { select: { id: true, quantity: true, acceptedQty: true, rejectedQty: true, unitPricePaise: true, gstRateBp: true } },
      receipts: { select: { receivedOn: true, quantities: true }, orderBy: { receivedOn: "asc" } },
    },
  });
  if (so.lines.length === 0) throw new Error(`supply order ${so.id} has no lines to bill`);
  const deliveredOn = so.deliveredAt ?? so.receipts[0]?.receivedOn ?? at;
  const policy = billPolicy(so.policyVersion);
  const lines: BillLine[] = so.lines.map((line) => ({
    acceptedQuantity: line.acceptedQty, unitPricePaise: line.unitPricePaise, gstRateBp: line.gstRateBp,
    late: lateDeliveriesOf(line, so.receipts, so.deliverBy),
  }));
  const contractTaxableValuePaise = so.lines
    .filter((l) => l.gstRateBp > 0)
    .reduce((sum, l) => sum + BigInt(l.quantity) * l.unitPricePaise, 0n);
  const amounts = computeBill({ lines, intraState: so.intraState, contractTaxableValuePaise, policy });

  const acceptance = dayOfAcceptance({
    deliveredOn,
    objection: so.objectedOn ? { raisedOn: so.objectedOn, removedOn: so.objectionRemovedOn ?? at } : null,
  });
  if (acceptance.kind === "PENDING") throw new Error(`supply order ${so.id} is billed while an objection stands`);
  const dueDate = paymentDueDate(acceptance.day, policy.paymentDueDays);

  const [number] = await nextDocumentNumbers(tx, "BILL", at);
  const bill = await tx.bill.create({
    data: {
      number, supplyOrderId: so.id, officeId: so.purchaseOrder.officeId, vendorId: so.vendorId,
      grossPaise: amounts.gross, cgstPaise: amounts.cgst, sgstPaise: amounts.sgst, igstPaise: amounts.igst,
      tdsCgstPaise: amounts.tdsCgst, tdsSgstPaise: amounts.tdsSgst, tdsIgstPaise: amounts.tdsIgst,
      liquidatedDamagesPaise: amounts.liquidatedDamages, netPayablePaise: amounts.netPayable,
      weeksLate: amounts.weeksLate, acceptedOn: acceptance.day, acceptanceKind: acceptance.kind, dueDate, generatedAt: at,
    },
  });
  await recordAudit(tx, {
    actor: "SYSTEM", entityType: "Bill", entityId: bill.id, action: "bill.generate", purchaseOrderId: so.purchaseOrderId,
    data: {
      number, supplyOrderId: so.id, policyVersion: so.policyVersion.version, grossPaise: bill.grossPaise,
      taxableValuePaise: amounts.taxableValue, contractTaxableValuePaise,
      gstPaise: bill.cgstPaise + bill.sgstPaise + bill.igstPaise, tdsPaise: bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise,
      liquidatedDamagesPaise: bill.liquidatedDamagesPaise, weeksLate: bill.weeksLate, netPayablePaise: bill.netPayablePaise,
      deliveredOn: istIsoDay(deliveredOn), acceptedOn: istIsoDay(acceptance.day), acceptance: acceptance.kind,
      dueDate: bill.dueDate.toISOString().slice(0, 10),
    },
  });
  await issueDocument(tx, "BILL", bill.id, at);
  const params = { billNumber: number, supplyOrderNumber: so.number, netPayablePaise: bill.netPayablePaise, dueDate: bill.dueDate };
  await notify(tx, { event: "bill.generated", entityId: bill.id, userIds: await vendorUserIds(tx, so.vendorId), params, link: `/vendor/dispatch/${so.id}` });
  await notify(tx, { event: "bill.generated", entityId: bill.id, userIds: await officeUserIds(tx, [so.purchaseOrder.officeId], "FINANCE"), params, link: `/finance/bills/${bill.id}` });
  return bill;
}
