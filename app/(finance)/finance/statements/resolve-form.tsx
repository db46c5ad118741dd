"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { resolveStatementLineAction } from "./actions";

/**
 * Resolving one statement line by hand, always with a reason: an unmatched debit is matched to an
 * open batch payment or set aside as not a Manak payment; a returned one is acknowledged. Labels
 * come translated from the page (client components get no catalogue).
 */
export type ResolveFormLabels = Record<"payment" | "choose" | "reason" | "acknowledge" | "match" | "dismiss", string>;

export function ResolveForm({ lineId, returned, openPayments, labels }: { lineId: string; returned: boolean; openPayments: { value: string; label: string }[]; labels: ResolveFormLabels }) {
  const t = (key: keyof ResolveFormLabels) => labels[key];
  const [state, action] = useActionState<FormState, FormData>(resolveStatementLineAction, {});
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="lineId" value={lineId} />
      {!returned && openPayments.length > 0 ? (
        <Select
          name="batchItemId" id={`item-${lineId}`} label={t("payment")} options={openPayments} placeholder={t("choose")}
          defaultValue={state.values?.batchItemId ?? ""} error={state.fieldErrors?.batchItemId}
        />
      ) : null}
      <Field name="reason" id={`reason-${lineId}`} label={t("reason")} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} required maxLength={500} />
      <div className="flex flex-wrap gap-2">
        {returned ? (
          <SubmitButton name="action" value="dismiss">{t("acknowledge")}</SubmitButton>
        ) : (
          <>
            {openPayments.length > 0 ? <SubmitButton name="action" value="match">{t("match")}</SubmitButton> : null}
            <SubmitButton name="action" value="dismiss" variant="secondary">{t("dismiss")}</SubmitButton>
          </>
        )}
      </div>
    </form>
  );
}
