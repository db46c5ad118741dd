"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { acceptSupplyOrder } from "@/lib/services/supply-order/accept";
import { rejectSupplyOrder } from "@/lib/services/supply-order/reject";

function done(supplyOrderId: string, notice: string): never {
  revalidatePath("/vendor", "layout");
  redirect(`/vendor/orders/${encodeURIComponent(supplyOrderId)}?notice=${notice}`);
}

export const acceptSupplyOrderAction = formAction({
  access: "supplyOrder.respond",
  input: z.object({ supplyOrderId: text(100) }),
  async run({ actor, input }) {
    await acceptSupplyOrder(actor, { supplyOrderId: input.supplyOrderId });
    done(input.supplyOrderId, "accepted");
  },
  keep: () => ({}),
});

export const rejectSupplyOrderAction = formAction({
  access: "supplyOrder.respond",
  input: z.object({ supplyOrderId: text(100), reason: text(2000) }),
  async run({ actor, input }) {
    await rejectSupplyOrder(actor, { supplyOrderId: input.supplyOrderId, reason: input.reason });
    done(input.supplyOrderId, "rejected");
  },
});
