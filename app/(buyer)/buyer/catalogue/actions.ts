"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { plainAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { AppError } from "@/lib/errors";
import { requestItem } from "@/lib/services/catalogue/request-item";

/** Only back to the buyer's own catalogue search, never an address someone else wrote in. */
function backTo(back: string, notice: string): never {
  const returnTo = back.startsWith("/buyer/catalogue") ? back : "/buyer/catalogue";
  redirect(`${returnTo}${returnTo.includes("?") ? "&" : "?"}notice=${notice}`);
}

/** "Ask for this item": records the office's demand and comes back to the same search. */
export const requestItemAction = plainAction({
  access: "purchaseOrder.place",
  input: z.object({ itemId: text(100), quantity: text(20), back: text(500) }),
  async run({ actor, input }) {
    try {
      await requestItem(actor, { itemId: input.itemId, quantity: input.quantity.trim() });
    } catch (error) {
      // A wrong quantity or an item that is gone: the search page says so; nothing was recorded.
      if (error instanceof AppError && (error.code === "VALIDATION" || error.code === "NOT_FOUND")) backTo(input.back, "badQuantity");
      throw error;
    }
    backTo(input.back, "requested");
  },
});
