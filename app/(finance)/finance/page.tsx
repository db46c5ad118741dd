import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoleWelcome } from "@/components/layout/role-welcome";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { cx } from "@/components/ui/cx";
import { requireRole } from "@/lib/auth/session";
import { financeActionQueue } from "@/lib/queries/action-queues";
import { billSummary, billUrgency } from "@/lib/queries/finance";
import { URGENCY_TONE } from "./tones";

export const dynamic = "force-dynamic";

/**
 * The finance officer's single window. It leads with what needs the officer, soonest deadline
 * first (issue 15): bills by their MSMED due date (overdue ones accrue interest), payments the bank
 * returned, batches waiting for the statement. The figures come after.
 */
export default async function FinanceHome() {
  const actor = await requireRole("FINANCE");
  const now = new Date();
  const [t, summary, actions] = await Promise.all([getTranslations("finance"), billSummary(actor, now), financeActionQueue(actor)]);
  const figures = [
    { key: "overdue", figure: summary.overdue, tone: "border-red-300 bg-red-50 text-red-900" },
    { key: "dueSoon", figure: summary.dueSoon, tone: "border-amber-400 bg-amber-50 text-amber-900" },
    { key: "pending", figure: summary.pending, tone: "border-slate-300 bg-white text-slate-900" },
  ] as const;
  return (
    <div className="space-y-6">
      <RoleWelcome actor={actor} />
      <Card title={t("actions.title")} actions={<ButtonLink href="/finance/bills" variant="secondary">{t("bills.all")}</ButtonLink>}>
        {actions.length === 0 ? (
          <EmptyState title={t("actions.none")} />
        ) : (
          <ol className="space-y-3" data-testid="finance-actions">
            {actions.map((a) => {
              if (a.kind === "batch") {
                return (
                  <li key={a.batchId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <Link href={a.href} className="text-lg font-semibold break-words">{t("actions.batch", { count: a.openItems })}</Link>
                    <Money paise={a.totalPaise} />
                    <span>{t("actions.statementBy")} <DateIst value={a.deadline} /></span>
                  </li>
                );
              }
              const urgency = billUrgency({ status: "PENDING", dueDate: a.deadline }, now);
              return (
                <li key={a.billId} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Link href={a.href} className="text-lg font-semibold break-words">
                    {t(a.returned ? "actions.returned" : "actions.bill", { number: a.number, vendor: a.vendorName })}
                  </Link>
                  <Money paise={a.netPayablePaise} />
                  <Badge tone={URGENCY_TONE[urgency]}>{urgency === "overdue" ? t("actions.interestAccruing") : t(`urgency.${urgency}`)}</Badge>
                  <span>{t("actions.dueBy")} <DateIst value={a.deadline} /></span>
                  {a.returned && a.returnReason ? <span className="block w-full text-slate-700">{t("actions.returnReason", { reason: a.returnReason })}</span> : null}
                </li>
              );
            })}
          </ol>
        )}
      </Card>
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
    </div>
  );
}
