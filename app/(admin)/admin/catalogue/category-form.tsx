"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCategoryAction, updateCategoryAction } from "./actions";

type Values = { code: string; nameEn: string; nameHi: string };

export function CategoryForm({ categoryId, initial }: { categoryId?: string; initial: Values }) {
  const t = useTranslations("adminCatalogue.categoryForm");
  const [state, action] = useActionState<FormState, FormData>(categoryId ? updateCategoryAction : createCategoryAction, {});
  const value = (name: keyof Values) => state.values?.[name] ?? initial[name];
  const field = (name: keyof Values, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={t(`${name}.label`)} hint={t(`${name}.hint`)} defaultValue={value(name)} error={state.fieldErrors?.[name]} required {...extra} />
  );
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      {categoryId ? <input type="hidden" name="categoryId" value={categoryId} /> : null}
      {field("code", { autoCapitalize: "characters", spellCheck: false, maxLength: 8 })}
      {field("nameEn")}
      {field("nameHi", { lang: "hi" })}
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
