"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { withdrawOfferAction } from "./actions";

export function WithdrawForm({ offerId }: { offerId: string }) {
  const t = useTranslations("vendor.editOffer");
  const [state, action] = useActionState<FormState, FormData>(withdrawOfferAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton variant="danger" pendingLabel={t("withdrawing")}>
        {t("withdraw")}
      </SubmitButton>
    </form>
  );
}
