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
import type { Prisma } from "@/lib/generated/prisma/client";
import { uuidv7 } from "@/lib/ids";
import { insertRows, type RowsOf } from "@/lib/insert-rows";
import { findRecipients, notificationRows, type Recipient } from "@/lib/notify/outbox";
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

export { landedValueOf } from "@/lib/domain/allocation/rank";

type SupplyOrderTarget = {
  purchaseOrderId: string;
  deliverBy: Date;
  policy: Policy & { id: string };
  at: Date;
  replacesId?: string;
};

/** One supply order per vendor, with its values, before it is numbered and written. Pure. */
export type SupplyOrderPlan = { id: string; vendorId: string; awards: AwardOnLine[]; valuePaise: bigint; gstPaise: bigint; quantity: number; acceptBy: Date; intraState: boolean; preInspectionRequired: boolean };

export function planSupplyOrders(awards: readonly AwardOnLine[], policy: Policy, at: Date): SupplyOrderPlan[] {
  const byVendor = new Map<string, AwardOnLine[]>();
  for (const a of awards) byVendor.set(a.award.vendorId, [...(byVendor.get(a.award.vendorId) ?? []), a]);
  const deadline = acceptBy(at, policy);
  return [...byVendor.entries()].map(([vendorId, mine]) => {
    const values = mine.map((a) => lineValue(a.award.quantity, a.award.unitPricePaise, a.award.gstRateBp));
    const valuePaise = values.reduce((sum, v) => sum + v.valuePaise, 0n);
    return {
      id: uuidv7(at.getTime()),
      vendorId,
      awards: mine,
      valuePaise,
      gstPaise: values.reduce((sum, v) => sum + v.gstPaise, 0n),
      quantity: mine.reduce((sum, a) => sum + a.award.quantity, 0),
      acceptBy: deadline,
      intraState: isLocal(mine[0].vendorStateCode),
      preInspectionRequired: needsPreInspection(mine.map((a) => a.preDispatchInspection), valuePaise, policy),
    };
  });
}

/** The rows of planned supply orders under their numbers (`numbers[i]` for `plans[i]`). Pure. */
export function supplyOrderRows(plans: readonly SupplyOrderPlan[], numbers: readonly string[], target: SupplyOrderTarget) {
  const created: CreatedSupplyOrder[] = plans.map((plan, i) => ({
    id: plan.id, number: numbers[i], vendorId: plan.vendorId, valuePaise: plan.valuePaise, gstPaise: plan.gstPaise, acceptBy: plan.acceptBy, quantity: plan.quantity,
  }));
  const inserts: RowsOf[] = [
    {
      table: "SupplyOrder",
      rows: plans.map((plan, i) => ({
        id: plan.id,
        number: numbers[i],
        purchaseOrderId: target.purchaseOrderId,
        vendorId: plan.vendorId,
        policyVersionId: target.policy.id,
        valuePaise: plan.valuePaise,
        gstPaise: plan.gstPaise,
        intraState: plan.intraState,
        deliverBy: target.deliverBy,
        acceptBy: plan.acceptBy,
        preInspectionRequired: plan.preInspectionRequired,
        replacesId: target.replacesId ?? null,
        createdAt: target.at,
        updatedAt: target.at,
      })),
    },
    {
      table: "SupplyOrderLine",
      rows: plans.flatMap((plan) =>
        plan.awards.map(({ award, purchaseOrderLineId, itemId }) => ({
          id: uuidv7(target.at.getTime()),
          supplyOrderId: plan.id,
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
      ),
    },
  ];
  return { created, inserts };
}

/** The recipients of supplyOrderNotices: every active user of the vendors. */
export function supplyOrderRecipientsWhere(vendorIds: readonly string[]): Prisma.UserWhereInput {
  return { role: "VENDOR", vendorId: { in: [...vendorIds] } };
}

/** Each vendor's "new supply order" notice, to its users among `recipients`. Pure. */
export function supplyOrderNotices(created: readonly CreatedSupplyOrder[], recipients: readonly Recipient[], at: Date): Prisma.NotificationCreateManyInput[] {
  return created.flatMap((so) =>
    notificationRows(recipients.filter((r) => r.role === "VENDOR" && r.vendorId === so.vendorId), {
      event: "supplyOrder.created",
      entityId: so.id,
      params: { supplyOrderNumber: so.number, valuePaise: so.valuePaise, acceptBy: so.acceptBy },
      link: `/vendor/orders/${so.id}`,
    }, at),
  );
}

/** Plans, numbers, writes and announces supply orders in the caller's transaction (reallocation). */
export async function createSupplyOrders(tx: Tx, input: SupplyOrderTarget & { awards: readonly AwardOnLine[] }): Promise<CreatedSupplyOrder[]> {
  const plans = planSupplyOrders(input.awards, input.policy, input.at);
  if (plans.length === 0) return [];
  const recipients = await findRecipients(tx, supplyOrderRecipientsWhere(plans.map((p) => p.vendorId)));
  const numbers = await nextDocumentNumbers(tx, "SO", input.at, plans.length);
  const { created, inserts } = supplyOrderRows(plans, numbers, input);
  await insertRows(tx, [...inserts, { table: "Notification", rows: supplyOrderNotices(created, recipients, input.at) }]);
  return created;
}
