"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { requestPasswordResetAction } from "./actions";

export function ForgotForm({ labels }: { labels: { account: string; hint: string; submit: string; submitting: string } }) {
  const [state, action] = useActionState<FormState, FormData>(requestPasswordResetAction, {});
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <Field name="account" label={labels.account} hint={labels.hint} autoComplete="username" defaultValue={state.values?.account ?? ""} error={state.fieldErrors?.account} required />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
