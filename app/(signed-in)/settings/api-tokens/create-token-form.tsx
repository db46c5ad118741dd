"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

/** What the create action answers: the token, shown this once. */
type CreateState = FormState & { token?: string; prefix?: string };

export type CreateTokenLabels = Record<
  "name" | "nameHint" | "scopes" | "expiresOn" | "expiresHint" | "submit" | "tokenTitle" | "tokenNote" | "copy" | "copied",
  string
>;

/** The token form; on success it shows the secret once, with a copy button. Labels come translated from the page. */
export function CreateTokenForm({
  action: createAction, scopes, defaultExpiry, maxExpiry, minExpiry, labels,
}: {
  action: (state: CreateState, form: FormData) => Promise<CreateState>;
  scopes: { value: string; label: string }[];
  defaultExpiry: string;
  minExpiry: string;
  maxExpiry: string;
  labels: CreateTokenLabels;
}) {
  const [state, action] = useActionState(createAction, {});
  const [copied, setCopied] = useState(false);
  if (state.ok && state.token) {
    const token = state.token;
    return (
      <div role="status" className="space-y-2 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        <p className="font-semibold">{labels.tokenTitle}</p>
        <p className="break-all font-mono" data-testid="api-token">{token}</p>
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(token).then(() => setCopied(true));
          }}
        >
          {copied ? labels.copied : labels.copy}
        </Button>
        <p>{labels.tokenNote}</p>
      </div>
    );
  }
  const chosen = new Set(state.values?.scopes?.split(",") ?? []);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <Field name="name" label={labels.name} hint={labels.nameHint} defaultValue={state.values?.name ?? ""} error={state.fieldErrors?.name} required minLength={3} maxLength={100} />
      <fieldset>
        <legend className="font-semibold">{labels.scopes}</legend>
        {state.fieldErrors?.scopes ? <p className="font-semibold text-red-800">{state.fieldErrors.scopes[0]}</p> : null}
        {scopes.map((s) => (
          <label key={s.value} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="scopes" value={s.value} defaultChecked={chosen.has(s.value)} className="h-5 w-5" /> {s.label}
          </label>
        ))}
      </fieldset>
      <Field
        name="expiresOn" type="date" label={labels.expiresOn} hint={labels.expiresHint} min={minExpiry} max={maxExpiry}
        defaultValue={state.values?.expiresOn ?? defaultExpiry} error={state.fieldErrors?.expiresOn} required
      />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
