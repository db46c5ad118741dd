"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormState } from "@/lib/forms";
import { releasePaymentAction } from "./actions";

/**
 * Release of one bill's payment. `idempotencyKey` was made when the page was rendered: a double
 * click, a retry or a replayed request all carry it, and the server pays once.
 */
export function PaymentForm({ billId, idempotencyKey, amount }: { billId: string; idempotencyKey: string; amount: string }) {
  const t = useTranslations("finance.pay");
  const [state, action] = useActionState<FormState, FormData>(releasePaymentAction, {});
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="billId" value={billId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field
        name="bankReference" label={t("bankReference")} hint={t("bankReferenceHint")} autoComplete="off" autoCapitalize="characters"
        defaultValue={state.values?.bankReference ?? ""} error={state.fieldErrors?.bankReference} required maxLength={40}
      />
      <ConfirmSubmit
        question={t("confirm.question", { amount })}
        confirmLabel={t("confirm.yes", { amount })}
        cancelLabel={t("confirm.back")}
        pendingLabel={t("releasing")}
      >
        {t("submit", { amount })}
      </ConfirmSubmit>
    </form>
  );
}
