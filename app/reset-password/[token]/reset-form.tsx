"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { resetPasswordAction } from "./actions";

export function ResetForm({ token, labels }: { token: string; labels: { password: string; confirmPassword: string; hint: string; submit: string; submitting: string } }) {
  const [state, action] = useActionState<FormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" type="password" label={labels.password} hint={labels.hint} autoComplete="new-password" error={state.fieldErrors?.password} required />
      <Field name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" error={state.fieldErrors?.confirmPassword} required />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
