"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/auth/permissions";
import { addToCart, setQuantity } from "@/lib/domain/purchase-order/cart";
import { MAX_QUANTITY } from "@/lib/domain/purchase-order/input";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { placePurchaseOrder } from "@/lib/services/purchase-order/place-purchase-order";
import { readCart, writeCart } from "./cart-cookie";

async function buyer() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  assertCan(actor, "purchaseOrder.place");
  return actor;
}

function quantityOf(formData: FormData): number | null {
  const raw = String(formData.get("quantity") ?? "").trim();
  if (!/^\d{1,7}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_QUANTITY ? n : null;
}

/** From the buyer's catalogue: adds the item (or more of it) and goes back where the buyer was. */
export async function addToCartAction(formData: FormData): Promise<void> {
  const actor = await buyer();
  const itemId = String(formData.get("itemId") ?? "");
  const quantity = quantityOf(formData);
  const back = String(formData.get("back") ?? "/buyer/catalogue");
  const returnTo = back.startsWith("/buyer/") ? back : "/buyer/catalogue";
  if (quantity === null || quantity === 0) redirect(`${returnTo}${returnTo.includes("?") ? "&" : "?"}notice=badQuantity`);
  await writeCart(actor.userId, addToCart(await readCart(actor.userId), itemId, quantity));
  revalidatePath("/buyer", "layout");
  redirect(`${returnTo}${returnTo.includes("?") ? "&" : "?"}notice=added`);
}

/** Changes a cart line's quantity; 0 (or the remove button) takes it out. */
export async function updateCartAction(formData: FormData): Promise<void> {
  const actor = await buyer();
  const itemId = String(formData.get("itemId") ?? "");
  const quantity = formData.get("remove") ? 0 : quantityOf(formData);
  if (quantity === null) redirect("/buyer/cart?notice=badQuantity");
  await writeCart(actor.userId, setQuantity(await readCart(actor.userId), itemId, quantity));
  revalidatePath("/buyer/cart");
  redirect("/buyer/cart");
}

/**
 * Places the cart as a purchase order. The quantities come from the cart (what the buyer saw
 * in the preview), the rest from the form; the hidden idempotency key makes a double submit
 * place one order. On success the cart is emptied and the buyer sees the allocation.
 */
export async function placeOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await buyer();
  const lines = await readCart(actor.userId);
  let placed: { purchaseOrderId: string };
  try {
    placed = await placePurchaseOrder(actor, {
      budgetHeadId: String(formData.get("budgetHeadId") ?? ""),
      consigneeOfficeId: String(formData.get("consigneeOfficeId") ?? ""),
      deliverBy: String(formData.get("deliverBy") ?? ""),
      idempotencyKey: String(formData.get("idempotencyKey") ?? "") || undefined,
      lines: lines.map((line) => ({ ...line, chosenOfferId: String(formData.get(`offer.${line.itemId}`) ?? "") || null })),
    });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  await writeCart(actor.userId, []);
  revalidatePath("/buyer", "layout");
  redirect(`/buyer/orders/${placed.purchaseOrderId}?notice=placed`);
}
