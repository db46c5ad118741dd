"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { setGstRateAction } from "./actions";

/** A GST rate for the item from a date on (today or later). */
export function GstRateForm({ itemId, today }: { itemId: string; today: string }) {
  const t = useTranslations("adminCatalogue.gstForm");
  const [state, action] = useActionState<FormState, FormData>(setGstRateAction, {});
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      <input type="hidden" name="itemId" value={itemId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="gstRate" label={t("rate")} hint={t("rateHint")} inputMode="decimal" defaultValue={state.values?.gstRate ?? ""} error={state.fieldErrors?.gstRate} required />
        <Field
          name="gstEffectiveFrom"
          type="date"
          label={t("from")}
          hint={t("fromHint")}
          min={today}
          defaultValue={state.values?.gstEffectiveFrom ?? today}
          error={state.fieldErrors?.gstEffectiveFrom}
          required
        />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
