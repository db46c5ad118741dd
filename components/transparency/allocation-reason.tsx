import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatInr } from "@/lib/domain/money";
import type { AllocationReason as Reason } from "@/lib/domain/allocation/rank";
import { toUiLocale } from "@/lib/i18n/locale";

const paise = (v: string | undefined) => BigInt(/^\d+$/.test(v ?? "") ? v! : "0");

/** Why a supply-order line went to its vendor, from the allocation record, in plain words. */
export function AllocationReason({ reason, itemName }: { reason: Reason | null; itemName: string }) {
  const t = useTranslations("orders");
  const locale = toUiLocale(useLocale());
  if (!reason?.rule) return null;
  const money = (v: string | undefined) => formatInr(paise(v), locale);
  const rule = t.has(`rules.${reason.rule}`) ? t(`rules.${reason.rule}` as "rules.L1") : reason.rule;
  const ineligible = Object.entries(reason.ineligibleCounts ?? {})
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([why, n]) => `${t.has(`ineligible.${why}`) ? t(`ineligible.${why}` as "ineligible.notLocal") : why} (${n})`);
  return (
    <div className="space-y-2">
      <p>
        <span className="font-semibold">{itemName}: </span>
        {t("order.whyRule", { rule, rank: reason.rank, eligible: reason.eligibleCount })}{" "}
        {t("order.offerPrice", { price: money(reason.offerLandedUnitPaise), awarded: money(reason.awardedUnitPricePaise) })}
        {reason.preferenceBandBp !== null && reason.preferenceBandBp !== undefined ? ` ${t("order.preferenceBand", { percent: reason.preferenceBandBp / 100 })}` : null}
      </p>
      {/* Jargon explained where it is used (issue 15): L1 and the landed price. */}
      <details className="text-slate-800">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-blue-900 underline">{t("help.summary")}</summary>
        <p>{t("help.l1")}</p>
        <p>{t("help.landed")}</p>
      </details>
      {reason.tieBreak ? (
        <p>
          {t(`tieBreak.${reason.tieBreak.by}`, {
            vendor: reason.competing?.find((c) => c.offerId === reason.tieBreak?.over)?.vendorName ?? reason.tieBreak.over,
          })}
        </p>
      ) : null}
      {reason.competing?.length ? (
        <table className="w-full max-w-xl border-collapse text-left">
          <caption className="text-left font-semibold">{t("order.competing")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-1 pr-2">{t("order.competingRank")}</th>
              <th scope="col" className="py-1 pr-2">{t("order.competingVendor")}</th>
              <th scope="col" className="py-1 text-right">{t("order.competingPrice")}</th>
            </tr>
          </thead>
          <tbody>
            {reason.competing.map((c) => (
              <tr key={c.offerId} className="border-b border-slate-200">
                <td className="py-1 pr-2">{c.rank ?? "—"}</td>
                <td className="py-1 pr-2"><Link href={`/vendors/${c.vendorId}`}>{c.vendorName}</Link></td>
                <td className="py-1 text-right tabular-nums">{money(c.landedUnitPaise)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ineligible.length ? <p className="text-slate-700">{t("order.ineligibleCounts", { list: ineligible.join(", ") })}</p> : null}
      {reason.passedOver?.length ? (
        <div>
          <p className="font-semibold">{t("order.passedOver")}</p>
          <ul className="list-disc pl-5">
            {reason.passedOver.map((p) => (
              <li key={p.offerId}>
                <Link href={`/vendors/${p.vendorId}`}>{p.vendorName}</Link>: {money(p.landedUnitPaise)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
