/**
 * Turns awards into supply orders, one per vendor, inside the caller's transaction: numbers,
 * values, whether a pre-dispatch inspection is needed, the acceptance deadline, the public
 * allocation reason on every line, and the vendor's notification. Shared by placing a purchase
 * order and by reallocation.
 */
import type { Tx } from "@/lib/prisma-client";
import { lineValue, isLocal, type Award } from "@/lib/domain/allocation/rank";
import { needsPreInspection } from "@/lib/domain/allocation/inspector";
import type { Policy } from "@/lib/domain/policy/policy";
import { acceptBy } from "@/lib/domain/supply-order/sla";
import { notifyRole } from "@/lib/notify/outbox";
import { nextDocumentNumbers } from "@/lib/services/numbering/next-numbers";

export interface AwardOnLine {
  award: Award;
  purchaseOrderLineId: string;
  itemId: string;
  preDispatchInspection: boolean;
  /** The vendor's GSTIN state: intra-state (CGST + SGST) when it is Chhattisgarh, like every consignee. */
  vendorStateCode: string;
}

export interface CreatedSupplyOrder {
  id: string;
  number: string;
  vendorId: string;
  valuePaise: bigint;
  gstPaise: bigint;
  acceptBy: Date;
  quantity: number;
}

/** Sums what awards would block, before anything is written (the budget is checked first). */
export function landedValueOf(awards: readonly { award: Award }[]): bigint {
  return awards.reduce((sum, a) => sum + lineValue(a.award.quantity, a.award.unitPricePaise, a.award.gstRateBp).landedPaise, 0n);
}

export async function createSupplyOrders(
  tx: Tx,
  input: {
    purchaseOrderId: string;
    deliverBy: Date;
    awards: readonly AwardOnLine[];
    policy: Policy & { id: string };
    at: Date;
    replacesId?: string;
  },
): Promise<CreatedSupplyOrder[]> {
  const byVendor = new Map<string, AwardOnLine[]>();
  for (const a of input.awards) byVendor.set(a.award.vendorId, [...(byVendor.get(a.award.vendorId) ?? []), a]);
  if (byVendor.size === 0) return [];
  const numbers = await nextDocumentNumbers(tx, "SO", input.at, byVendor.size);
  const deadline = acceptBy(input.at, input.policy);

  const created: CreatedSupplyOrder[] = [];
  for (const [i, [vendorId, awards]] of [...byVendor.entries()].entries()) {
    const values = awards.map((a) => lineValue(a.award.quantity, a.award.unitPricePaise, a.award.gstRateBp));
    const valuePaise = values.reduce((sum, v) => sum + v.valuePaise, 0n);
    const gstPaise = values.reduce((sum, v) => sum + v.gstPaise, 0n);
    const so = await tx.supplyOrder.create({
      data: {
        number: numbers[i],
        purchaseOrderId: input.purchaseOrderId,
        vendorId,
        policyVersionId: input.policy.id,
        valuePaise,
        gstPaise,
        intraState: isLocal(awards[0].vendorStateCode),
        deliverBy: input.deliverBy,
        acceptBy: deadline,
        preInspectionRequired: needsPreInspection(awards.map((a) => a.preDispatchInspection), valuePaise, input.policy),
        replacesId: input.replacesId ?? null,
        createdAt: input.at,
        lines: {
          create: awards.map(({ award, purchaseOrderLineId, itemId }) => ({
            purchaseOrderLineId,
            offerId: award.offerId,
            itemId,
            quantity: award.quantity,
            unitPricePaise: award.unitPricePaise,
            offerPricePaise: award.offerPricePaise,
            gstRateBp: award.gstRateBp,
            landedUnitPaise: award.landedUnitPaise,
            rank: award.rank,
            allocationReason: JSON.parse(JSON.stringify(award.reason)),
          })),
        },
      },
      select: { id: true, number: true },
    });
    await notifyRole(tx, "VENDOR", {
      event: "supplyOrder.created",
      entityId: so.id,
      params: { supplyOrderNumber: so.number, valuePaise, acceptBy: deadline },
      link: `/vendor/orders/${so.id}`,
    }, { vendorId });
    created.push({
      id: so.id, number: so.number, vendorId, valuePaise, gstPaise, acceptBy: deadline,
      quantity: awards.reduce((sum, a) => sum + a.award.quantity, 0),
    });
  }
  return created;
}
