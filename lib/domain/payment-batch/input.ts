/** Finance's payment-batch and reconciliation forms. Pure. */
import { z } from "zod";
import { uuid } from "@/lib/domain/catalogue/form-fields";

export const MAX_BATCH_BILLS = 10_000;

export const createPaymentBatchSchema = z.object({
  billIds: z
    .array(uuid("errors.NOT_FOUND"), { error: "errors.paymentBatch.noBills" })
    .min(1, { error: "errors.paymentBatch.noBills" })
    .max(MAX_BATCH_BILLS, { error: "errors.paymentBatch.tooMany" })
    .transform((ids) => [...new Set(ids)]),
});

export const resolveStatementLineSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("match"), lineId: uuid("errors.NOT_FOUND"), batchItemId: uuid("errors.statement.pickPayment"), reason: z.string().trim().min(5, { error: "errors.statement.reason" }).max(500) }),
  z.object({ action: z.literal("dismiss"), lineId: uuid("errors.NOT_FOUND"), reason: z.string().trim().min(5, { error: "errors.statement.reason" }).max(500) }),
]);

/** End-to-end reference of the n-th batch payment: MNK + 12 digits (unique, ≤ 16 characters, letters and digits). */
export const endToEndIdOf = (seq: bigint) => `MNK${seq.toString().padStart(12, "0")}`;
