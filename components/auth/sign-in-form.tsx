"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

type Labels = { email: string; password: string; submit: string; submitting: string };

/**
 * E-mail and password. A failure is reported the one way every form reports it (FormMessage): a
 * summary that takes the focus and links the wrong field; the e-mail is kept, the password box is
 * emptied and the summary says to type it again.
 */
export function SignInForm({ labels, next, signInAction }: { labels: Labels; next?: string; signInAction: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, action] = useActionState<FormState, FormData>(signInAction, {});
  const fieldErrors = state.fieldErrors ?? {};
  return (
    <form id="sign-in-form" action={action} className="space-y-4" noValidate key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        name="email" type="email" label={labels.email} autoComplete="username" required
        defaultValue={state.values?.email ?? ""} error={fieldErrors.email}
      />
      <Field name="password" type="password" label={labels.password} autoComplete="current-password" required error={fieldErrors.password} />
      <SubmitButton className="w-full" pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
