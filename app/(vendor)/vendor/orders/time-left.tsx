import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DateIst } from "@/components/ui/date-ist";

const HOUR_MS = 3_600_000;

/**
 * The time left to answer, worked out when the page is rendered (no script needed): "1 day 4 h
 * left", amber in the last day, red once passed; the deadline itself is always shown too.
 */
export function TimeLeft({ deadline, now }: { deadline: Date; now: Date }) {
  const t = useTranslations("vendorOrders.sla");
  const ms = deadline.getTime() - now.getTime();
  const hours = Math.floor(ms / HOUR_MS);
  const label = ms <= 0 ? t("passed") : hours >= 24 ? t("daysHours", { days: Math.floor(hours / 24), hours: hours % 24 }) : hours >= 1 ? t("hours", { hours }) : t("minutes", { minutes: Math.max(1, Math.floor(ms / 60_000)) });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone={ms <= 0 ? "danger" : hours < 24 ? "warning" : "info"}>{label}</Badge>
      <span>
        {t("by")} <DateIst value={deadline} withTime />
      </span>
    </span>
  );
}
