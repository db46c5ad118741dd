import { useLocale } from "next-intl";
import { cx } from "./cx";
import { formatInr } from "@/lib/domain/money";
import { toUiLocale } from "@/lib/i18n/locale";

/**
 * An amount of paise as "₹1,23,456.78". Accepts a bigint, or its decimal string (what a bigint
 * becomes in JSON); never a float, so no paisa is lost however large the amount.
 */
export function Money({ paise, className }: { paise: bigint | string; className?: string }) {
  const locale = toUiLocale(useLocale());
  return <span className={cx("whitespace-nowrap tabular-nums", className)}>{formatInr(toPaise(paise), locale)}</span>;
}

function toPaise(value: bigint | string): bigint {
  if (typeof value === "bigint") return value;
  if (!/^-?\d+$/.test(value)) throw new TypeError(`Money expects integer paise, got "${value}"`);
  return BigInt(value);
}
