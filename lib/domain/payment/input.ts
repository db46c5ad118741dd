/**
 * The finance officer's "release payment" form (DOMAIN.md workflow step 10). Pure.
 *
 * `idempotencyKey` is a UUID put into the form when the page was rendered: submitting the same
 * form twice (double click, a retry after a lost response, a replayed request) carries the same
 * key, and the service answers the repeat with the first result instead of paying again.
 */
import { z } from "zod";
import { uuid } from "@/lib/domain/catalogue/form-fields";

/** UTR / bank reference: NEFT 16, RTGS 22, IMPS 12 characters; letters and digits only. */
const BANK_REFERENCE_PATTERN = /^[A-Z0-9]{12,22}$/;

export const releasePaymentSchema = z.object({
  billId: uuid("errors.NOT_FOUND"),
  bankReference: z
    .string({ error: "errors.required" })
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .pipe(z.string().min(1, { error: "errors.required", abort: true }).regex(BANK_REFERENCE_PATTERN, { error: "errors.payment.bankReference" })),
  idempotencyKey: uuid("errors.payment.idempotencyKey"),
});

export type ReleasePaymentInput = z.output<typeof releasePaymentSchema>;
