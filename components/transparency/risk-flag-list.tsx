import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDateIst } from "@/lib/domain/format";
import { orderPath } from "@/lib/documents/urls";
import { formatInr } from "@/lib/domain/money";
import { explanationKey, explanationParams } from "@/lib/domain/risk/rules";
import { toUiLocale } from "@/lib/i18n/locale";
import { redactPersonalData } from "@/lib/privacy/redact";
import type { PublicRiskFlag } from "@/lib/queries/risk-flags";

/**
 * Public risk flags, each with its plain-language explanation and the numbers behind it, and the
 * admin's review note when there is one. Reviewed or not, a flag is always shown.
 */
export function RiskFlagList({ flags, showSubject = true }: { flags: PublicRiskFlag[]; showSubject?: boolean }) {
  const t = useTranslations("riskFlags");
  const locale = toUiLocale(useLocale());
  if (flags.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="space-y-3" data-testid="risk-flags">
      {flags.map((flag) => {
        const params = explanationParams(
          flag.kind,
          flag.facts,
          { officeName: flag.office ? (locale === "hi" ? flag.office.nameHi : flag.office.nameEn) : null, vendorName: flag.vendor?.legalName, orderNumber: flag.purchaseOrder?.number },
          (paise) => formatInr(paise, locale),
        );
        return (
          <li key={flag.id} className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3" data-kind={flag.kind}>
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/risk-flags/${flag.id}`} className="font-semibold">{t(`kinds.${flag.kind}`)}</Link>
              {flag.reviewedAt ? <Badge tone="info">{t("filters.reviewed")}</Badge> : <Badge tone="warning">{t("open")}</Badge>}
              {showSubject && flag.purchaseOrder ? <Link href={orderPath(flag.purchaseOrder.number)}>{t("order", { number: flag.purchaseOrder.number })}</Link> : null}
              {showSubject && flag.vendor ? <Link href={`/vendors/${flag.vendor.id}`}>{flag.vendor.legalName}</Link> : null}
            </p>
            <p className="mt-1">{t(`explain.${explanationKey(flag.kind, flag.facts)}` as "explain.LATE_PAYMENT", params)}</p>
            <p className="mt-1 text-slate-700">
              {t("flagged", { date: formatDateIst(flag.flaggedAt, locale), computed: formatDateIst(flag.computedAt, locale) })}
            </p>
            {flag.reviewedAt ? (
              <p className="mt-1 text-slate-900">{t("reviewed", { date: formatDateIst(flag.reviewedAt, locale), note: redactPersonalData(flag.reviewNote ?? "") })}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
