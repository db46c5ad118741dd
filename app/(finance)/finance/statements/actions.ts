"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { resolveStatementLine } from "@/lib/services/payment-batch/resolve-statement-line";
import { getTranslations } from "next-intl/server";

export async function resolveStatementLineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await resolveStatementLine(await getActor(), {
      action: String(formData.get("action") ?? ""),
      lineId: String(formData.get("lineId") ?? ""),
      batchItemId: String(formData.get("batchItemId") ?? ""),
      reason: String(formData.get("reason") ?? ""),
    });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/finance/statements");
  return { ok: true, message: (await getTranslations("paymentBatches.statements"))("resolved") };
}
