"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { firstError } from "@/components/ui/field-shell";
import { createOfferAction, updateOfferAction } from "./actions";

export type OfferFormValues = {
  unitPrice: string;
  minQuantity: string;
  maxQuantity: string;
  monthlyCapacity: string;
  leadTimeDays: string;
  allDistricts: boolean;
  districtIds: string[];
  matchesL1: boolean;
};

type Props = {
  mode: "create" | "update";
  /** itemId (create) or offerId (update). */
  hidden: { name: "itemId" | "offerId"; value: string };
  initial: OfferFormValues;
  districts: { id: number; label: string }[];
  submitLabel: string;
};

/**
 * An offer's terms. Districts are checkboxes (one tap each on a phone) plus "all districts";
 * after an error the form comes back with what was typed and the districts that were ticked.
 */
export function OfferForm({ mode, hidden, initial, districts, submitLabel }: Props) {
  const t = useTranslations("vendor.offerForm");
  const [state, action] = useActionState<FormState, FormData>(mode === "create" ? createOfferAction : updateOfferAction, {});
  const sent = state.values;
  const value = (name: keyof OfferFormValues) => (sent ? (sent[name] ?? "") : String(initial[name]));
  const ticked = (name: "allDistricts" | "matchesL1") => (sent ? sent[name] === "on" : initial[name]);
  const chosen = new Set(sent ? (sent.districtIds ?? "").split(",").filter(Boolean) : initial.districtIds);
  const error = (name: string) => state.fieldErrors?.[name];
  const districtsError = firstError(error("districtIds"));
  // Remount the uncontrolled inputs when the server sends values back, so they show what was sent.
  const version = sent ? JSON.stringify(sent) : "initial";
  const number = (name: "minQuantity" | "maxQuantity" | "monthlyCapacity" | "leadTimeDays") => (
    <Field name={name} label={t(`${name}.label`)} hint={t(`${name}.hint`)} inputMode="numeric" defaultValue={value(name)} error={error(name)} required />
  );
  return (
    <form action={action} noValidate className="space-y-5" key={version}>
      <FormMessage state={state} />
      <input type="hidden" name={hidden.name} value={hidden.value} />
      {firstError(error("itemId")) && firstError(error("itemId")) !== state.message ? (
        <p className="font-semibold text-red-800">{firstError(error("itemId"))}</p>
      ) : null}
      <Field
        name="unitPrice"
        label={t("unitPrice.label")}
        hint={t("unitPrice.hint")}
        inputMode="decimal"
        defaultValue={value("unitPrice")}
        error={error("unitPrice")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {number("minQuantity")}
        {number("maxQuantity")}
        {number("monthlyCapacity")}
        {number("leadTimeDays")}
      </div>
      <fieldset
        className={districtsError ? "space-y-2 rounded-lg border-2 border-red-700 p-4" : "space-y-2 rounded-lg border border-slate-300 p-4"}
        aria-describedby={districtsError ? "districtIds-error" : "districtIds-hint"}
      >
        <legend className="px-1 text-lg font-semibold">{t("districts.legend")}</legend>
        <p id="districtIds-hint" className="text-slate-700">
          {t("districts.hint")}
        </p>
        {districtsError ? (
          <p id="districtIds-error" className="font-semibold text-red-800">
            {districtsError}
          </p>
        ) : null}
        <Checkbox name="allDistricts" label={<strong>{t("districts.all")}</strong>} defaultChecked={ticked("allDistricts")} />
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {districts.map((d) => (
            <Checkbox
              key={d.id}
              id={`district-${d.id}`}
              name="districtIds"
              value={String(d.id)}
              label={d.label}
              defaultChecked={chosen.has(String(d.id))}
            />
          ))}
        </div>
      </fieldset>
      <Checkbox name="matchesL1" label={t("matchesL1.label")} hint={t("matchesL1.hint")} defaultChecked={ticked("matchesL1")} />
      <SubmitButton pendingLabel={t("saving")} className="w-full sm:w-auto">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
