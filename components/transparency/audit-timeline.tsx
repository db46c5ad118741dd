import { useTranslations } from "next-intl";
import { DateIst } from "@/components/ui/date-ist";
import type { TimelineEvent } from "@/lib/queries/timeline";

/** An order's audit events, oldest first, each with the start of its chain hash. */
export function AuditTimeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("orders.timeline");
  if (events.length === 0) return <p>{t("empty")}</p>;
  const label = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}` as "actions.bill.generate") : action);
  const role = (r: string) => (t.has(`roles.${r}`) ? t(`roles.${r}` as "roles.SYSTEM") : r);
  return (
    <ol className="relative space-y-3 border-l-2 border-blue-200 pl-5">
      {events.map((e) => (
        <li key={e.seq} className="relative">
          <span aria-hidden="true" className="absolute top-2 -left-[1.72rem] h-3 w-3 rounded-full border-2 border-blue-800 bg-white" />
          <p className="font-semibold">{label(e.action)}</p>
          <p className="text-slate-700">
            <DateIst value={e.occurredAt} withTime /> · {t("by", { role: role(e.actorRole) })}
          </p>
          <p className="font-mono text-sm break-all text-slate-600">
            #{e.seq} · {t("fingerprint", { hash: e.hash.slice(0, 16) })}
          </p>
        </li>
      ))}
    </ol>
  );
}
