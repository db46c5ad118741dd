/**
 * What placing a purchase order reads before it allocates, in one statement (docs/performance.md
 * §3): the budget head (only if it is the buying office's), the buying and consignee offices with
 * the names the order's document states, the items still active with the GST rate in force on the
 * day, and the policy version in force. The same statement takes the items' allocation locks
 * (lockItemsForAllocation's keys, in the same sorted order), so the candidates read next see every
 * capacity committed before them. Each part used to be its own query, most through the ORM.
 */
import type { Tx } from "@/lib/prisma-client";
import type { Item, PolicyVersion } from "@/lib/generated/prisma/client";
import type { PurchaseOrderForDocument } from "@/lib/documents/facts";
import type { Recipient } from "@/lib/notify/outbox";
import { ITEM_LOCK_NAMESPACE } from "@/lib/services/allocation/load-candidates";

export type OfficeForOrder = PurchaseOrderForDocument["office"] & { id: string; departmentId: string; districtId: number };

/** gstRateBp is null when the item has no rate in force yet (the order cannot be priced). */
export type ItemForOrder = Pick<Item, "id" | "code" | "nameEn" | "nameHi" | "unit" | "reserved" | "preDispatchInspection"> & { gstRateBp: number | null };

export interface OrderContext {
  budgetHead: { id: string; financialYear: string; code: string } | null;
  offices: OfficeForOrder[];
  items: ItemForOrder[];
  policy: PolicyVersion | null;
}

// The policy's money columns travel as text (exact whatever their size) and its timestamps as
// the stored UTC wall time; both are turned back into what the ORM would have returned.
type PolicyBigint = "directPurchaseLimitPaise" | "preInspectionThresholdPaise" | "gstTdsThresholdPaise";
type PolicyJson = Omit<PolicyVersion, PolicyBigint | "effectiveFrom" | "createdAt"> & Record<PolicyBigint | "effectiveFrom" | "createdAt", string>;

const utc = (wallTime: string) => new Date(/[Zz]|[+-]\d\d:\d\d$/.test(wallTime) ? wallTime : `${wallTime}Z`);

function policyFrom(row: PolicyJson | null): PolicyVersion | null {
  if (!row) return null;
  return {
    ...row,
    directPurchaseLimitPaise: BigInt(row.directPurchaseLimitPaise),
    preInspectionThresholdPaise: BigInt(row.preInspectionThresholdPaise),
    gstTdsThresholdPaise: BigInt(row.gstTdsThresholdPaise),
    effectiveFrom: utc(row.effectiveFrom),
    createdAt: utc(row.createdAt),
  };
}

export async function loadOrderContext(
  tx: Tx,
  input: { officeId: string; consigneeOfficeId: string; budgetHeadId: string; itemIds: readonly string[]; at: Date },
): Promise<OrderContext> {
  const itemIds = [...new Set(input.itemIds)].sort();
  const [row] = await tx.$queryRaw<{ budgetHead: OrderContext["budgetHead"]; offices: OfficeForOrder[]; items: ItemForOrder[]; policy: PolicyJson | null }[]>`
    SELECT
      (SELECT json_build_object('id', b.id, 'financialYear', b."financialYear", 'code', b.code)
         FROM "BudgetHead" b WHERE b.id = ${input.budgetHeadId}::uuid AND b."officeId" = ${input.officeId}::uuid) AS "budgetHead",
      (SELECT coalesce(json_agg(json_build_object(
                'id', o.id, 'departmentId', o."departmentId", 'districtId', o."districtId", 'nameEn', o."nameEn", 'nameHi', o."nameHi",
                'district', json_build_object('nameEn', di."nameEn", 'nameHi', di."nameHi"),
                'department', json_build_object('nameEn', de."nameEn", 'nameHi', de."nameHi"))), '[]')
         FROM "Office" o JOIN "District" di ON di.id = o."districtId" JOIN "Department" de ON de.id = o."departmentId"
        WHERE o.id IN (${input.officeId}::uuid, ${input.consigneeOfficeId}::uuid)) AS offices,
      (SELECT coalesce(json_agg(json_build_object(
                'id', i.id, 'code', i.code, 'nameEn', i."nameEn", 'nameHi', i."nameHi", 'unit', i.unit,
                'reserved', i.reserved, 'preDispatchInspection', i."preDispatchInspection",
                'gstRateBp', (SELECT r."rateBp" FROM "ItemGstRate" r
                               WHERE r."itemId" = i.id AND r."effectiveFrom" <= ${input.at}::timestamp
                               ORDER BY r."effectiveFrom" DESC LIMIT 1))), '[]')
         FROM "Item" i WHERE i.id = ANY(${itemIds}::uuid[]) AND i.active) AS items,
      (SELECT to_jsonb(p) || jsonb_build_object(
                'directPurchaseLimitPaise', p."directPurchaseLimitPaise"::text,
                'preInspectionThresholdPaise', p."preInspectionThresholdPaise"::text,
                'gstTdsThresholdPaise', p."gstTdsThresholdPaise"::text)
         FROM "PolicyVersion" p WHERE p."effectiveFrom" <= ${input.at}::timestamp
        ORDER BY p."effectiveFrom" DESC, p.version DESC LIMIT 1) AS policy,
      (SELECT count(*) FROM (
         SELECT pg_advisory_xact_lock(${ITEM_LOCK_NAMESPACE}::int, hashtext(k.id)) FROM unnest(${itemIds}::text[]) AS k(id)) AS locks)::int AS locked`;
  return { budgetHead: row.budgetHead, offices: row.offices, items: row.items, policy: policyFrom(row.policy) };
}

/**
 * Blocks the order's landed value on its budget head if that much is still free (blockBudget's
 * conditional update) and, in the same statement, reads who is told of the order: the buying
 * office's buyers and the users of the vendors it went to (what findRecipients would return).
 * `blocked` false means the head had too little free: the caller answers with budgetExceeded.
 */
export async function blockBudgetReadingRecipients(
  tx: Tx,
  input: { budgetHeadId: string; amountPaise: bigint; officeId: string; vendorIds: readonly string[]; at: Date },
): Promise<{ blocked: boolean; recipients: Recipient[] }> {
  const [row] = await tx.$queryRaw<{ blocked: number; recipients: Recipient[] }[]>`
    WITH block AS (
      UPDATE "BudgetHead" SET "blockedPaise" = "blockedPaise" + ${input.amountPaise}, "updatedAt" = ${input.at}::timestamp
       WHERE id = ${input.budgetHeadId}::uuid AND ${input.amountPaise}::bigint > 0
         AND "allottedPaise" - "blockedPaise" - "spentPaise" >= ${input.amountPaise}::bigint
      RETURNING id)
    SELECT (SELECT count(*) FROM block)::int AS blocked,
           (SELECT coalesce(json_agg(json_build_object(
                     'id', u.id, 'name', u.name, 'email', u.email, 'mobile', u.mobile, 'locale', u.locale,
                     'notificationPrefs', u."notificationPrefs", 'role', u.role, 'officeId', u."officeId", 'vendorId', u."vendorId")), '[]')
              FROM "User" u
             WHERE u.active AND ((u.role = 'BUYER' AND u."officeId" = ${input.officeId}::uuid)
                OR (u.role = 'VENDOR' AND u."vendorId" = ANY(${[...input.vendorIds]}::uuid[])))) AS recipients`;
  return { blocked: input.amountPaise <= 0n || row.blocked > 0, recipients: row.recipients };
}
