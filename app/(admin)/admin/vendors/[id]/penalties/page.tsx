import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PenaltyHistory } from "@/components/penalties/penalty-history";
import { requireRole } from "@/lib/auth/session";
import { formatDateIst } from "@/lib/domain/format";
import { AppError } from "@/lib/errors";
import { getUiLocale } from "@/lib/i18n/server";
import { vendorPenaltiesForAdmin } from "@/lib/queries/penalties";
import { PenaltyForm } from "./penalty-form";
import { RevokeForm } from "./revoke-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("penalties.admin");
  return { title: t("link") };
}

async function load(id: string) {
  const actor = await requireRole("ADMIN");
  try {
    return await vendorPenaltiesForAdmin(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** The admin's penalty page for one vendor: where it stands now, the history, and the decisions. */
export default async function VendorPenaltiesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const view = await load(id);
  const [t, locale, messages, sp] = await Promise.all([getTranslations("penalties"), getUiLocale(), getMessages(), searchParams]);
  const done = typeof sp.done === "string" ? sp.done : "";
  const date = (d: Date) => formatDateIst(d, locale);
  const { vendor, barring } = view;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/vendors?status=${vendor.status}`} className="inline-flex min-h-11 items-center">{t("admin.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("admin.title", { name: vendor.legalName })}</h1>
      <p className="max-w-3xl">{t("admin.intro")}</p>
      {done && t.has(`admin.done.${done}`) ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t(`admin.done.${done}`)}</p>
      ) : null}

      <section aria-labelledby="penalty-now" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="penalty-now" className="text-xl font-semibold">{t("admin.summary.heading")}</h2>
        <p data-testid="active-points">{t("admin.summary.points", { points: view.activePoints, threshold: view.policy.penaltyPointsThreshold })}</p>
        {barring ? (
          <div data-testid="current-bar" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{t("barred", { kind: t(`kinds.${barring.kind}`), from: date(barring.startsAt), to: date(barring.endsAt) })}</p>
            <p className="whitespace-pre-line">{t("reason", { reason: barring.reason })}</p>
          </div>
        ) : (
          <p>{t("admin.summary.notBarred")}</p>
        )}
        {view.suspensionProposed ? (
          <p role="note" className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-900">
            {t("admin.proposed", { points: view.activePoints, threshold: view.policy.penaltyPointsThreshold })}
          </p>
        ) : null}
        <p><Link href={`/vendors/${vendor.id}`} className="inline-flex min-h-11 items-center">{t("admin.scorecard")}</Link></p>
      </section>

      <NextIntlClientProvider messages={{ common: messages.common, penalties: messages.penalties }}>
        <section aria-labelledby="penalty-impose" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="penalty-impose" className="text-xl font-semibold">{t("admin.impose.heading")}</h2>
          <PenaltyForm
            vendorId={vendor.id} vendorName={vendor.legalName} seenPenalties={view.seenPenalties} policy={view.policy}
            proposeSuspension={view.suspensionProposed}
          />
        </section>

        <section aria-labelledby="penalty-history" className="space-y-2">
          <h2 id="penalty-history" className="text-xl font-semibold">{t("admin.history.heading")}</h2>
          <PenaltyHistory
            rows={view.penalties}
            caption={t("admin.history.caption")}
            captionHidden
            showDecidedBy
            actions={(row) =>
              row.status === "ACTIVE" ? (
                <details>
                  <summary className="min-h-11 cursor-pointer font-semibold" aria-label={t("admin.revoke.summaryLabel", { kind: t(`kinds.${row.kind}`), date: date(row.startsAt) })}>
                    {t("admin.revoke.summary")}
                  </summary>
                  <RevokeForm penaltyId={row.id} vendorId={vendor.id} />
                </details>
              ) : null
            }
          />
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
