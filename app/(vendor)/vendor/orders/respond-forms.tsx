"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { acceptSupplyOrderAction, rejectSupplyOrderAction } from "./actions";

export function AcceptForm({ supplyOrderId, labels }: { supplyOrderId: string; labels: { submit: string; submitting: string } }) {
  const [state, action] = useActionState<FormState, FormData>(acceptSupplyOrderAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}

export function RejectForm({ supplyOrderId, labels }: { supplyOrderId: string; labels: { reason: string; reasonHint: string; submit: string; submitting: string } }) {
  const [state, action] = useActionState<FormState, FormData>(rejectSupplyOrderAction, {});
  return (
    <form action={action} noValidate className="space-y-3" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <Textarea name="reason" label={labels.reason} hint={labels.reasonHint} rows={3} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} required />
      <SubmitButton variant="danger" pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
