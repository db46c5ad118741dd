import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { BarTable } from "@/components/transparency/bar-table";
import { formatDateTimeIst } from "@/lib/domain/format";
import { formatInr } from "@/lib/domain/money";
import { getUiLocale } from "@/lib/i18n/server";
import { getDashboard, parseFinancialYear, shareBp } from "@/lib/queries/dashboard";
import { Table } from "@/components/ui/table";
import { RISK_FLAG_KINDS } from "@/lib/domain/risk/rules";
import { riskFlagCounts } from "@/lib/queries/risk-flags";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

const fraction = (part: bigint, max: bigint) => (max === 0n ? 0 : Number((part * 10_000n) / max) / 10_000);

/** The public spend dashboard: server-rendered figures and CSS bars, each chart its own table. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const fy = parseFinancialYear(Array.isArray(params.fy) ? params.fy[0] : params.fy);
  const [t, tFlags, locale, d, flagCounts] = await Promise.all([getTranslations("dashboard"), getTranslations("riskFlags"), getUiLocale(), getDashboard(fy), riskFlagCounts()]);
  const money = (p: bigint) => formatInr(p, locale);
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const percent = (bp: number) => t("shares.percent", { value: (bp / 100).toLocaleString(locale === "hi" ? "hi-IN" : "en-IN", { maximumFractionDigits: 1, numberingSystem: "latn" } as Intl.NumberFormatOptions) });
  const monthLabel = (m: string) => new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { month: "short", year: "numeric", timeZone: "UTC", numberingSystem: "latn" }).format(new Date(`${m}-01T00:00:00Z`));
  const maxOf = (values: bigint[]) => values.reduce((a, b) => (b > a ? b : a), 0n);

  const shares = (["mse", "local", "scSt", "women"] as const).map((key) => {
    const bp = shareBp(d.shares[key].valuePaise, d.totalPaise);
    const target = d.shares[key].targetBp;
    return {
      key,
      label: t(`shares.${key}`),
      display: percent(bp),
      fraction: bp / 10_000,
      marker: target === null ? undefined : { at: target / 10_000, label: t("shares.targetMarker", { percent: percent(target) }) },
      note: target === null ? t("shares.noTarget") : `${t("shares.target")} ${percent(target)} · ${bp >= target ? t("shares.met") : t("shares.notMet")}`,
    };
  });
  const monthMax = maxOf(d.months.map((m) => m.valuePaise));
  const departmentMax = maxOf(d.departments.map((x) => x.valuePaise));
  const districtMax = maxOf(d.districts.map((x) => x.valuePaise));

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-3xl font-bold text-blue-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      </div>

      <form action="/dashboard" method="get" className="flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <Select name="fy" label={t("year.label")} defaultValue={d.financialYear} options={d.financialYears.map((y) => ({ value: y, label: y }))} />
        </div>
        <Button type="submit">{t("year.submit")}</Button>
      </form>
      <p className="text-slate-700">{t("asOf", { time: formatDateTimeIst(d.refreshedAt, locale) })}</p>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card title={t("kpi.total")} headingLevel={2}>
          <p className="text-2xl font-bold tabular-nums">{money(d.totalPaise)}</p>
          <p className="text-slate-700">{t("kpi.bills", { count: Number(d.months.reduce((s, m) => s + m.bills, 0n)) })}</p>
        </Card>
        <Card title={t("kpi.daysToPay")} headingLevel={2}>
          <p className="text-2xl font-bold tabular-nums">{d.averageDaysToPay === null ? t("kpi.daysToPayNone") : t("kpi.daysToPayValue", { days: d.averageDaysToPay })}</p>
          {d.payments > 0n ? <p className="text-slate-700">{t("kpi.payments", { count: Number(d.payments) })}</p> : null}
        </Card>
        <Card title={t("kpi.overdue")} headingLevel={2}>
          <p className="text-2xl font-bold tabular-nums">{t("kpi.overdueValue", { count: Number(d.overdue.bills) })}</p>
          {d.overdue.bills > 0n ? <p className="text-slate-700">{t("kpi.overdueAmount", { amount: money(d.overdue.netPaise) })}</p> : null}
        </Card>
        <Card title={t("kpi.interest")} headingLevel={2}>
          <p className="text-2xl font-bold tabular-nums">{money(d.overdue.interestPaise)}</p>
          <p className="text-slate-700">{t("kpi.interestHint")}</p>
        </Card>
      </div>

      <Card title={t("shares.title")}>
        <p className="mb-3 max-w-3xl text-slate-800">{t("shares.intro")}</p>
        <BarTable caption={t("shares.caption")} labelHeader={t("shares.group")} valueHeader={t("shares.share")} rows={shares} />
      </Card>

      <Card title={t("months.title")}>
        {d.totalPaise === 0n ? <p>{t("empty")}</p> : null}
        <BarTable
          caption={t("months.caption", { year: d.financialYear })}
          labelHeader={t("months.month")}
          valueHeader={t("months.spend")}
          rows={d.months.map((m) => ({ key: m.month, label: monthLabel(m.month), display: money(m.valuePaise), fraction: fraction(m.valuePaise, monthMax) }))}
        />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("departments.title")}>
          <BarTable
            caption={t("departments.caption", { year: d.financialYear })}
            labelHeader={t("departments.department")}
            valueHeader={t("months.spend")}
            rows={d.departments.map((x) => ({ key: x.id, label: name(x), display: money(x.valuePaise), fraction: fraction(x.valuePaise, departmentMax) }))}
          />
        </Card>
        <Card title={t("districts.title")}>
          <BarTable
            caption={t("districts.caption", { year: d.financialYear })}
            labelHeader={t("districts.district")}
            valueHeader={t("months.spend")}
            rows={d.districts.map((x) => ({ key: String(x.id), label: name(x), display: money(x.valuePaise), fraction: fraction(x.valuePaise, districtMax) }))}
          />
        </Card>
      </div>

      <Card title={tFlags("dashboard.title")}>
        <p className="mb-3">{tFlags("dashboard.intro")}</p>
        <Table<(typeof RISK_FLAG_KINDS)[number]>
          caption={tFlags("dashboard.title")}
          captionHidden
          rows={[...RISK_FLAG_KINDS]}
          rowKey={(k) => k}
          columns={[
            { header: tFlags("dashboard.kind"), cell: (k) => <Link href={`/risk-flags?kind=${k}`}>{tFlags(`kinds.${k}`)}</Link> },
            { header: tFlags("dashboard.total"), align: "end", cell: (k) => <span data-testid={`flag-count-${k}`}>{flagCounts[k].total}</span> },
            { header: tFlags("dashboard.reviewed"), align: "end", cell: (k) => flagCounts[k].reviewed },
          ]}
        />
        <p className="mt-2"><Link href="/risk-flags" className="inline-flex min-h-11 items-center">{tFlags("dashboard.see")}</Link></p>
      </Card>

      <p>
        <Link href="/orders">{t("openData")}</Link>
      </p>
    </div>
  );
}
