"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { anyFields, text } from "@/lib/actions/form-input";
import { recordDispatch } from "@/lib/services/dispatch/record-dispatch";
import { recordReplacementDispatch } from "@/lib/services/dispatch/record-replacement-dispatch";
import { requestReinspection } from "@/lib/services/inspection/request-reinspection";

const LINE_ID = /^[0-9a-f-]{36}$/i;

// Per-line quantities arrive as quantities.<supplyOrderLineId>.
export const dispatchAction = formAction({
  access: "supplyOrder.dispatch",
  input: anyFields.and(z.object({ supplyOrderId: text(100), kind: text(20) })),
  async run({ actor, input, form }) {
    const quantities: Record<string, string> = Object.create(null);
    for (const [lineId, { value }] of Object.entries(form.group("quantities.", LINE_ID))) quantities[lineId] = value;
    const dispatch = { ...input, quantities };
    await (input.kind === "REPLACEMENT" ? recordReplacementDispatch(actor, dispatch) : recordDispatch(actor, dispatch));
    revalidatePath("/vendor/dispatch");
    redirect(`/vendor/dispatch/${encodeURIComponent(input.supplyOrderId)}?done=dispatched`);
  },
});

export const requestReinspectionAction = formAction({
  access: "inspection.request",
  input: z.object({ supplyOrderId: text(100) }),
  async run({ actor, input }) {
    await requestReinspection(actor, { supplyOrderId: input.supplyOrderId });
    revalidatePath("/vendor/dispatch");
    redirect(`/vendor/dispatch/${encodeURIComponent(input.supplyOrderId)}?done=reinspection`);
  },
  keep: () => ({}),
});
