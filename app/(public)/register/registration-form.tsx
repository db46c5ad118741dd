"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { FormMessage } from "@/components/ui/form-message";
import { registerVendorAction } from "./actions";

const fieldsetClasses = "space-y-4 rounded-lg border border-slate-300 p-4";
const legendClasses = "px-1 text-lg font-semibold";

/** The self-registration form. Works without JavaScript; after an error every typed value but the passwords is kept. */
export function RegistrationForm({ districts }: { districts: SelectOption[] }) {
  const t = useTranslations("register");
  const [state, action] = useActionState<FormState, FormData>(registerVendorAction, {});
  const value = (name: string) => state.values?.[name] ?? "";
  const error = (name: string) => state.fieldErrors?.[name];
  const text = (name: string, props: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={name}
      label={t(`fields.${name}.label`)}
      hint={t.has(`fields.${name}.hint`) ? t(`fields.${name}.hint`) : undefined}
      defaultValue={value(name)}
      error={error(name)}
      required
      {...props}
    />
  );
  const flag = (name: string) => (
    <Checkbox key={`${name}-${value(name)}`} name={name} label={t(`fields.${name}.label`)} defaultChecked={value(name) === "on"} error={error(name)} />
  );
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      <fieldset className={fieldsetClasses}>
        <legend className={legendClasses}>{t("sections.firm")}</legend>
        {text("legalName", { autoComplete: "organization" })}
        {text("udyamNumber", { autoCapitalize: "characters", spellCheck: false })}
        <Select
          key={`enterpriseClass-${value("enterpriseClass")}`}
          name="enterpriseClass"
          label={t("fields.enterpriseClass.label")}
          hint={t("fields.enterpriseClass.hint")}
          placeholder={t("fields.enterpriseClass.placeholder")}
          options={(["MICRO", "SMALL", "MEDIUM"] as const).map((c) => ({ value: c, label: t(`fields.enterpriseClass.${c}`) }))}
          defaultValue={value("enterpriseClass")}
          error={error("enterpriseClass")}
          required
        />
        {text("gstin", { autoCapitalize: "characters", spellCheck: false, maxLength: 15 })}
        {text("pan", { autoCapitalize: "characters", spellCheck: false, maxLength: 10 })}
        <Select
          key={`districtId-${value("districtId")}`}
          name="districtId"
          label={t("fields.districtId.label")}
          placeholder={t("fields.districtId.placeholder")}
          options={districts}
          defaultValue={value("districtId")}
          error={error("districtId")}
          required
        />
        <Textarea
          name="address"
          label={t("fields.address.label")}
          defaultValue={value("address")}
          error={error("address")}
          autoComplete="street-address"
          rows={3}
          required
        />
        {text("pincode", { inputMode: "numeric", autoComplete: "postal-code", maxLength: 6 })}
      </fieldset>
      <fieldset className={fieldsetClasses}>
        <legend className={legendClasses}>{t("sections.ownership")}</legend>
        <p className="text-slate-700">{t("ownershipHint")}</p>
        {flag("isSc")}
        {flag("isSt")}
        {flag("isWomenOwned")}
      </fieldset>
      <fieldset className={fieldsetClasses}>
        <legend className={legendClasses}>{t("sections.bank")}</legend>
        {text("bankAccount", { inputMode: "numeric", autoComplete: "off" })}
        {text("ifsc", { autoCapitalize: "characters", spellCheck: false, maxLength: 11 })}
      </fieldset>
      <fieldset className={fieldsetClasses}>
        <legend className={legendClasses}>{t("sections.account")}</legend>
        {text("contactName", { autoComplete: "name" })}
        {text("email", { type: "email", autoComplete: "email", spellCheck: false })}
        {text("mobile", { type: "tel", inputMode: "tel", autoComplete: "tel" })}
        {text("password", { type: "password", autoComplete: "new-password", defaultValue: "" })}
        {text("confirmPassword", { type: "password", autoComplete: "new-password", defaultValue: "" })}
      </fieldset>
      <SubmitButton pendingLabel={t("submitting")} className="w-full sm:w-auto">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
