"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { AppError } from "@/lib/errors";
import { cancelSupplyOrder } from "@/lib/services/supply-order/cancel";
import { decideShortfall } from "@/lib/services/supply-order/decide-shortfall";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { uploadsOf } from "@/lib/storage/upload";

const supplyOrder = z.object({ supplyOrderId: text(100) });
// A step that cannot be undone asks for the "I am sure" tick; without it nothing is sent on.
const confirmed = supplyOrder.extend({ confirm: text(10) });

function assertConfirmed(confirm: string) {
  if (confirm !== "on") throw new AppError("VALIDATION", "errors.VALIDATION", { confirm: ["errors.supplyOrder.confirmRequired"] });
}

function done(supplyOrderId: string, notice: string): never {
  revalidatePath("/buyer", "layout");
  redirect(`/buyer/supply-orders/${encodeURIComponent(supplyOrderId)}?notice=${notice}`);
}

const LINE_ID = /^[0-9a-f-]{36}$/i;

/** Per-line quantities arrive as fields named "quantities.<supplyOrderLineId>" (as the offline queue sends them). */
export const recordReceiptAction = formAction({
  access: "receipt.record",
  input: supplyOrder.extend({ receivedOn: text(40), remarks: text(2000), idempotencyKey: text(200) }),
  async run({ actor, input, form }) {
    const quantities: Record<string, string> = Object.create(null);
    for (const [lineId, { value }] of Object.entries(form.group("quantities.", LINE_ID))) quantities[lineId] = value;
    await recordReceipt(actor, { ...input, idempotencyKey: input.idempotencyKey || undefined, quantities }, await uploadsOf(form.files("photos")));
    done(input.supplyOrderId, "received");
  },
});

export const cancelSupplyOrderAction = formAction({
  access: "supplyOrder.cancel",
  input: confirmed.extend({ reason: text(2000) }),
  async run({ actor, input }) {
    assertConfirmed(input.confirm);
    await cancelSupplyOrder(actor, { supplyOrderId: input.supplyOrderId, reason: input.reason });
    done(input.supplyOrderId, "cancelled");
  },
});

/** Close the missing quantity short (with a reason) or have it delivered by another vendor. */
export const decideShortfallAction = formAction({
  access: "receipt.record",
  input: confirmed.extend({ decision: text(40), reason: text(2000), deliverBy: text(40) }),
  async run({ actor, input }) {
    assertConfirmed(input.confirm);
    await decideShortfall(actor, { supplyOrderId: input.supplyOrderId, decision: input.decision, reason: input.reason, deliverBy: input.deliverBy });
    done(input.supplyOrderId, input.decision === "REALLOCATE" ? "reallocated" : "deducted");
  },
});
