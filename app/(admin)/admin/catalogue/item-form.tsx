"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { SpecParameter } from "@/lib/domain/catalogue/item";
import { createItemAction, updateItemAction } from "./actions";

export type ItemFormValues = {
  code: string;
  nameEn: string;
  nameHi: string;
  descriptionEn: string;
  descriptionHi: string;
  categoryId: string;
  unit: string;
  hsn: string;
  reserved: boolean;
  preDispatchInspection: boolean;
  active: boolean;
  specs: SpecParameter[];
};

const SPEC_FIELDS = ["key", "labelEn", "labelHi", "requirement"] as const;
/** Empty specification rows offered below the filled ones (no JavaScript needed to add a parameter). */
const BLANK_SPEC_ROWS = 3;

type Props = {
  itemId?: string;
  initial: ItemFormValues;
  categories: SelectOption[];
  units: SelectOption[];
  /** For a new item: today's date (India) as the first GST rate's default effective date. */
  today?: string;
};

export function ItemForm({ itemId, initial, categories, units, today }: Props) {
  const t = useTranslations("adminCatalogue.itemForm");
  const [state, action] = useActionState<FormState, FormData>(itemId ? updateItemAction : createItemAction, {});
  const sent = state.values;
  const text = (name: Exclude<keyof ItemFormValues, "specs" | "reserved" | "preDispatchInspection" | "active">) => (sent ? (sent[name] ?? "") : initial[name]);
  const ticked = (name: "reserved" | "preDispatchInspection" | "active") => (sent ? sent[name] === "on" : initial[name]);
  const error = (name: string) => state.fieldErrors?.[name];
  const sentRows = sent ? Math.max(-1, ...Object.keys(sent).map((k) => Number(/^specs\.(\d+)\./.exec(k)?.[1] ?? -1))) + 1 : 0;
  const rows = Math.max(initial.specs.length + BLANK_SPEC_ROWS, sentRows);
  const spec = (index: number, field: (typeof SPEC_FIELDS)[number]) => (sent ? (sent[`specs.${index}.${field}`] ?? "") : (initial.specs[index]?.[field] ?? ""));
  const field = (name: "code" | "nameEn" | "nameHi" | "hsn", extra: Record<string, unknown> = {}) => (
    <Field name={name} label={t(`${name}.label`)} hint={t.has(`${name}.hint`) ? t(`${name}.hint`) : undefined} defaultValue={text(name)} error={error(name)} required {...extra} />
  );
  return (
    <form action={action} noValidate className="space-y-5" key={sent ? JSON.stringify(sent) : "initial"}>
      <FormMessage state={state} />
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("code", { autoCapitalize: "characters", spellCheck: false })}
        <Select name="categoryId" label={t("categoryId.label")} placeholder={t("categoryId.placeholder")} options={categories} defaultValue={text("categoryId")} error={error("categoryId")} required />
        {field("nameEn")}
        {field("nameHi", { lang: "hi" })}
        <Select name="unit" label={t("unit.label")} placeholder={t("unit.placeholder")} options={units} defaultValue={text("unit")} error={error("unit")} required />
        {field("hsn", { inputMode: "numeric" })}
      </div>
      <Textarea name="descriptionEn" label={t("descriptionEn.label")} rows={3} defaultValue={text("descriptionEn")} error={error("descriptionEn")} />
      <Textarea name="descriptionHi" label={t("descriptionHi.label")} rows={3} lang="hi" defaultValue={text("descriptionHi")} error={error("descriptionHi")} />
      <fieldset className="space-y-1 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("flags")}</legend>
        <Checkbox name="reserved" label={t("reserved.label")} hint={t("reserved.hint")} defaultChecked={ticked("reserved")} />
        <Checkbox name="preDispatchInspection" label={t("preDispatchInspection.label")} hint={t("preDispatchInspection.hint")} defaultChecked={ticked("preDispatchInspection")} />
        <Checkbox name="active" label={t("active.label")} hint={t("active.hint")} defaultChecked={ticked("active")} />
      </fieldset>
      {today ? (
        <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{t("gst.legend")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="gstRate" label={t("gst.rate")} hint={t("gst.rateHint")} inputMode="decimal" defaultValue={sent?.gstRate ?? ""} error={error("gstRate")} required />
            <Field name="gstEffectiveFrom" type="date" label={t("gst.from")} min={today} defaultValue={sent?.gstEffectiveFrom ?? today} error={error("gstEffectiveFrom")} required />
          </div>
        </fieldset>
      ) : null}
      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("specs.legend")}</legend>
        <p className="text-slate-700">{t("specs.hint")}</p>
        {error("specs") ? <p className="font-semibold text-red-800">{error("specs")?.[0]}</p> : null}
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} role="group" aria-label={t("specs.row", { n: index + 1 })} className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-4">
            {SPEC_FIELDS.map((f) => (
              <Field
                key={f}
                id={`specs-${index}-${f}`}
                name={`specs.${index}.${f}`}
                label={t(`specs.${f}`)}
                lang={f === "labelHi" ? "hi" : undefined}
                defaultValue={spec(index, f)}
                error={error(`specs.${index}.${f}`)}
              />
            ))}
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")} className="w-full sm:w-auto">
        {itemId ? t("save") : t("create")}
      </SubmitButton>
    </form>
  );
}
