"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

const ACCEPT = "image/jpeg,image/png,image/webp,application/pdf";

/** A `formAction` server action (app/actions/incidents.ts), passed in by the page. */
export type IncidentFormAction = (state: FormState, form: FormData) => Promise<FormState>;
type Action = IncidentFormAction;

function useForm(action: Action) {
  const [state, dispatch] = useActionState<FormState, FormData>(action, {});
  const kept = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  return { state, dispatch, kept, key: state.values ? JSON.stringify(state.values) : "initial" };
}

/** A buyer's or vendor's new incident about one of its supply orders. */
export function RaiseIncidentForm({ action, supplyOrders, categories, selected }: {
  action: Action;
  supplyOrders: { value: string; label: string }[];
  categories: string[];
  selected: string;
}) {
  const t = useTranslations("incidents");
  const { state, dispatch, kept, key } = useForm(action);
  return (
    <form action={dispatch} noValidate className="space-y-4" key={key} id="raise-incident-form">
      <FormMessage state={state} />
      <Select name="supplyOrderId" label={t("form.supplyOrder")} options={supplyOrders} defaultValue={kept("supplyOrderId", selected)} error={state.fieldErrors?.supplyOrderId} required />
      <Select
        name="category" label={t("form.category")} placeholder={t("form.choose")} options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        defaultValue={kept("category")} error={state.fieldErrors?.category} required
      />
      <Field name="subject" label={t("form.subject")} hint={t("form.subjectHint")} maxLength={150} defaultValue={kept("subject")} error={state.fieldErrors?.subject} required />
      <Textarea name="body" label={t("form.body")} hint={t("form.bodyHint")} rows={6} maxLength={4000} defaultValue={kept("body")} error={state.fieldErrors?.body} required />
      <Field name="attachments" type="file" label={t("form.attachments")} hint={t("form.attachmentsHint")} accept={ACCEPT} multiple error={state.fieldErrors?.attachments} />
      <SubmitButton pendingLabel={t("form.submitting")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}

/** A vendor's appeal of one of its penalties: it goes to the department, so it asks first. */
export function AppealPenaltyForm({ action, penaltyId, penaltyLabel }: { action: Action; penaltyId: string; penaltyLabel: string }) {
  const t = useTranslations("incidents");
  const { state, dispatch, kept, key } = useForm(action);
  return (
    <form action={dispatch} noValidate className="space-y-4" key={key} id="appeal-penalty-form">
      <FormMessage state={state} />
      <input type="hidden" name="penaltyId" value={penaltyId} />
      <Field name="subject" label={t("form.subject")} hint={t("form.subjectHint")} maxLength={150} defaultValue={kept("subject")} error={state.fieldErrors?.subject} required />
      <Textarea name="body" label={t("appeal.body")} hint={t("appeal.bodyHint")} rows={6} maxLength={4000} defaultValue={kept("body")} error={state.fieldErrors?.body} required />
      <Field name="attachments" type="file" label={t("form.attachments")} hint={t("form.attachmentsHint")} accept={ACCEPT} multiple error={state.fieldErrors?.attachments} />
      <ConfirmSubmit question={t("appeal.question", { penalty: penaltyLabel })} confirmLabel={t("appeal.confirm")} cancelLabel={t("confirm.cancel")} pendingLabel={t("form.submitting")}>
        {t("appeal.submit")}
      </ConfirmSubmit>
    </form>
  );
}

/** A message in the conversation (the respondent's first one is its response). */
export function MessageForm({ action, incidentId, responding }: { action: Action; incidentId: string; responding: boolean }) {
  const t = useTranslations("incidents");
  const { state, dispatch, kept, key } = useForm(action);
  return (
    <form action={dispatch} noValidate className="space-y-4" key={key} id="message-form">
      <FormMessage state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <Textarea name="body" label={responding ? t("message.respondBody") : t("message.body")} rows={5} maxLength={4000} defaultValue={kept("body")} error={state.fieldErrors?.body} required />
      <Field name="attachments" type="file" label={t("form.attachments")} hint={t("form.attachmentsHint")} accept={ACCEPT} multiple error={state.fieldErrors?.attachments} />
      <SubmitButton pendingLabel={t("form.submitting")}>{responding ? t("message.respond") : t("message.submit")}</SubmitButton>
    </form>
  );
}

/** The raiser withdraws its incident: final, so it asks first. */
export function WithdrawForm({ action, incidentId, number }: { action: Action; incidentId: string; number: string }) {
  const t = useTranslations("incidents");
  const { state, dispatch, kept, key } = useForm(action);
  return (
    <form action={dispatch} noValidate className="space-y-4" key={key} id="withdraw-form">
      <FormMessage state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <Textarea name="reason" id="withdraw-reason" label={t("withdraw.reason")} rows={2} maxLength={1000} defaultValue={kept("reason")} error={state.fieldErrors?.reason} required />
      <ConfirmSubmit question={t("withdraw.question", { number })} confirmLabel={t("withdraw.confirm")} cancelLabel={t("confirm.cancel")} pendingLabel={t("form.submitting")}>
        {t("withdraw.submit")}
      </ConfirmSubmit>
    </form>
  );
}

/** The department decides with an outcome: final, so it asks first. */
/**
 * `penaltyKinds` is given when the respondent is a vendor: an upheld incident may then carry a
 * graded penalty decided in the same step, with a reason of its own (the decision's stay unpublished).
 */
export function ResolveForm({ action, incidentId, number, outcomes, penaltyKinds, appeal = false }: {
  action: Action; incidentId: string; number: string; outcomes: readonly string[]; penaltyKinds?: readonly string[]; appeal?: boolean;
}) {
  const t = useTranslations("incidents");
  const { state, dispatch, kept, key } = useForm(action);
  return (
    <form action={dispatch} noValidate className="space-y-4" key={key} id="resolve-form">
      <FormMessage state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      {appeal ? <p data-testid="appeal-resolve-note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{t("appeal.resolveNote")}</p> : null}
      <Select
        name="outcome" label={t("resolve.outcome")} placeholder={t("form.choose")} options={outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        defaultValue={kept("outcome")} error={state.fieldErrors?.outcome} required
      />
      <Textarea name="resolution" label={t("resolve.resolution")} hint={t("resolve.resolutionHint")} rows={4} maxLength={4000} defaultValue={kept("resolution")} error={state.fieldErrors?.resolution} required />
      {penaltyKinds ? (
        <fieldset className="space-y-3 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t("resolve.penalty.legend")}</legend>
          <Select
            name="penalty" label={t("resolve.penalty.kind")} hint={t("resolve.penalty.kindHint")} placeholder={t("resolve.penalty.none")}
            options={penaltyKinds.map((k) => ({ value: k, label: t(`resolve.penalty.kinds.${k}`) }))} defaultValue={kept("penalty")} error={state.fieldErrors?.penalty}
          />
          <Field name="points" label={t("resolve.penalty.points")} hint={t("resolve.penalty.pointsHint")} inputMode="numeric" defaultValue={kept("points")} error={state.fieldErrors?.points} />
          <Field name="months" label={t("resolve.penalty.months")} hint={t("resolve.penalty.monthsHint")} inputMode="numeric" defaultValue={kept("months")} error={state.fieldErrors?.months} />
          <Textarea name="reason" label={t("resolve.penalty.reason")} hint={t("resolve.penalty.reasonHint")} rows={2} maxLength={900} defaultValue={kept("reason")} error={state.fieldErrors?.reason} />
        </fieldset>
      ) : null}
      <ConfirmSubmit question={t("resolve.question", { number })} confirmLabel={t("resolve.confirm")} cancelLabel={t("confirm.cancel")} pendingLabel={t("form.submitting")}>
        {t("resolve.submit")}
      </ConfirmSubmit>
    </form>
  );
}

/** Anyone's report about a published order: no sign-in, an optional private contact. */
export function PublicIncidentForm({ action, purchaseOrderNumber, categories }: { action: Action; purchaseOrderNumber: string; categories: readonly string[] }) {
  const t = useTranslations("incidents");
  const { state, dispatch, kept, key } = useForm(action);
  return (
    <form action={dispatch} noValidate className="space-y-4" key={key} id="public-incident-form">
      <FormMessage state={state} />
      <input type="hidden" name="purchaseOrderNumber" value={purchaseOrderNumber} />
      <Select
        name="category" label={t("form.category")} placeholder={t("form.choose")} options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        defaultValue={kept("category")} error={state.fieldErrors?.category} required
      />
      <Field name="subject" label={t("form.subject")} hint={t("form.subjectHint")} maxLength={150} defaultValue={kept("subject")} error={state.fieldErrors?.subject} required />
      <Textarea name="body" label={t("form.body")} hint={t("public.bodyHint")} rows={5} maxLength={2000} defaultValue={kept("body")} error={state.fieldErrors?.body} required />
      <Field name="contact" label={t("public.contact")} hint={t("public.contactHint")} maxLength={200} autoComplete="off" defaultValue={kept("contact")} error={state.fieldErrors?.contact} />
      <SubmitButton pendingLabel={t("form.submitting")}>{t("public.submit")}</SubmitButton>
    </form>
  );
}
