import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { FactList } from "@/components/transparency/fact-list";
import { DECIDED_OUTCOMES } from "@/lib/domain/incident/rules";
import { PENALTY_KINDS } from "@/lib/domain/penalty/rules";
import type { IncidentDetail as Detail } from "@/lib/queries/incidents";
import { incidentTone } from "./tone";
import { MessageForm, ResolveForm, WithdrawForm, type IncidentFormAction } from "./incident-forms";

const NOTICES = ["raised", "message", "withdrawn", "resolved"] as const;

/**
 * One incident in any party's window: the facts, deadlines and escalation, the conversation with
 * its attachments, the outcome once decided, and the forms the person may use.
 */
export async function IncidentDetail({ detail, basePath, notice, locale, actions }: {
  detail: Detail;
  basePath: string;
  notice?: string;
  locale: "en" | "hi";
  actions: { message: IncidentFormAction; withdraw: IncidentFormAction; resolve: IncidentFormAction };
}) {
  const [t, messages] = await Promise.all([getTranslations("incidents"), getMessages()]);
  const { incident, may } = detail;
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const respondent =
    incident.respondentKind === "VENDOR" ? incident.vendor?.legalName
      : incident.respondentKind === "OFFICE" && incident.office ? name(incident.office)
        : incident.respondentKind === "AGENCY" && incident.agency ? name(incident.agency)
          : t("respondent.DEPARTMENT");
  const facts = [
    { label: t("columns.status"), value: <Badge tone={incidentTone(incident.status)}>{t(`status.${incident.status}`)}</Badge> },
    { label: t("columns.category"), value: t(`category.${incident.category}`) },
    { label: t("detail.raisedBy"), value: <>{t(`raiser.${incident.raisedByKind}`)} · <DateIst value={incident.createdAt} withTime /></> },
    { label: t("detail.respondent"), value: <>{t(`respondent.${incident.respondentKind}`)}{respondent ? ` — ${respondent}` : ""}</> },
    ...(incident.purchaseOrder ? [{ label: t("detail.purchaseOrder"), value: incident.purchaseOrder.number }] : []),
    ...(incident.penalty
      ? [
          { label: t("appeal.penaltyAppealed"), value: t(`resolve.penalty.kinds.${incident.penalty.kind}`) },
          { label: t("appeal.penaltyPeriod"), value: <><DateIst value={incident.penalty.startsAt} /> – <DateIst value={incident.penalty.endsAt} /></> },
          { label: t("appeal.penaltyReason"), value: <span className="whitespace-pre-line">{incident.penalty.reason}</span> },
          ...(incident.penalty.revokedAt ? [{ label: t("appeal.penaltyRevoked"), value: <DateIst value={incident.penalty.revokedAt} withTime /> }] : []),
        ]
      : []),
    ...(incident.supplyOrder ? [{ label: t("detail.supplyOrder"), value: incident.supplyOrder.number }] : []),
    { label: t("detail.respondBy"), value: incident.respondedAt ? <>{t("detail.respondedOn")} <DateIst value={incident.respondedAt} withTime /></> : <DateIst value={incident.respondBy} withTime /> },
    { label: t("detail.resolveBy"), value: <DateIst value={incident.resolveBy} withTime /> },
    ...(incident.escalatedTo ? [{ label: t("detail.escalation"), value: t("detail.escalatedTo", { level: incident.escalationLevel, to: t(`escalatedTo.${incident.escalatedTo}`) }) }] : []),
    ...(incident.publicContact ? [{ label: t("detail.contact"), value: incident.publicContact }] : []),
  ];
  const shown = NOTICES.find((n) => n === notice);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold break-words text-blue-900">{t("detail.title", { number: incident.number })}</h1>
        <ButtonLink href={basePath} variant="ghost">{t("detail.back")}</ButtonLink>
      </div>
      {shown ? <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t(`notice.${shown}`)}</p> : null}
      <Card title={incident.subject}>
        <FactList items={facts} />
      </Card>
      {incident.outcome ? (
        <Card title={t("detail.outcome")}>
          <p className="font-semibold" data-testid="incident-outcome">{t(`outcome.${incident.outcome}`)}</p>
          {incident.resolution ? <p className="mt-2 whitespace-pre-line">{incident.resolution}</p> : null}
          {incident.resolvedAt ? <p className="mt-2 text-slate-700"><DateIst value={incident.resolvedAt} withTime /></p> : null}
        </Card>
      ) : null}
      <Card title={t("detail.conversation")}>
        <ol className="space-y-4">
          {incident.messages.map((m) => (
            <li key={m.id} className="rounded-md border border-slate-300 p-3">
              <p className="text-slate-700">
                <span className="font-semibold">{t(`author.${m.authorRole as "BUYER"}`)}</span>
                {m.author ? ` — ${m.author.name}` : ""} · <DateIst value={m.createdAt} withTime />
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{m.body}</p>
              {m.attachments.length > 0 ? (
                <ul className="mt-2 list-disc pl-5">
                  {m.attachments.map((a) => (
                    <li key={a.id}><a href={`/api/attachments/${a.id}`} className="text-blue-800 underline">{a.fileName}</a></li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      <NextIntlClientProvider messages={{ common: messages.common, incidents: messages.incidents }}>
        {may.message ? (
          <Card title={may.respond ? t("message.respondTitle") : t("message.title")}>
            <MessageForm action={actions.message} incidentId={incident.id} responding={may.respond} />
          </Card>
        ) : null}
        {may.resolve ? (
          <Card title={t("resolve.title")}>
            <ResolveForm
              action={actions.resolve} incidentId={incident.id} number={incident.number} outcomes={DECIDED_OUTCOMES}
              penaltyKinds={incident.respondentKind === "VENDOR" && incident.vendorId ? PENALTY_KINDS : undefined}
              appeal={incident.category === "PENALTY_APPEAL"}
            />
          </Card>
        ) : null}
        {may.withdraw ? (
          <Card title={t("withdraw.title")}>
            <WithdrawForm action={actions.withdraw} incidentId={incident.id} number={incident.number} />
          </Card>
        ) : null}
      </NextIntlClientProvider>
    </div>
  );
}
