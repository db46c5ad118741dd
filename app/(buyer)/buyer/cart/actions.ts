"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { addToCart, setQuantity } from "@/lib/domain/purchase-order/cart";
import { MAX_QUANTITY } from "@/lib/domain/purchase-order/input";
import { placePurchaseOrder } from "@/lib/services/purchase-order/place-purchase-order";
import { readCart, writeCart } from "./cart-cookie";

function quantityOf(raw: string): number | null {
  const trimmed = raw.trim();
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_QUANTITY ? n : null;
}

const cartLine = z.object({ itemId: text(100), quantity: text(20) });

/** From the buyer's catalogue: adds the item (or more of it) and goes back where the buyer was. */
export const addToCartAction = plainAction({
  access: "purchaseOrder.place",
  input: cartLine.extend({ back: text(2000) }),
  async run({ actor, input }) {
    const quantity = quantityOf(input.quantity);
    const returnTo = input.back.startsWith("/buyer/") ? input.back : "/buyer/catalogue";
    const join = returnTo.includes("?") ? "&" : "?";
    if (quantity === null || quantity === 0) redirect(`${returnTo}${join}notice=badQuantity`);
    await writeCart(actor.userId, addToCart(await readCart(actor.userId), input.itemId, quantity));
    revalidatePath("/buyer", "layout");
    redirect(`${returnTo}${join}notice=added`);
  },
});

/** Changes a cart line's quantity; 0 (or the remove button) takes it out. */
export const updateCartAction = plainAction({
  access: "purchaseOrder.place",
  input: cartLine.extend({ remove: text(20) }),
  async run({ actor, input }) {
    const quantity = input.remove ? 0 : quantityOf(input.quantity);
    if (quantity === null) redirect("/buyer/cart?notice=badQuantity");
    await writeCart(actor.userId, setQuantity(await readCart(actor.userId), input.itemId, quantity));
    revalidatePath("/buyer/cart");
    redirect("/buyer/cart");
  },
});

/**
 * Places the cart as a purchase order. The quantities come from the cart (what the buyer saw
 * in the preview), the rest from the form; the hidden idempotency key makes a double submit
 * place one order. On success the cart is emptied and the buyer sees the allocation.
 */
export const placeOrderAction = formAction({
  access: "purchaseOrder.place",
  input: z.object({ budgetHeadId: text(100), consigneeOfficeId: text(100), deliverBy: text(40), idempotencyKey: text(200) }),
  async run({ actor, input, form }) {
    const lines = await readCart(actor.userId);
    const placed = await placePurchaseOrder(actor, {
      ...input,
      idempotencyKey: input.idempotencyKey || undefined,
      lines: lines.map((line) => ({ ...line, chosenOfferId: form.text(`offer.${line.itemId}`) || null })),
    });
    await writeCart(actor.userId, []);
    revalidatePath("/buyer", "layout");
    redirect(`/buyer/orders/${placed.purchaseOrderId}?notice=placed`);
  },
});
