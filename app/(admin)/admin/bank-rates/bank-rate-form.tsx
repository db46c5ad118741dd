"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms";
import { addBankRateAction } from "./actions";

/** A bank rate notified by the Reserve Bank and the day it took effect; never edited afterwards. */
export function BankRateForm({ today }: { today: string }) {
  const t = useTranslations("bankRates.form");
  const [state, action] = useActionState<FormState, FormData>(addBankRateAction, {});
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "new"}>
      <FormMessage state={state} />
      <Field name="rate" inputMode="decimal" required label={t("rate")} hint={t("rateHint")} defaultValue={state.values?.rate ?? ""} error={state.fieldErrors?.rate} />
      <Field name="effectiveFrom" type="date" required label={t("effectiveFrom")} defaultValue={state.values?.effectiveFrom ?? today} error={state.fieldErrors?.effectiveFrom} />
      <Textarea name="reason" required label={t("reason")} hint={t("reasonHint")} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} rows={2} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
