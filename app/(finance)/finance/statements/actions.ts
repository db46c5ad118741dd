"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { resolveStatementLine } from "@/lib/services/payment-batch/resolve-statement-line";

export const resolveStatementLineAction = formAction({
  access: "paymentBatch.manage",
  input: z.object({ action: text(40), lineId: text(100), batchItemId: text(100), reason: text(2000) }),
  async run({ actor, input }) {
    await resolveStatementLine(actor, input);
    revalidatePath("/finance/statements");
    return { ok: true, message: (await getTranslations("paymentBatches.statements"))("resolved") };
  },
});
