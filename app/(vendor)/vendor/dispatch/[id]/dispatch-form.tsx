"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { firstError } from "@/components/ui/field-shell";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { dispatchAction } from "./actions";

type Line = { id: string; label: string; unit: string; left: number };

/** Invoice, transport and quantities of a dispatch (or of replacements), prefilled with what is left to send. */
export function DispatchForm({ supplyOrderId, kind, lines, today }: { supplyOrderId: string; kind: "ORIGINAL" | "REPLACEMENT"; lines: Line[]; today: string }) {
  const t = useTranslations("dispatch.form");
  const [state, action] = useActionState<FormState, FormData>(dispatchAction, {});
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate className="space-y-4" key={state.values ? JSON.stringify(state.values) : "new"}>
      <FormMessage state={state} />
      {firstError(error("_form")) ? <p className="font-semibold text-red-800">{firstError(error("_form"))}</p> : null}
      <input type="hidden" name="supplyOrderId" value={supplyOrderId} />
      <input type="hidden" name="kind" value={kind} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="invoiceNumber" label={t("invoiceNumber")} defaultValue={value("invoiceNumber")} error={error("invoiceNumber")} required maxLength={40} />
        <Field name="invoiceDate" type="date" label={t("invoiceDate")} max={today} defaultValue={value("invoiceDate", today)} error={error("invoiceDate")} required />
        <Field name="dispatchedOn" type="date" label={t("dispatchedOn")} max={today} defaultValue={value("dispatchedOn", today)} error={error("dispatchedOn")} required />
        <Field name="transporter" label={t("transporter")} hint={t("transporterHint")} defaultValue={value("transporter")} error={error("transporter")} required maxLength={120} />
        <Field name="docketNumber" label={t("docketNumber")} defaultValue={value("docketNumber")} error={error("docketNumber")} required maxLength={40} />
      </div>
      <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{kind === "REPLACEMENT" ? t("replacementQuantities") : t("quantities")}</legend>
        {lines.map((line) => (
          <Field
            key={line.id} name={`quantities.${line.id}`} inputMode="numeric" required
            label={line.label} hint={t("left", { quantity: line.left, unit: line.unit })}
            defaultValue={value(`quantities.${line.id}`, String(line.left))} error={error(`quantities.${line.id}`)}
          />
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{kind === "REPLACEMENT" ? t("submitReplacement") : t("submit")}</SubmitButton>
    </form>
  );
}
