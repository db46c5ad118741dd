"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { raiseComplaintAction } from "./actions";

export function ComplaintForm({ purchaseOrderId, supplyOrderId, labels }: {
  purchaseOrderId: string;
  supplyOrderId: string;
  labels: { subject: string; body: string; bodyHint: string; submit: string; submitting: string };
}) {
  const [state, action] = useActionState<FormState, FormData>(raiseComplaintAction, {});
  const sent = state.values;
  return (
    <form action={action} noValidate className="space-y-4" key={sent ? JSON.stringify(sent) : "initial"}>
      <FormMessage state={state} />
      <input type="hidden" name="purchaseOrderId" value={purchaseOrderId} />
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <Field name="subject" label={labels.subject} maxLength={150} defaultValue={sent?.subject ?? ""} error={state.fieldErrors?.subject} required />
      <Textarea name="body" label={labels.body} hint={labels.bodyHint} rows={6} defaultValue={sent?.body ?? ""} error={state.fieldErrors?.body} required />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
