"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { firstError } from "@/components/ui/field-shell";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { cancelSupplyOrderAction, decideShortfallAction, recordReceiptAction } from "./actions";

export type ReceiptLabels = {
  receivedOn: string; quantity: string; remarks: string; remarksHint: string; photos: string; photosHint: string;
  submit: string; submitting: string;
};

/**
 * What arrived, line by line. The form has an id so the phone's offline queue (components/pwa)
 * can hold it when there is no connection; the idempotency key makes a resend record one receipt.
 */
export function ReceiptForm({ formId, supplyOrderId, lines, today, dispatchedOn, idempotencyKey, labels }: {
  formId: string;
  supplyOrderId: string;
  lines: { id: string; name: string; expected: number }[];
  today: string;
  dispatchedOn: string;
  idempotencyKey: string;
  labels: ReceiptLabels;
}) {
  const [state, action] = useActionState<FormState, FormData>(recordReceiptAction, {});
  const sent = state.values;
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form id={formId} action={action} noValidate encType="multipart/form-data" className="space-y-4" key={sent ? JSON.stringify(sent) : "initial"}>
      <FormMessage state={state} />
      {firstError(error("_form")) ? <p className="font-semibold text-red-800">{firstError(error("_form"))}</p> : null}
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <input type="hidden" name="idempotencyKey" value={sent?.idempotencyKey ?? idempotencyKey} />
      <Field name="receivedOn" type="date" label={labels.receivedOn} min={dispatchedOn} max={today} defaultValue={sent?.receivedOn ?? today} error={error("receivedOn")} required />
      {lines.map((line) => (
        <Field
          key={line.id}
          id={`quantity-${line.id}`}
          name={`quantities.${line.id}`}
          label={`${line.name}: ${labels.quantity}`}
          inputMode="numeric"
          defaultValue={sent?.[`quantities.${line.id}`] ?? String(line.expected)}
          error={error(`quantities.${line.id}`)}
          required
        />
      ))}
      <Textarea name="remarks" label={labels.remarks} hint={labels.remarksHint} defaultValue={sent?.remarks ?? ""} error={error("remarks")} rows={3} />
      <Field name="photos" type="file" label={labels.photos} hint={labels.photosHint} accept="image/jpeg,image/png,image/webp,application/pdf" multiple error={error("photos")} />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}

export type CancelLabels = { reason: string; reasonHint: string; confirm: string; submit: string; submitting: string };

/** Cancelling needs a reason and a tick that says the buyer means it (nothing is reallocated); checked on the server, so it works without JavaScript. */
export function CancelForm({ supplyOrderId, labels }: { supplyOrderId: string; labels: CancelLabels }) {
  const [state, action] = useActionState<FormState, FormData>(cancelSupplyOrderAction, {});
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <Textarea name="reason" label={labels.reason} hint={labels.reasonHint} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} rows={3} required />
      <Checkbox name="confirm" id="cancel-confirm" label={labels.confirm} defaultChecked={state.values?.confirm === "on"} error={state.fieldErrors?.confirm} required />
      <SubmitButton variant="danger" pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}

export type ShortfallLabels = {
  reason: string; reasonHint: string; deliverBy: string; deliverByHint: string; confirm: string; submit: string; submitting: string;
};

/**
 * The buyer's decision on what was not delivered or was rejected: close it short with a reason
 * (`CLOSE_SHORT`), or have the rest delivered by another vendor by a date (`REALLOCATE`). One
 * form per choice, each with its own "I am sure" tick; checked on the server, works without JavaScript.
 */
export function ShortfallForm({ supplyOrderId, decision, today, labels }: { supplyOrderId: string; decision: "CLOSE_SHORT" | "REALLOCATE"; today: string; labels: ShortfallLabels }) {
  const [state, action] = useActionState<FormState, FormData>(decideShortfallAction, {});
  const idPrefix = decision === "CLOSE_SHORT" ? "short" : "rest";
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <input type="hidden" name="decision" value={decision} />
      {decision === "CLOSE_SHORT" ? (
        <Textarea name="reason" id={`${idPrefix}-reason`} label={labels.reason} hint={labels.reasonHint} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} rows={3} required />
      ) : (
        <Field name="deliverBy" id={`${idPrefix}-deliverBy`} type="date" min={today} label={labels.deliverBy} hint={labels.deliverByHint} defaultValue={state.values?.deliverBy ?? ""} error={state.fieldErrors?.deliverBy} required />
      )}
      <Checkbox name="confirm" id={`${idPrefix}-confirm`} label={labels.confirm} defaultChecked={state.values?.confirm === "on"} error={state.fieldErrors?.confirm} required />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
