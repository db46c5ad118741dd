import "server-only";
import { db } from "@/lib/db";
import { publicDb } from "@/lib/db-read";
import { msmedInterest } from "@/lib/domain/bill/rules";
import type { Db } from "@/lib/prisma-client";
import { publicViewsPopulated, refreshPublicViews as refreshViews } from "./public-views";

/**
 * The public spend dashboard, read from the materialised views of migration
 * public_dashboard_views (ADR 0006) so every figure costs a scan of a few hundred rows whatever the
 * number of orders. The views are refreshed by refreshPublicViews() (./public-views): by the worker every few
 * minutes, and by this module when a visitor finds them older than MAX_AGE_MS (in the background;
 * the visitor sees the previous figures and their "as of" time). Never-populated views (a fresh
 * database) are filled before the first answer.
 */
export const MAX_AGE_MS = 5 * 60_000;

/** Refreshes the views now, on the app's client by default (outside the app: ./public-views). */
export function refreshPublicViews(client: Db = db): Promise<boolean> {
  return refreshViews(client);
}

let backgroundRefresh: Promise<unknown> | null = null;

/** When the figures were computed; refreshes first on a never-populated database, in the background when stale. */
async function ensureFresh(): Promise<Date> {
  if (!(await publicViewsPopulated(db))) await refreshPublicViews(db);
  const [row] = await publicDb.$queryRaw<{ refreshedAt: Date }[]>`SELECT "refreshedAt" FROM "public_views_refreshed"`;
  const refreshedAt = row?.refreshedAt ?? new Date(0);
  if (Date.now() - refreshedAt.getTime() > MAX_AGE_MS && !backgroundRefresh) {
    backgroundRefresh = refreshPublicViews(db)
      .catch((error) => console.error("[dashboard] refresh failed", error))
      .finally(() => (backgroundRefresh = null));
  }
  return refreshedAt;
}

/** "2026-27" for a date in April 2026 – March 2027 (India's financial year), in IST. */
export function financialYearOf(date: Date): string {
  const ist = new Date(date.getTime() + 330 * 60_000);
  const start = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

const FY_PATTERN = /^(\d{4})-(\d{2})$/;

export function parseFinancialYear(value: string | undefined, now = new Date()): string {
  const match = value ? FY_PATTERN.exec(value) : null;
  if (match && (Number(match[1]) + 1) % 100 === Number(match[2])) return value!;
  return financialYearOf(now);
}

type Money = { bills: bigint; valuePaise: bigint };
const big = (v: string | null) => BigInt(v ?? "0");

export async function getDashboard(financialYear: string, now = new Date()) {
  const refreshedAt = await ensureFresh();
  const startYear = Number(financialYear.slice(0, 4));
  const from = `${startYear}-04-01`;
  const to = `${startYear + 1}-04-01`;
  const todayIst = new Date(now.getTime() + 330 * 60_000).toISOString().slice(0, 10);

  const [months, shares, departments, districts, unpaid, years, policy] = await Promise.all([
    publicDb.$queryRaw<{ month: string; bills: string; valuePaise: string }[]>`
      SELECT to_char("month", 'YYYY-MM') AS month, sum("bills")::text AS bills, sum("valuePaise")::text AS "valuePaise"
        FROM "public_spend_by_month" WHERE "month" >= ${from}::date AND "month" < ${to}::date
       GROUP BY "month" ORDER BY "month"`,
    publicDb.$queryRaw<{ total: string | null; local: string | null; mse: string | null; scSt: string | null; women: string | null; payments: string | null; payDays: string | null }[]>`
      SELECT sum("valuePaise")::text AS total,
             (sum("valuePaise") FILTER (WHERE "local"))::text AS local,
             (sum("valuePaise") FILTER (WHERE "mse"))::text AS mse,
             (sum("valuePaise") FILTER (WHERE "scSt"))::text AS "scSt",
             (sum("valuePaise") FILTER (WHERE "womenOwned"))::text AS women,
             sum("payments")::text AS payments, sum("payDays")::text AS "payDays"
        FROM "public_spend_by_month" WHERE "month" >= ${from}::date AND "month" < ${to}::date`,
    publicDb.$queryRaw<{ id: string; nameEn: string; nameHi: string; bills: string; valuePaise: string }[]>`
      SELECT d.id::text AS id, d."nameEn", d."nameHi", sum(s."bills")::text AS bills, sum(s."valuePaise")::text AS "valuePaise"
        FROM "public_spend_by_department" s JOIN "Department" d ON d.id = s."departmentId"
       WHERE s."month" >= ${from}::date AND s."month" < ${to}::date
       GROUP BY d.id ORDER BY sum(s."valuePaise") DESC, d."nameEn" LIMIT 50`,
    publicDb.$queryRaw<{ id: number; nameEn: string; nameHi: string; bills: string; valuePaise: string }[]>`
      SELECT d.id, d."nameEn", d."nameHi", sum(s."bills")::text AS bills, sum(s."valuePaise")::text AS "valuePaise"
        FROM "public_spend_by_district" s JOIN "District" d ON d.id = s."districtId"
       WHERE s."month" >= ${from}::date AND s."month" < ${to}::date
       GROUP BY d.id ORDER BY sum(s."valuePaise") DESC, d."nameEn"`,
    publicDb.$queryRaw<{ dueDate: Date; bankRateBp: number; bills: string; netPaise: string; msePrincipalPaise: string }[]>`
      SELECT "dueDate", "bankRateBp", "bills"::text AS bills, "netPaise"::text AS "netPaise", "msePrincipalPaise"::text AS "msePrincipalPaise"
        FROM "public_unpaid_bills" WHERE "dueDate" < ${todayIst}::date`,
    publicDb.$queryRaw<{ fy: string }[]>`
      SELECT DISTINCT to_char("month" - interval '3 months', 'YYYY') AS fy FROM "public_spend_by_month" ORDER BY 1 DESC LIMIT 20`,
    publicDb.policyVersion.findFirst({ where: { effectiveFrom: { lte: now } }, orderBy: { effectiveFrom: "desc" }, select: { targetMseBp: true, targetScStBp: true, targetWomenBp: true } }),
  ]);

  const monthly = new Map(months.map((m) => [m.month, { bills: big(m.bills), valuePaise: big(m.valuePaise) }]));
  const s = shares[0];
  const total = big(s?.total ?? null);
  const payments = big(s?.payments ?? null);
  const overdue = unpaid.reduce(
    (acc, u) => ({
      bills: acc.bills + big(u.bills),
      netPaise: acc.netPaise + big(u.netPaise),
      // Owed to micro and small enterprises only, on the amount before GST-TDS. Interest is linear in
      // the principal, so one computation per due date and rate is exact up to rounding. (The
      // figure uses the bank rate of the orders' policy version; payments use the dated table.)
      interestPaise: acc.interestPaise + msmedInterest(big(u.msePrincipalPaise), u.dueDate, now, u.bankRateBp),
    }),
    { bills: 0n, netPaise: 0n, interestPaise: 0n },
  );
  const yearsWithData = years.map((y) => `${y.fy}-${String((Number(y.fy) + 1) % 100).padStart(2, "0")}`);

  return {
    financialYear,
    financialYears: [...new Set([financialYearOf(now), ...yearsWithData])].sort().reverse(),
    refreshedAt,
    totalPaise: total,
    months: Array.from({ length: 12 }, (_, i) => {
      const y = startYear + (i >= 9 ? 1 : 0);
      const month = `${y}-${String(((i + 3) % 12) + 1).padStart(2, "0")}`;
      return { month, ...(monthly.get(month) ?? ({ bills: 0n, valuePaise: 0n } satisfies Money)) };
    }),
    departments: departments.map((d) => ({ id: d.id, nameEn: d.nameEn, nameHi: d.nameHi, bills: big(d.bills), valuePaise: big(d.valuePaise) })),
    districts: districts.map((d) => ({ id: d.id, nameEn: d.nameEn, nameHi: d.nameHi, bills: big(d.bills), valuePaise: big(d.valuePaise) })),
    // Udyam registers medium enterprises too: the MSE share is the spend with micro and small ones.
    shares: {
      mse: { valuePaise: big(s?.mse ?? null), targetBp: policy?.targetMseBp ?? 2500 },
      local: { valuePaise: big(s?.local ?? null), targetBp: null },
      scSt: { valuePaise: big(s?.scSt ?? null), targetBp: policy?.targetScStBp ?? 400 },
      women: { valuePaise: big(s?.women ?? null), targetBp: policy?.targetWomenBp ?? 300 },
    },
    payments,
    averageDaysToPay: payments > 0n ? Number((big(s?.payDays ?? null) * 10n) / payments) / 10 : null,
    overdue,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** A share in basis points of `total` (0 when there is no spend), rounded down. */
export function shareBp(part: bigint, total: bigint): number {
  return total === 0n ? 0 : Number((part * 10_000n) / total);
}
