import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PenaltyHistory } from "@/components/penalties/penalty-history";
import { requireRole } from "@/lib/auth/session";
import { formatDateIst } from "@/lib/domain/format";
import { getUiLocale } from "@/lib/i18n/server";
import { ownPenalties } from "@/lib/queries/penalties";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("penalties.vendor");
  return { title: t("title") };
}

/** The vendor's own penalties: points in force, any suspension or debarment with dates and reason, the history. */
export default async function OwnPenaltiesPage() {
  const actor = await requireRole("VENDOR");
  const [t, locale, view] = await Promise.all([getTranslations("penalties"), getUiLocale(), ownPenalties(actor)]);
  const date = (d: Date) => formatDateIst(d, locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("vendor.title")}</h1>
      <p className="max-w-3xl">{t("vendor.intro")}</p>
      <section className="space-y-2 rounded-lg border border-slate-300 bg-white p-4" aria-label={t("admin.summary.heading")}>
        {view.barring ? (
          <div data-testid="current-bar" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{t("barred", { kind: t(`kinds.${view.barring.kind}`), from: date(view.barring.startsAt), to: date(view.barring.endsAt) })}</p>
            <p className="whitespace-pre-line">{t("reason", { reason: view.barring.reason })}</p>
          </div>
        ) : (
          <p>{t("vendor.notBarred")}</p>
        )}
        <p data-testid="active-points">{t("vendor.points", { points: view.activePoints })}</p>
        <p>{t("vendor.appeal")}</p>
      </section>
      <PenaltyHistory
        rows={view.penalties}
        caption={t("vendor.caption")}
        actions={(row) => {
          const open = view.openAppeals[row.id];
          if (open) {
            return <Link href={`/vendor/incidents/${open.id}`} className="text-blue-800 underline" data-testid="appeal-open">{t("vendor.appealOpen", { number: open.number })}</Link>;
          }
          return row.status === "ACTIVE" ? (
            <Link href={`/vendor/penalties/${row.id}/appeal`} className="font-semibold text-blue-800 underline" aria-label={t("vendor.appealLabel", { kind: t(`kinds.${row.kind}`), date: date(row.startsAt) })}>
              {t("vendor.appealLink")}
            </Link>
          ) : null;
        }}
      />
    </div>
  );
}
