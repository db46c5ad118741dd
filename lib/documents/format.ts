import { formatDateIst, formatDateTimeIst, formatNumberIndian, type UiLocale } from "@/lib/domain/format";
import { formatInr } from "@/lib/domain/money";
import type { FactType, FactValue } from "./facts";

/** A stored fact value for display, in the PDF and on the verification page alike. */
export function formatFact(type: FactType, fact: FactValue, locale: UiLocale): string {
  const { value } = fact;
  switch (type) {
    case "money":
      return /^-?\d+$/.test(value) ? formatInr(BigInt(value), locale) : value;
    case "date":
      return formatDateIst(new Date(`${value}T00:00:00Z`), locale);
    case "instant":
      return formatDateTimeIst(new Date(value), locale);
    case "quantity":
      return /^\d+$/.test(value) ? formatNumberIndian(BigInt(value)) : value;
    case "rate":
      return value === "" ? "" : `${Number(value) / 100} %`;
    default:
      return locale === "hi" && fact.hi ? fact.hi : value;
  }
}
