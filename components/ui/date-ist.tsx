import { useLocale } from "next-intl";
import { formatDateIst, formatDateTimeIst } from "@/lib/domain/format";
import { toUiLocale } from "@/lib/i18n/locale";

/** A stored UTC instant shown as India's calendar date (and time), whatever the server's zone. */
export function DateIst({ value, withTime = false }: { value: Date | string; withTime?: boolean }) {
  const locale = toUiLocale(useLocale());
  const date = typeof value === "string" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {withTime ? formatDateTimeIst(date, locale) : formatDateIst(date, locale)}
    </time>
  );
}
