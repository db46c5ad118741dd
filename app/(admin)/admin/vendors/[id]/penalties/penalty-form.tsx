"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { PENALTY_KINDS } from "@/lib/domain/penalty/rules";
import { imposePenaltyAction } from "./actions";

type Props = {
  vendorId: string;
  vendorName: string;
  seenPenalties: number;
  policy: { suspensionDefaultMonths: number; penaltyPointsExpiryMonths: number; debarmentYears: number };
  /** Prefill a suspension when the points reach the policy's threshold (a proposal only). */
  proposeSuspension: boolean;
};

/** Records a penalty; asks before submitting, since the vendor is told at once. */
export function PenaltyForm({ vendorId, vendorName, seenPenalties, policy, proposeSuspension }: Props) {
  const t = useTranslations("penalties");
  const [state, action] = useActionState<FormState, FormData>(imposePenaltyAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <input type="hidden" name="seenPenalties" value={String(seenPenalties)} />
      {/* Keyed by the kept choice: React's form reset would otherwise put back the first default. */}
      <Select
        key={`kind-${v.kind ?? ""}`} name="kind" id="penalty-kind" label={t("admin.impose.kind")}
        hint={t("admin.impose.kindHint", { months: policy.penaltyPointsExpiryMonths, years: policy.debarmentYears })}
        placeholder={t("admin.impose.choose")} options={PENALTY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        defaultValue={v.kind ?? (proposeSuspension ? "SUSPENSION" : "")} error={state.fieldErrors?.kind} required
      />
      <Field
        name="points" id="penalty-points" inputMode="numeric" label={t("admin.impose.points")} hint={t("admin.impose.pointsHint")}
        defaultValue={v.points ?? ""} error={state.fieldErrors?.points} maxLength={3}
      />
      <Field
        name="months" id="penalty-months" inputMode="numeric" label={t("admin.impose.months")}
        hint={t("admin.impose.monthsHint", { months: policy.suspensionDefaultMonths })}
        defaultValue={v.months ?? ""} error={state.fieldErrors?.months} maxLength={2}
      />
      <Textarea
        name="reason" id="penalty-reason" label={t("admin.impose.reason")} hint={t("admin.impose.reasonHint")} rows={3}
        defaultValue={v.reason ?? ""} error={state.fieldErrors?.reason} required maxLength={1000}
      />
      <ConfirmSubmit
        question={t("admin.impose.confirm.question", { vendor: vendorName })}
        confirmLabel={t("admin.impose.confirm.yes")}
        cancelLabel={t("admin.impose.confirm.back")}
        pendingLabel={t("admin.impose.saving")}
      >
        {t("admin.impose.submit")}
      </ConfirmSubmit>
    </form>
  );
}
