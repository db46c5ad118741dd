import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoleWelcome } from "@/components/layout/role-welcome";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Field } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { adminWorkQueue } from "@/lib/queries/action-queues";

export const dynamic = "force-dynamic";

/**
 * The industries department's home: what waits for it (registrations to decide, the oldest first;
 * messages that could not be delivered; open incidents), a vendor search, and the items buyers
 * asked for where nobody serves their district yet.
 */
export default async function AdminHome() {
  const actor = await requireRole("ADMIN");
  const [t, locale, work] = await Promise.all([getTranslations("adminHome"), getUiLocale(), adminWorkQueue(actor)]);
  const hi = locale === "hi";
  const tasks = [
    { key: "vendors", count: work.pendingVendors, href: "/admin/vendors?status=PENDING", since: work.oldestPendingVendorAt },
    { key: "dead", count: work.deadNotifications, href: "/admin/notifications", since: null },
    { key: "incidents", count: work.openIncidents, href: "/admin/incidents", since: null },
  ] as const;
  return (
    <div className="space-y-6">
      <RoleWelcome actor={actor} />
      <Card title={t("needsAction")}>
        <ul className="space-y-2" data-testid="admin-work">
          {tasks.map((task) => (
            <li key={task.key} className="flex flex-wrap items-baseline gap-x-2">
              {task.count > 0 ? (
                <Link href={task.href} className="text-lg font-semibold">{t(`tasks.${task.key}`, { count: task.count })}</Link>
              ) : (
                <span className="text-slate-700">{t(`tasks.${task.key}`, { count: 0 })}</span>
              )}
              {task.since && task.count > 0 ? (
                <span className="text-slate-700">
                  {t("oldestSince")} <DateIst value={task.since} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t("findVendor")}>
        <form method="get" action="/admin/vendors" role="search" aria-label={t("findVendor")} className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 basis-56">
            <Field name="q" id="admin-vendor-search" type="search" label={t("findVendorLabel")} hint={t("findVendorHint")} />
          </div>
          <Button type="submit">{t("find")}</Button>
        </form>
      </Card>

      <Card title={t("demand.title")}>
        <p className="mb-3 text-slate-800">{t("demand.intro")}</p>
        <Table
          caption={t("demand.title")}
          captionHidden
          rows={work.demand}
          rowKey={(d) => `${d.itemId}:${d.districtId}`}
          empty={<p>{t("demand.empty")}</p>}
          columns={[
            { header: t("demand.item"), cell: (d) => <>{hi ? d.nameHi : d.nameEn} <span className="block text-slate-700">{d.code}</span></> },
            { header: t("demand.district"), cell: (d) => (hi ? d.districtHi : d.districtEn) },
            { header: t("demand.offices"), align: "end", cell: (d) => d.offices },
            { header: t("demand.quantity"), align: "end", cell: (d) => (d.quantity > 0 ? d.quantity : "—") },
          ]}
        />
      </Card>
    </div>
  );
}
