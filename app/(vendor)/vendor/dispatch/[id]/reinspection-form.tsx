"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { requestReinspectionAction } from "./actions";

/** One button: the goods are put right, please inspect again. */
export function ReinspectionForm({ supplyOrderId }: { supplyOrderId: string }) {
  const t = useTranslations("dispatch.reinspection");
  const [state, action] = useActionState<FormState, FormData>(requestReinspectionAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
