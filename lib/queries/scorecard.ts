import "server-only";
// The public read side: a replica when one is configured (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";

/**
 * A vendor's public scorecard. One aggregate over the vendor's own supply orders (index
 * SupplyOrder_vendorId_createdAt_id_idx) and their inspections; a vendor has at most thousands, so
 * this stays live rather than materialised.
 *
 * - Orders and value: supply orders the vendor accepted (whatever happened next), value with GST.
 * - On-time delivery: of the orders delivered, those received on or before the deliver-by date
 *   (IST calendar days), per order.
 * - Inspection rejection: quantity rejected at post-dispatch inspection ÷ quantity inspected, and
 *   pre-dispatch inspections failed ÷ pre-dispatch inspections decided.
 * The vendor's social category (SC/ST-, women-owned) is not shown: it is personal to the
 * proprietor; the dashboard reports it only in aggregate.
 * - Penalties: how many are in force, and a current suspension or debarment with its reason and
 *   dates (issue 18; lib/domain/penalty/rules.ts).
 * Only ACTIVE and SUSPENDED vendors have a public scorecard (a rejected or pending applicant is
 * not a supplier); other ids are "not found".
 */
export async function getVendorScorecard(vendorId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(vendorId)) return null;
  const vendor = await db.vendor.findFirst({
    where: { id: vendorId, status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: {
      id: true, legalName: true, udyamNumber: true, stateCode: true, status: true, registeredAt: true,
      district: { select: { nameEn: true, nameHi: true } },
    },
  });
  if (!vendor) return null;

  const [orders] = await db.$queryRaw<{ awarded: string; accepted: string; declined: string; valuePaise: string | null; delivered: string; onTime: string }[]>`
    SELECT count(*)::text AS awarded,
           count(*) FILTER (WHERE "acceptedAt" IS NOT NULL)::text AS accepted,
           count(*) FILTER (WHERE status IN ('REJECTED', 'EXPIRED'))::text AS declined,
           (sum("valuePaise" + "gstPaise") FILTER (WHERE "acceptedAt" IS NOT NULL))::text AS "valuePaise",
           count(*) FILTER (WHERE "deliveredAt" IS NOT NULL)::text AS delivered,
           count(*) FILTER (WHERE "deliveredAt" IS NOT NULL AND "ist_date"("deliveredAt") <= "deliverBy")::text AS "onTime"
      FROM "SupplyOrder" WHERE "vendorId" = ${vendorId}::uuid`;
  const [inspections] = await db.$queryRaw<{ postAccepted: string | null; postRejected: string | null; preDecided: string; preFailed: string }[]>`
    SELECT (sum(i."acceptedQty") FILTER (WHERE i.kind = 'POST' AND i.status IN ('PASSED', 'FAILED')))::text AS "postAccepted",
           (sum(i."rejectedQty") FILTER (WHERE i.kind = 'POST' AND i.status IN ('PASSED', 'FAILED')))::text AS "postRejected",
           count(*) FILTER (WHERE i.kind = 'PRE' AND i.status IN ('PASSED', 'FAILED'))::text AS "preDecided",
           count(*) FILTER (WHERE i.kind = 'PRE' AND i.status = 'FAILED')::text AS "preFailed"
      FROM "Inspection" i JOIN "SupplyOrder" so ON so.id = i."supplyOrderId"
     WHERE so."vendorId" = ${vendorId}::uuid`;
  const recent = await db.supplyOrder.findMany({
    where: { vendorId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 10,
    select: { number: true, status: true, createdAt: true, valuePaise: true, gstPaise: true, purchaseOrder: { select: { number: true } } },
  });

  const now = new Date();
  // Penalties in force now and the suspension or debarment barring the firm, if any: its reason and
  // dates are public (issue 18); who decided and revoked ones are not shown.
  const [penalties] = await db.$queryRaw<{ inForce: string; barringKind: string | null; barringReason: string | null; barringStartsAt: Date | null; barringEndsAt: Date | null }[]>`
    WITH active AS (
      SELECT kind, reason, "startsAt", "endsAt" FROM "VendorPenalty"
       WHERE "vendorId" = ${vendorId}::uuid AND "revokedAt" IS NULL AND "startsAt" <= ${now}::timestamp AND "endsAt" > ${now}::timestamp)
    SELECT (SELECT count(*) FROM active)::text AS "inForce", b.kind::text AS "barringKind", b.reason AS "barringReason",
           b."startsAt" AS "barringStartsAt", b."endsAt" AS "barringEndsAt"
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (SELECT * FROM active WHERE kind IN ('SUSPENSION', 'DEBARMENT')
                          ORDER BY (kind = 'DEBARMENT') DESC, "endsAt" DESC LIMIT 1) b ON true`;

  const n = (v: string | null | undefined) => Number(v ?? 0);
  const postAccepted = n(inspections.postAccepted);
  const postRejected = n(inspections.postRejected);
  return {
    vendor: {
      id: vendor.id, legalName: vendor.legalName, udyamNumber: vendor.udyamNumber, local: vendor.stateCode === "22",
      status: vendor.status, registeredAt: vendor.registeredAt, district: vendor.district,
    },
    awarded: n(orders.awarded),
    accepted: n(orders.accepted),
    declined: n(orders.declined),
    valuePaise: BigInt(orders.valuePaise ?? "0"),
    delivered: n(orders.delivered),
    onTime: n(orders.onTime),
    /** Share of delivered orders that arrived on time, 0–1; null before the first delivery. */
    onTimeRate: n(orders.delivered) > 0 ? n(orders.onTime) / n(orders.delivered) : null,
    inspectedQty: postAccepted + postRejected,
    rejectedQty: postRejected,
    rejectionRate: postAccepted + postRejected > 0 ? postRejected / (postAccepted + postRejected) : null,
    preInspections: n(inspections.preDecided),
    preFailed: n(inspections.preFailed),
    preFailureRate: n(inspections.preDecided) > 0 ? n(inspections.preFailed) / n(inspections.preDecided) : null,
    penaltiesInForce: n(penalties.inForce),
    /** The suspension or debarment in force, with its public reason and dates; null when none. */
    barredBy: penalties.barringKind
      ? { kind: penalties.barringKind as "SUSPENSION" | "DEBARMENT", reason: penalties.barringReason!, startsAt: penalties.barringStartsAt!, endsAt: penalties.barringEndsAt! }
      : null,
    recent: recent.map((r) => ({ number: r.number, status: r.status, createdAt: r.createdAt, valuePaise: r.valuePaise + r.gstPaise, purchaseOrderNumber: r.purchaseOrder.number })),
  };
}

export type VendorScorecard = NonNullable<Awaited<ReturnType<typeof getVendorScorecard>>>;
