"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { firstError } from "@/components/ui/field-shell";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { cx } from "@/components/ui/cx";
import type { FormState } from "@/lib/forms";
import { recordInspectionAction } from "./actions";

type Line = { id: string; label: string; unit: string; pendingQty: number; specs: { key: string; label: string; requirement: string }[] };

/** A yes/no (or pass/fail) choice as a fieldset of radio buttons, its error beside the legend. */
function Choice({ name, legend, options, value, error }: { name: string; legend: string; options: { value: string; label: string }[]; value?: string; error?: string[] }) {
  const message = firstError(error);
  const errorId = `${name}-error`;
  return (
    <fieldset className={cx("space-y-1", message && "border-l-4 border-red-700 pl-3")} aria-describedby={message ? errorId : undefined}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {message ? <p id={errorId} className="font-semibold text-red-800">{message}</p> : null}
      <div className="flex flex-wrap gap-x-6">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 cursor-pointer items-center gap-2">
            <input type="radio" name={name} value={option.value} defaultChecked={value === option.value} className="size-5 accent-blue-800" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Recording an inspection on a phone at the works or the office: one block per item with a row per
 * specification parameter (what was observed, met or not), quantities after receipt, the result
 * before dispatch, remarks and photos. After an error every typed value comes back; photos must be
 * chosen again (browsers never refill a file input).
 */
export function InspectionForm({ inspectionId, kind, lines }: { inspectionId: string; kind: "PRE" | "POST"; lines: Line[] }) {
  const t = useTranslations("inspector.form");
  const [state, action] = useActionState<FormState, FormData>(recordInspectionAction, {});
  const value = (name: string) => state.values?.[name];
  const error = (name: string) => state.fieldErrors?.[name];
  const yesNo = [{ value: "yes", label: t("met") }, { value: "no", label: t("notMet") }];
  return (
    <form action={action} noValidate encType="multipart/form-data" className="space-y-6" key={state.values ? JSON.stringify(state.values) : "new"}>
      <FormMessage state={state} />
      {firstError(error("_form")) ? <p className="font-semibold text-red-800">{firstError(error("_form"))}</p> : null}
      <input type="hidden" name="inspectionId" value={inspectionId} />
      {lines.map((line) => (
        <fieldset key={line.id} className="space-y-4 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{line.label}</legend>
          {line.specs.length === 0 ? <p className="text-slate-700">{t("noSpecs")}</p> : null}
          {line.specs.map((spec) => {
            const base = `checks.${line.id}:${spec.key}`;
            return (
              <div key={spec.key} data-field-group={`${line.label} · ${spec.label}`} className="space-y-2 border-b border-slate-200 pb-3 last:border-0">
                <p className="font-semibold">{spec.label}</p>
                <p className="text-slate-700">{t("requirement", { requirement: spec.requirement })}</p>
                <Field name={`${base}.observed`} label={t("observed")} defaultValue={value(`${base}.observed`) ?? ""} error={error(`${base}.observed`)} required maxLength={200} />
                <Choice name={`${base}.ok`} legend={t("meets")} options={yesNo} value={value(`${base}.ok`)} error={error(`${base}.ok`)} />
              </div>
            );
          })}
          {kind === "POST" ? (
            <div data-field-group={line.label} className="grid gap-4 sm:grid-cols-2">
              <p className="sm:col-span-2">{t("waiting", { quantity: line.pendingQty, unit: line.unit })}</p>
              <Field
                name={`quantities.${line.id}.accepted`} label={t("accepted", { unit: line.unit })} inputMode="numeric" required
                defaultValue={value(`quantities.${line.id}.accepted`) ?? String(line.pendingQty)} error={error(`quantities.${line.id}.accepted`)}
              />
              <Field
                name={`quantities.${line.id}.rejected`} label={t("rejected", { unit: line.unit })} inputMode="numeric" required
                defaultValue={value(`quantities.${line.id}.rejected`) ?? "0"} error={error(`quantities.${line.id}.rejected`)}
              />
            </div>
          ) : null}
        </fieldset>
      ))}
      {kind === "PRE" ? (
        <Choice
          name="result" legend={t("result")} value={value("result")} error={error("result")}
          options={[{ value: "PASS", label: t("pass") }, { value: "FAIL", label: t("fail") }]}
        />
      ) : (
        <p className="text-slate-700">{t("postResultHint")}</p>
      )}
      <Textarea name="remarks" label={t("remarks")} hint={t("remarksHint")} defaultValue={value("remarks") ?? ""} error={error("remarks")} maxLength={2000} />
      <Field
        name="photos" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf"
        label={t("photos")} hint={t("photosHint")} error={error("photos")}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
