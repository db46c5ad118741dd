import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { recordAudits } from "@/lib/audit/record";
import { LOOKBACK_DAYS, MIN_OFFICE_BILLS, MIN_OFFICE_ORDERS, MIN_PRICE_SAMPLES, RISK_FLAG_KINDS, type RiskFlagKind, type RiskThresholds } from "@/lib/domain/risk/rules";
import { policyVersionInForce } from "@/lib/services/purchase-order/policy-in-force";

const DAY_MS = 86_400_000;
// One computation at a time across workers: a second one finding the lock taken skips its turn.
const RISK_LOCK_KEY = 7_202_618;

type Upserted = { kind: RiskFlagKind; inserted: boolean };
export type RiskRun = { skipped: boolean; found: Record<RiskFlagKind, number>; added: Record<RiskFlagKind, number>; ms: number };

/**
 * The worker's risk-flag job (lib/domain/risk/rules.ts says what each flag means). Each kind is one
 * set-based INSERT … SELECT over the last LOOKBACK_DAYS with the thresholds of the policy in force,
 * upserting on the flag's key: a finding seen again keeps its id, first date and review, and gets
 * today's numbers. Flags are never deleted; one that no longer holds keeps the numbers of the last
 * run that found it (computedAt says when). One audit event per kind that added flags, in the same
 * transaction. Nobody is notified of a computed flag: it is public on the pages it concerns.
 */
export async function computeRiskFlags(db: Db, { now = new Date() }: { now?: Date } = {}): Promise<RiskRun> {
  const started = performance.now();
  const found = Object.fromEntries(RISK_FLAG_KINDS.map((k) => [k, 0])) as Record<RiskFlagKind, number>;
  const added = { ...found };
  const skipped = await db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${RISK_LOCK_KEY}::bigint) AS locked`;
      if (!locked) return true;
      const policy = await policyVersionInForce(tx, now);
      const since = new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS);
      for (const kind of RISK_FLAG_KINDS) {
        const rows = await tx.$queryRaw<Upserted[]>(QUERIES[kind](policy, since, now));
        found[kind] = rows.length;
        added[kind] = rows.filter((r) => r.inserted).length;
      }
      await recordAudits(
        tx,
        RISK_FLAG_KINDS.filter((k) => added[k] > 0).map((kind) => ({
          actor: "SYSTEM" as const, entityType: "RiskFlag", entityId: kind, action: "riskFlag.compute",
          data: { kind, added: added[kind], found: found[kind], policyVersion: policy.version },
        })),
      );
      return false;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  return { skipped, found, added, ms: Math.round(performance.now() - started) };
}

type Query = (p: RiskThresholds, since: Date, now: Date) => Prisma.Sql;

const UPSERT_TAIL = Prisma.sql`ON CONFLICT (key) DO UPDATE SET facts = EXCLUDED.facts, "computedAt" = EXCLUDED."computedAt"
  RETURNING kind, (xmax = 0) AS inserted`;

const QUERIES: Record<RiskFlagKind, Query> = {
  // The same office buying the same item in several orders within the window, each under the
  // direct-purchase limit, together above it: flagged on every order that takes the window's
  // total over the limit.
  ORDER_SPLITTING: (p, since, now) => Prisma.sql`
    WITH o AS (
      SELECT DISTINCT po.id, po.number, po."officeId", l."itemId", po."createdAt", po."totalPaise"
        FROM "PurchaseOrder" po JOIN "PurchaseOrderLine" l ON l."purchaseOrderId" = po.id
       WHERE po."createdAt" >= ${since} AND po."totalPaise" < ${p.directPurchaseLimitPaise} AND po.status <> 'CANCELLED'
    ), w AS (
      SELECT o.*, count(*) OVER win AS n, sum(o."totalPaise") OVER win AS total, array_agg(o.number) OVER win AS numbers
        FROM o
      WINDOW win AS (PARTITION BY o."officeId", o."itemId" ORDER BY o."createdAt"
                     RANGE BETWEEN make_interval(days => ${p.riskSplitWindowDays}::int) PRECEDING AND CURRENT ROW)
    )
    INSERT INTO "RiskFlag" (id, kind, key, "purchaseOrderId", "officeId", "itemId", facts, "flaggedAt", "computedAt")
    SELECT uuidv7(), 'ORDER_SPLITTING', 'ORDER_SPLITTING:' || w.id || ':' || w."itemId", w.id, w."officeId", w."itemId",
           jsonb_build_object('orders', w.n, 'totalPaise', w.total::text, 'limitPaise', ${p.directPurchaseLimitPaise}::text,
                              'windowDays', ${p.riskSplitWindowDays}::int, 'itemCode', i.code,
                              'orderNumbers', to_jsonb(w.numbers[greatest(1, cardinality(w.numbers) - 9):])),
           ${now}, ${now}
      FROM w JOIN "Item" i ON i.id = w."itemId"
     WHERE w.n >= 2 AND w.total > ${p.directPurchaseLimitPaise}
    ${UPSERT_TAIL}`,

  // A unit price (ex-GST) more than the policy's margin above the item's median award, in the
  // consignee's district when it has enough awards, else in the state.
  PRICE_OUTLIER: (p, since, now) => Prisma.sql`
    WITH awards AS (
      SELECT sl.id, sl."itemId", sl."unitPricePaise" AS price, so.number, so."vendorId", so."purchaseOrderId", po."officeId", c."districtId"
        FROM "SupplyOrderLine" sl
        JOIN "SupplyOrder" so ON so.id = sl."supplyOrderId"
        JOIN "PurchaseOrder" po ON po.id = so."purchaseOrderId"
        JOIN "PurchaseOrderLine" pl ON pl.id = sl."purchaseOrderLineId"
        JOIN "Office" c ON c.id = pl."consigneeOfficeId"
       WHERE so."createdAt" >= ${since} AND so.status NOT IN ('REJECTED', 'EXPIRED')
    ), st AS (
      SELECT "itemId", percentile_cont(0.5) WITHIN GROUP (ORDER BY price) AS median, count(*) AS n FROM awards GROUP BY "itemId"
    ), di AS (
      SELECT "itemId", "districtId", percentile_cont(0.5) WITHIN GROUP (ORDER BY price) AS median, count(*) AS n FROM awards GROUP BY "itemId", "districtId"
    ), judged AS (
      SELECT a.*,
             CASE WHEN di.n >= ${MIN_PRICE_SAMPLES} THEN 'DISTRICT' WHEN st.n >= ${MIN_PRICE_SAMPLES} THEN 'STATE' END AS scope,
             CASE WHEN di.n >= ${MIN_PRICE_SAMPLES} THEN di.median ELSE st.median END AS median,
             CASE WHEN di.n >= ${MIN_PRICE_SAMPLES} THEN di.n ELSE st.n END AS samples
        FROM awards a JOIN st ON st."itemId" = a."itemId"
        LEFT JOIN di ON di."itemId" = a."itemId" AND di."districtId" = a."districtId"
    )
    INSERT INTO "RiskFlag" (id, kind, key, "purchaseOrderId", "officeId", "vendorId", "itemId", facts, "flaggedAt", "computedAt")
    SELECT uuidv7(), 'PRICE_OUTLIER', 'PRICE_OUTLIER:' || j.id, j."purchaseOrderId", j."officeId", j."vendorId", j."itemId",
           jsonb_build_object('supplyOrderNumber', j.number, 'itemCode', i.code, 'unitPaise', j.price::text,
                              'medianPaise', round(j.median)::bigint::text, 'scope', j.scope, 'samples', j.samples,
                              'aboveBp', round((j.price / j.median - 1) * 10000)::int, 'thresholdBp', ${p.riskPriceOutlierBp}::int),
           ${now}, ${now}
      FROM judged j JOIN "Item" i ON i.id = j."itemId"
     WHERE j.scope IS NOT NULL AND j.median > 0 AND j.price > j.median * (1 + ${p.riskPriceOutlierBp}::int / 10000.0)
    ${UPSERT_TAIL}`,

  // One vendor's share of an office's accepted supply-order value (with GST) above the threshold.
  VENDOR_CONCENTRATION: (p, since, now) => Prisma.sql`
    WITH spend AS (
      SELECT po."officeId", so."vendorId", sum(so."valuePaise" + so."gstPaise") AS v, count(*) AS n
        FROM "SupplyOrder" so JOIN "PurchaseOrder" po ON po.id = so."purchaseOrderId"
       WHERE so."createdAt" >= ${since} AND so."acceptedAt" IS NOT NULL AND so.status <> 'CANCELLED'
       GROUP BY 1, 2
    ), office AS (
      SELECT "officeId", sum(v) AS total, sum(n) AS orders FROM spend GROUP BY 1
    )
    INSERT INTO "RiskFlag" (id, kind, key, "officeId", "vendorId", facts, "flaggedAt", "computedAt")
    SELECT uuidv7(), 'VENDOR_CONCENTRATION', 'VENDOR_CONCENTRATION:' || s."officeId" || ':' || s."vendorId", s."officeId", s."vendorId",
           jsonb_build_object('vendorPaise', s.v::text, 'officePaise', o.total::text, 'shareBp', (s.v * 10000 / o.total)::int,
                              'thresholdBp', ${p.riskConcentrationBp}::int, 'orders', s.n, 'windowDays', ${LOOKBACK_DAYS}::int),
           ${now}, ${now}
      FROM spend s JOIN office o ON o."officeId" = s."officeId"
     WHERE o.orders >= ${MIN_OFFICE_ORDERS} AND o.total > 0 AND s.v * 10000 > o.total * ${p.riskConcentrationBp}::int
    ${UPSERT_TAIL}`,

  // A vendor whose goods inspections turned down at least the policy's number of times: failed
  // pre-dispatch inspections and post-dispatch inspections that rejected some quantity.
  REPEATED_REJECTIONS: (p, since, now) => Prisma.sql`
    WITH r AS (
      SELECT so."vendorId",
             count(*) FILTER (WHERE i.kind = 'PRE' AND i.status = 'FAILED') AS pre,
             count(*) FILTER (WHERE i.kind = 'POST' AND i."rejectedQty" > 0) AS post,
             count(*) AS decided
        FROM "Inspection" i JOIN "SupplyOrder" so ON so.id = i."supplyOrderId"
       WHERE i."inspectedAt" >= ${since} AND i.status IN ('PASSED', 'FAILED')
       GROUP BY 1
    )
    INSERT INTO "RiskFlag" (id, kind, key, "vendorId", facts, "flaggedAt", "computedAt")
    SELECT uuidv7(), 'REPEATED_REJECTIONS', 'REPEATED_REJECTIONS:' || r."vendorId", r."vendorId",
           jsonb_build_object('rejections', r.pre + r.post, 'preFailed', r.pre, 'postRejected', r.post, 'inspections', r.decided,
                              'threshold', ${p.riskRejectionCount}::int, 'windowDays', ${LOOKBACK_DAYS}::int),
           ${now}, ${now}
      FROM r WHERE r.pre + r.post >= ${p.riskRejectionCount}::int
    ${UPSERT_TAIL}`,

  // An office that paid at least the policy's share of its due bills after the due date (or has
  // not paid them and they are overdue).
  LATE_PAYMENT: (p, since, now) => Prisma.sql`
    WITH b AS (
      SELECT b."officeId",
             count(*) AS due,
             count(*) FILTER (WHERE p."daysLate" > 0 OR (p.id IS NULL AND b."dueDate" < ${now}::date)) AS late,
             count(*) FILTER (WHERE p.id IS NULL AND b."dueDate" < ${now}::date) AS unpaid,
             coalesce(round(avg(p."daysLate") FILTER (WHERE p."daysLate" > 0)), 0)::int AS "avgDaysLate"
        FROM "Bill" b LEFT JOIN "Payment" p ON p."billId" = b.id
       WHERE b."generatedAt" >= ${since} AND (p.id IS NOT NULL OR b."dueDate" < ${now}::date)
       GROUP BY 1
    )
    INSERT INTO "RiskFlag" (id, kind, key, "officeId", facts, "flaggedAt", "computedAt")
    SELECT uuidv7(), 'LATE_PAYMENT', 'LATE_PAYMENT:' || b."officeId", b."officeId",
           jsonb_build_object('late', b.late, 'bills', b.due, 'shareBp', (b.late * 10000 / b.due)::int, 'thresholdBp', ${p.riskLatePaymentBp}::int,
                              'avgDaysLate', b."avgDaysLate", 'unpaidOverdue', b.unpaid, 'windowDays', ${LOOKBACK_DAYS}::int),
           ${now}, ${now}
      FROM b WHERE b.due >= ${MIN_OFFICE_BILLS} AND b.late * 10000 >= b.due * ${p.riskLatePaymentBp}::int
    ${UPSERT_TAIL}`,
};

