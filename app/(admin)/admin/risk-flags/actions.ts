"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { reviewRiskFlag } from "@/lib/services/risk/review-risk-flag";

/** The review form posts `flagId` and `note`. */
export const reviewRiskFlagAction = formAction({
  access: "riskFlag.review",
  input: z.object({ flagId: text(100), note: text(2000) }),
  async run({ actor, input }) {
    await reviewRiskFlag(actor, input);
    revalidatePath("/admin/risk-flags");
    redirect("/admin/risk-flags?done=1");
  },
});
