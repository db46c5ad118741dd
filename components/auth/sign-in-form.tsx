"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";

type Labels = { email: string; password: string; submit: string; submitting: string };

export function SignInForm({ labels, next, signInAction }: { labels: Labels; next?: string; signInAction: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  return (
    <form id="sign-in-form" action={action} className="space-y-4" noValidate>
      {state.message && !emailError && !passwordError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {state.message}
        </p>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className="block font-medium">{labels.email}</label>
        <input
          id="email" name="email" type="email" autoComplete="username" required
          defaultValue={state.values?.email ?? ""}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base"
        />
        {emailError ? <p id="email-error" className="mt-1 text-sm text-red-700">{emailError}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{labels.password}</label>
        <input
          id="password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base"
        />
        {passwordError ? <p id="password-error" className="mt-1 text-sm text-red-700">{passwordError}</p> : null}
      </div>
      <button
        type="submit" disabled={pending}
        className="min-h-11 w-full rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
