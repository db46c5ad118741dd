"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { revokePenaltyAction } from "./actions";

/** Revokes one penalty in force, with the reason the vendor reads. */
export function RevokeForm({ penaltyId, vendorId }: { penaltyId: string; vendorId: string }) {
  const t = useTranslations("penalties.admin.revoke");
  const [state, action] = useActionState<FormState, FormData>(revokePenaltyAction, {});
  return (
    <form action={action} noValidate className="mt-2 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="penaltyId" value={penaltyId} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <Textarea
        name="reason" id={`revoke-reason-${penaltyId}`} label={t("reason")} hint={t("reasonHint")} rows={2}
        defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} required maxLength={1000}
      />
      <ConfirmSubmit question={t("confirm.question")} confirmLabel={t("confirm.yes")} cancelLabel={t("confirm.back")} pendingLabel={t("saving")}>
        {t("submit")}
      </ConfirmSubmit>
    </form>
  );
}
