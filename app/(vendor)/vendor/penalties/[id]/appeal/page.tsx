import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { appealPenaltyAction } from "@/app/actions/incidents";
import { AppealPenaltyForm } from "@/components/incidents/incident-forms";
import { FactList } from "@/components/transparency/fact-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { requireRole } from "@/lib/auth/session";
import { formatDateIst } from "@/lib/domain/format";
import { getUiLocale } from "@/lib/i18n/server";
import { ownPenaltyForAppeal } from "@/lib/queries/penalties";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents.appeal");
  return { title: t("title") };
}

/** The vendor appeals one of its own penalties in force; someone else's is not found. */
export default async function AppealPenalty({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("VENDOR");
  const { id } = await params;
  const [penalty, t, tp, messages, locale] = await Promise.all([
    ownPenaltyForAppeal(actor, id), getTranslations("incidents"), getTranslations("penalties"), getMessages(), getUiLocale(),
  ]);
  if (!penalty) notFound();
  const kind = penalty.kind === "POINTS" ? `${tp("kinds.POINTS")} (${tp("pointsValue", { points: penalty.points })})` : tp(`kinds.${penalty.kind}`);
  const label = `${kind}, ${formatDateIst(penalty.startsAt, locale)} – ${formatDateIst(penalty.endsAt, locale)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-blue-900">{t("appeal.title")}</h1>
        <ButtonLink href="/vendor/penalties" variant="ghost">{t("appeal.back")}</ButtonLink>
      </div>
      <p className="max-w-3xl">{t("appeal.intro")}</p>
      <Card title={t("appeal.penaltyAppealed")}>
        <FactList
          items={[
            { label: tp("columns.kind"), value: kind },
            { label: tp("columns.period"), value: <><DateIst value={penalty.startsAt} /> – <DateIst value={penalty.endsAt} /></> },
            { label: tp("columns.reason"), value: <span className="whitespace-pre-line">{penalty.reason}</span> },
            { label: tp("columns.status"), value: tp(`statuses.${penalty.status}`) },
          ]}
        />
      </Card>
      <Card>
        {penalty.openAppeal ? (
          <p data-testid="appeal-open">
            {t("appeal.alreadyOpen")}{" "}
            <Link href={`/vendor/incidents/${penalty.openAppeal.id}`} className="font-semibold text-blue-800 underline">{penalty.openAppeal.number}</Link>
          </p>
        ) : penalty.status !== "ACTIVE" ? (
          <p data-testid="appeal-not-in-force">{t("appeal.notInForce")}</p>
        ) : (
          <NextIntlClientProvider messages={{ common: messages.common, incidents: messages.incidents }}>
            <AppealPenaltyForm action={appealPenaltyAction} penaltyId={penalty.id} penaltyLabel={label} />
          </NextIntlClientProvider>
        )}
      </Card>
    </div>
  );
}
