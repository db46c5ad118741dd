import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DateIst } from "@/components/ui/date-ist";
import type { ChecklistEntry } from "@/lib/domain/inspection/record";
import type { InspectionStatus } from "@/lib/generated/prisma/enums";
import { toUiLocale } from "@/lib/i18n/locale";

const TONE = { ASSIGNED: "info", PASSED: "success", FAILED: "danger", CANCELLED: "neutral" } as const;

type RecordedInspection = {
  kind: "PRE" | "POST";
  attempt: number;
  status: InspectionStatus;
  inspectedAt: Date | null;
  checklist: ChecklistEntry[];
  acceptedQty: number | null;
  rejectedQty: number | null;
  remarks: string | null;
  photos: { id: string; fileName: string }[];
};

/**
 * A recorded inspection as everyone concerned sees it: result, checklist (requirement, what was
 * observed, met or not), quantities, remarks and photos. `specLabel` names a parameter by
 * "<supplyOrderLineId>:<key>" in the reader's language.
 */
export function InspectionResult({ inspection, specLabel }: { inspection: RecordedInspection; specLabel: (lineId: string, key: string) => string }) {
  const t = useTranslations("inspector");
  const locale = toUiLocale(useLocale());
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t(`kind.${inspection.kind}`)} · {t("attempt", { attempt: inspection.attempt })}</span>
        <Badge tone={TONE[inspection.status]}>{t(`status.${inspection.status}`)}</Badge>
        {inspection.inspectedAt ? (
          <span className="text-slate-700">
            {t("result.inspectedAt")} <DateIst value={inspection.inspectedAt} withTime />
          </span>
        ) : null}
      </p>
      {inspection.checklist.length > 0 ? (
        <ul className="space-y-2" lang={locale}>
          {inspection.checklist.map((c) => (
            <li key={`${c.supplyOrderLineId}:${c.key}`} className="rounded-md border border-slate-300 p-2">
              <p className="font-semibold">{specLabel(c.supplyOrderLineId, c.key)}</p>
              <p>
                {t("result.requirement")}: {c.requirement} · {t("result.observed")}: {c.observed} ·{" "}
                <span className={c.ok ? "font-semibold text-green-900" : "font-semibold text-red-800"}>{c.ok ? t("result.met") : t("result.notMet")}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {inspection.kind === "POST" && inspection.acceptedQty !== null ? (
        <p>{t("result.quantities", { accepted: inspection.acceptedQty, rejected: inspection.rejectedQty ?? 0 })}</p>
      ) : null}
      {inspection.remarks ? (
        <p>
          <span className="font-semibold">{t("result.remarks")}:</span> {inspection.remarks}
        </p>
      ) : null}
      {inspection.photos.length > 0 ? (
        <ul className="flex flex-wrap gap-3" aria-label={t("result.photos")}>
          {inspection.photos.map((p) => (
            <li key={p.id}>
              <a href={`/api/attachments/${p.id}`} className="text-blue-800 underline" target="_blank" rel="noopener">
                {p.fileName}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
