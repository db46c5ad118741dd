"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createSynonymGroupAction, deleteSynonymGroupAction, updateSynonymGroupAction } from "./actions";

type Values = { english: string; hindi: string; roman: string };

export function SynonymForm({ groupId, initial }: { groupId?: string; initial: Values }) {
  const t = useTranslations("adminCatalogue.synonyms.form");
  const [state, action] = useActionState<FormState, FormData>(groupId ? updateSynonymGroupAction : createSynonymGroupAction, {});
  const value = (name: keyof Values) => state.values?.[name] ?? initial[name];
  const field = (name: keyof Values, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={t(`${name}.label`)} hint={t(`${name}.hint`)} defaultValue={value(name)} error={state.fieldErrors?.[name]} spellCheck={false} {...extra} />
  );
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <FormMessage state={state} />
      {groupId ? <input type="hidden" name="groupId" value={groupId} /> : null}
      {field("english", { autoCapitalize: "none" })}
      {field("hindi", { lang: "hi" })}
      {field("roman", { autoCapitalize: "none" })}
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function DeleteSynonymGroup({ groupId }: { groupId: string }) {
  const t = useTranslations("adminCatalogue.synonyms.form");
  const [state, action] = useActionState<FormState, FormData>(deleteSynonymGroupAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <SubmitButton pendingLabel={t("deleting")}>{t("delete")}</SubmitButton>
    </form>
  );
}
