"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { Field } from "@/components/ui/field";
import { firstError } from "@/components/ui/field-shell";
import { FormMessage } from "@/components/ui/form-message";
import { Select, type SelectOption } from "@/components/ui/select";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { placeOrderAction } from "./actions";

export type PlaceOrderLabels = {
  budgetHead: string;
  budgetHeadHint: string;
  choose: string;
  consignee: string;
  deliverBy: string;
  deliverByHint: string;
  directHeading: string;
  directHint: string;
  automatic: string;
  submit: string;
  submitting: string;
  /** "Place this purchase order for ₹…, blocking it on the budget head chosen?" */
  confirmQuestion: string;
  confirmYes: string;
  confirmBack: string;
};

type Props = {
  labels: PlaceOrderLabels;
  budgetHeads: SelectOption[];
  consignees: SelectOption[];
  defaults: { consigneeOfficeId: string; deliverBy: string; minDate: string; maxDate: string };
  /** Cart lines; `offers` are the eligible ones to pick from, only when direct purchase is allowed. */
  lines: { itemId: string; name: string; offers: SelectOption[] }[];
  directPurchase: boolean;
  /** Made when the page was rendered: a second submit of this form places no second order. */
  idempotencyKey: string;
};

/**
 * The purchase order's own details; the items and quantities are the cart's. Errors come back
 * next to each field (and next to an item nobody can supply), with what was chosen kept.
 */
export function PlaceOrderForm({ labels, budgetHeads, consignees, defaults, lines, directPurchase, idempotencyKey }: Props) {
  const [state, action] = useActionState<FormState, FormData>(placeOrderAction, {});
  const sent = state.values;
  const error = (name: string) => state.fieldErrors?.[name];
  const lineErrors = lines.filter((line) => firstError(error(`item.${line.itemId}`)));
  return (
    <form action={action} noValidate className="space-y-5" key={sent ? JSON.stringify(sent) : "initial"}>
      <FormMessage state={state} />
      {lineErrors.length > 0 ? (
        <ul className="space-y-1 border-l-4 border-red-700 pl-3">
          {lineErrors.map((line) => (
            <li key={line.itemId} className="font-semibold text-red-800">
              {line.name}: {firstError(error(`item.${line.itemId}`))}
            </li>
          ))}
        </ul>
      ) : null}
      {firstError(error("lines")) ? <p className="font-semibold text-red-800">{firstError(error("lines"))}</p> : null}
      <input type="hidden" name="idempotencyKey" value={sent?.idempotencyKey ?? idempotencyKey} />
      <Select
        name="budgetHeadId"
        label={labels.budgetHead}
        hint={labels.budgetHeadHint}
        placeholder={labels.choose}
        options={budgetHeads}
        defaultValue={sent?.budgetHeadId ?? (budgetHeads.length === 1 ? budgetHeads[0].value : "")}
        error={error("budgetHeadId")}
        required
      />
      <Select
        name="consigneeOfficeId"
        label={labels.consignee}
        options={consignees}
        defaultValue={sent?.consigneeOfficeId ?? defaults.consigneeOfficeId}
        error={error("consigneeOfficeId")}
        required
      />
      <Field
        name="deliverBy"
        type="date"
        label={labels.deliverBy}
        hint={labels.deliverByHint}
        min={defaults.minDate}
        max={defaults.maxDate}
        defaultValue={sent?.deliverBy ?? defaults.deliverBy}
        error={error("deliverBy")}
        required
      />
      {directPurchase ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{labels.directHeading}</legend>
          <p className="text-slate-700">{labels.directHint}</p>
          {lines.map((line) => (
            <Select
              key={line.itemId}
              id={`offer-${line.itemId}`}
              name={`offer.${line.itemId}`}
              label={line.name}
              options={[{ value: "", label: labels.automatic }, ...line.offers]}
              defaultValue={sent?.[`offer.${line.itemId}`] ?? ""}
            />
          ))}
        </fieldset>
      ) : null}
      <ConfirmSubmit question={labels.confirmQuestion} confirmLabel={labels.confirmYes} cancelLabel={labels.confirmBack} pendingLabel={labels.submitting}>
        {labels.submit}
      </ConfirmSubmit>
    </form>
  );
}
