"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { changeEnterpriseClassAction } from "./actions";

const CLASSES = ["MICRO", "SMALL", "MEDIUM"] as const;

/** The vendor's Udyam class, changed only with a reason (audited; the vendor is told). */
export function EnterpriseClassForm({ vendorId, current, tab }: { vendorId: string; current: (typeof CLASSES)[number]; tab: string }) {
  const t = useTranslations("adminVendors.enterpriseClass");
  const [state, action] = useActionState<FormState, FormData>(changeEnterpriseClassAction, {});
  return (
    <form action={action} noValidate className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <input type="hidden" name="tab" value={tab} />
      <Select
        id={`class-${vendorId}`}
        name="enterpriseClass"
        label={t("label")}
        options={CLASSES.map((c) => ({ value: c, label: t(c) }))}
        defaultValue={state.values?.enterpriseClass ?? current}
        error={state.fieldErrors?.enterpriseClass}
        required
      />
      <Textarea id={`class-reason-${vendorId}`} name="reason" label={t("reason")} rows={2} defaultValue={state.values?.reason ?? ""} error={state.fieldErrors?.reason} required />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
