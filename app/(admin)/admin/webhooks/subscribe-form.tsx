"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { createWebhookSubscriptionAction } from "./actions";

/** What the subscribe action answers: the secret, shown this once. */
type SubscribeState = FormState & { secret?: string; subscriptionId?: string };

export type SubscribeLabels = Record<"department" | "choose" | "url" | "urlHint" | "description" | "events" | "submit" | "secretTitle" | "secretNote", string>;

/** The subscription form; on success it shows the signing secret, once. Labels come translated from the page. */
export function SubscribeForm({ departments, events, labels }: { departments: { value: string; label: string }[]; events: { value: string; label: string }[]; labels: SubscribeLabels }) {
  const [state, action] = useActionState(createWebhookSubscriptionAction as (state: SubscribeState, form: FormData) => Promise<SubscribeState>, {});
  if (state.ok && state.secret) {
    return (
      <div role="status" className="space-y-2 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        <p className="font-semibold">{labels.secretTitle}</p>
        <p className="break-all font-mono" data-testid="webhook-secret">{state.secret}</p>
        <p>{labels.secretNote}</p>
      </div>
    );
  }
  const chosen = new Set(state.values?.events?.split(",") ?? []);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <Select name="departmentId" label={labels.department} options={departments} placeholder={labels.choose} defaultValue={state.values?.departmentId ?? ""} error={state.fieldErrors?.departmentId} required />
      <Field name="url" label={labels.url} hint={labels.urlHint} type="url" defaultValue={state.values?.url ?? ""} error={state.fieldErrors?.url} required maxLength={500} />
      <Field name="description" label={labels.description} defaultValue={state.values?.description ?? ""} error={state.fieldErrors?.description} required maxLength={200} />
      <fieldset>
        <legend className="font-semibold">{labels.events}</legend>
        {state.fieldErrors?.events ? <p className="font-semibold text-red-800">{state.fieldErrors.events[0]}</p> : null}
        {events.map((e) => (
          <label key={e.value} className="flex items-center gap-2">
            <input type="checkbox" name="events" value={e.value} defaultChecked={chosen.has(e.value)} className="h-5 w-5" /> {e.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
