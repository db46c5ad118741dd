import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, conflict, notFound, validationError } from "@/lib/errors";
import { systemClock, type Clock } from "@/lib/domain/time/india";
import { releasePaymentSchema } from "@/lib/domain/payment/input";
import { uniqueViolation } from "@/lib/services/unique-violation";
import { billForPaymentSelect, paymentSelect, settleBill, toResult, type PaymentResult } from "./settle-bill";

export { billForPaymentSelect, interestOwed, settleBill, type BillForPayment, type PaymentResult } from "./settle-bill";

/**
 * Finance releases the payment of a bill (DOMAIN.md steps 10 and 11). Paying twice is impossible:
 * - the form's idempotency key: a repeated request (double click, retry, replay) finds the payment
 *   its key already made and gets that result back, marked `replayed`;
 * - the conditional update PENDING → PAID: a second release with another key (another tab, another
 *   officer) is a CONFLICT saying the bill is already paid;
 * - unique constraints on Payment.billId and Payment.idempotencyKey, as the last word.
 *
 * Paid after the due date (IST calendar days), a micro or small enterprise is owed MSMED Act s.16
 * interest on the amount due to it (the bill before GST-TDS) — three times the bank rate in force
 * for each monthly rest (the admin's BankRate table) — which is added and recorded.
 * In the same transaction the supply order closes (BILLED → CLOSED), its budget block becomes
 * spending, and the purchase order closes when nothing of it is left open.
 */
export async function releasePayment(actor: Actor | null, input: unknown, { clock = systemClock }: { clock?: Clock } = {}): Promise<PaymentResult> {
  assertCan(actor, "payment.release");
  const parsed = releasePaymentSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { billId, bankReference, idempotencyKey } = parsed.data;
  if (!actor.officeId) throw notFound();

  const earlier = await replayOf(db, actor.officeId, idempotencyKey, billId);
  if (earlier) return earlier;

  const bill = await db.bill.findFirst({ where: { id: billId, officeId: actor.officeId }, select: billForPaymentSelect });
  if (!bill) throw notFound();
  if (bill.status === "PAID") {
    // Paid between the look-up above and now: by this very request's twin, or by someone else.
    const twin = await replayOf(db, actor.officeId, idempotencyKey, billId);
    if (twin) return twin;
    throw conflict("errors.payment.alreadyPaid");
  }
  // In a payment batch: the bank has the instruction; the statement settles it (or returns it).
  if (bill.status === "SENT") throw conflict("errors.payment.inBatch");

  try {
    return await db.$transaction(async (tx) => {
      const result = await settleBill(tx, actor, bill, { from: "PENDING", paidAt: clock.now(), bankReference, idempotencyKey });
      if (result) return result;
      // Someone paid it while this request waited: the same request's twin gets its result.
      const twin = await replayOf(tx, actor.officeId!, idempotencyKey, billId);
      if (twin) return twin;
      throw conflict("errors.payment.alreadyPaid");
    }, { timeout: 30_000, maxWait: 15_000 });
  } catch (error) {
    // Two requests with one key racing past the first look-up: the loser reads the winner's result.
    const violated = uniqueViolation(error);
    if (violated?.model === "Payment" || violated?.fields.includes("idempotencyKey") || violated?.fields.includes("billId")) {
      const twin = await replayOf(db, actor.officeId, idempotencyKey, billId);
      if (twin) return twin;
      throw conflict("errors.payment.alreadyPaid");
    }
    throw error;
  }
}

/** The payment an idempotency key already made, for the same bill of the same office; else null. */
async function replayOf(client: Tx, officeId: string, idempotencyKey: string, billId: string): Promise<PaymentResult | null> {
  const payment = await client.payment.findUnique({ where: { idempotencyKey }, select: paymentSelect });
  if (!payment) return null;
  // A key belongs to one form for one bill: reusing it for anything else is refused, not replayed.
  if (payment.billId !== billId || payment.bill.officeId !== officeId) throw new AppError("CONFLICT", "errors.payment.keyReused");
  return toResult(payment, true);
}
