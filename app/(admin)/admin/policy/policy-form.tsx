"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PolicyFormValues } from "@/lib/domain/policy/input";
import type { FormState } from "@/lib/forms";
import { createPolicyVersionAction } from "./actions";
import { POLICY_GROUPS } from "./fields";

/** A new policy version, prefilled from the one in force: the admin changes what changes and picks the date. */
export function PolicyForm({ initial, today }: { initial: Omit<PolicyFormValues, "effectiveFrom">; today: string }) {
  const t = useTranslations("policy.form");
  const [state, action] = useActionState<FormState, FormData>(createPolicyVersionAction, {});
  const value = (name: keyof PolicyFormValues, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form action={action} noValidate className="space-y-6" key={state.values ? JSON.stringify(state.values) : "new"}>
      <FormMessage state={state} />
      {POLICY_GROUPS.map((group) => (
        <fieldset key={group.key} className="space-y-4 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{t(`groups.${group.key}`)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map((field) => (
              <Field
                key={field.name} name={field.name} required={field.unit !== "email"}
                {...(field.unit === "email" ? { type: "email", autoComplete: "off" } : { inputMode: field.unit === "rupees" || field.unit === "percent" ? "decimal" : "numeric" })}
                label={t(`fields.${field.name}.label`)} hint={`${t(`fields.${field.name}.hint`)} ${t(`units.${field.unit}`)}`}
                defaultValue={value(field.name, initial[field.name])} error={state.fieldErrors?.[field.name]}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <Field
        name="effectiveFrom" type="date" min={today} required label={t("effectiveFrom.label")} hint={t("effectiveFrom.hint")}
        defaultValue={value("effectiveFrom", today)} error={state.fieldErrors?.effectiveFrom}
      />
      <SubmitButton pendingLabel={t("publishing")}>{t("submit")}</SubmitButton>
    </form>
  );
}
