"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { VendorEvent } from "@/lib/domain/vendor/status";
import { decideVendorAction } from "./actions";

/** One decision on one vendor; reject and suspend ask for the reason the vendor will read. */
export function DecisionForm({ vendorId, vendorName, event, needsReason, tab }: { vendorId: string; vendorName: string; event: VendorEvent; needsReason: boolean; tab: string }) {
  const t = useTranslations("adminVendors.decide");
  const [state, action] = useActionState<FormState, FormData>(decideVendorAction, {});
  const reasonId = `reason-${event}-${vendorId}`;
  return (
    <form action={action} noValidate className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <input type="hidden" name="event" value={event} />
      <input type="hidden" name="tab" value={tab} />
      {needsReason ? (
        <Textarea
          id={reasonId}
          name="reason"
          label={t(`${event}.reason`)}
          hint={t("reasonHint")}
          rows={2}
          defaultValue={state.values?.reason ?? ""}
          error={state.fieldErrors?.reason}
          required
        />
      ) : null}
      <SubmitButton
        variant={event === "approve" || event === "reinstate" ? "primary" : "danger"}
        pendingLabel={t("saving")}
        aria-label={t(`${event}.buttonLabel`, { vendor: vendorName })}
      >
        {t(`${event}.button`)}
      </SubmitButton>
    </form>
  );
}
