import { getTranslations } from "next-intl/server";
import { RoleWelcome } from "@/components/layout/role-welcome";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { cx } from "@/components/ui/cx";
import { requireRole } from "@/lib/auth/session";
import { billSummary, listBills } from "@/lib/queries/finance";
import { BillsTable } from "./bills-table";

export const dynamic = "force-dynamic";

/** The finance officer's single window: what is overdue, what falls due soon, and the bills to pay first. */
export default async function FinanceHome() {
  const actor = await requireRole("FINANCE");
  const [t, summary, pending] = await Promise.all([getTranslations("finance"), billSummary(actor), listBills(actor, { tab: "pending" })]);
  const figures = [
    { key: "overdue", figure: summary.overdue, tone: "border-red-300 bg-red-50 text-red-900" },
    { key: "dueSoon", figure: summary.dueSoon, tone: "border-amber-400 bg-amber-50 text-amber-900" },
    { key: "pending", figure: summary.pending, tone: "border-slate-300 bg-white text-slate-900" },
  ] as const;
  return (
    <div className="space-y-6">
      <RoleWelcome actor={actor} />
      <section aria-labelledby="bill-summary" className="space-y-2">
        <h2 id="bill-summary" className="text-xl font-semibold">{t("summary.title")}</h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {figures.map(({ key, figure, tone }) => (
            <li key={key} className={cx("rounded-lg border-2 p-4", tone)}>
              <p className="font-semibold">{t(`summary.${key}`)}</p>
              <p className="text-2xl font-bold">{t("summary.count", { count: figure.count })}</p>
              <p><Money paise={figure.paise} /></p>
            </li>
          ))}
        </ul>
        {summary.overdue.count > 0 ? <p className="font-semibold text-red-800">{t("summary.overdueNote")}</p> : null}
      </section>
      <Card title={t("bills.pendingTitle")} actions={<ButtonLink href="/finance/bills" variant="secondary">{t("bills.all")}</ButtonLink>}>
        <BillsTable rows={pending.rows} paid={false} caption={t("bills.pendingCaption")} />
      </Card>
    </div>
  );
}
