"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { reviewRiskFlagAction } from "./actions";

/** Marks one flag reviewed with the note that is published beside it. */
export function ReviewForm({ flagId }: { flagId: string }) {
  const t = useTranslations("riskFlags.admin");
  const [state, action] = useActionState<FormState, FormData>(reviewRiskFlagAction, {});
  return (
    <form action={action} noValidate className="mt-2 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="flagId" value={flagId} />
      <Textarea id={`note-${flagId}`} name="note" label={t("note")} hint={t("noteHint")} rows={2} defaultValue={state.values?.note ?? ""} error={state.fieldErrors?.note} required />
      <SubmitButton pendingLabel={t("submit")}>{t("submit")}</SubmitButton>
    </form>
  );
}
