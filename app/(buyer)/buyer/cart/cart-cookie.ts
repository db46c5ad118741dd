import "server-only";
import { cookies } from "next/headers";
import { CART_COOKIE, decodeCart, type CartLine } from "@/lib/domain/purchase-order/cart";
import { loadCart, saveCart } from "@/lib/services/cart/cart-store";

/**
 * The signed-in buyer's cart, kept on the server (lib/services/cart/cart-store.ts) so it is the
 * same on every device. A cart left in the cookie of earlier versions is shown until the next
 * change, which moves it to the server and drops the cookie.
 */
export async function readCart(userId: string): Promise<CartLine[]> {
  const stored = await loadCart(userId);
  if (stored) return stored;
  return decodeCart((await cookies()).get(CART_COOKIE)?.value, userId);
}

export async function writeCart(userId: string, lines: CartLine[]): Promise<void> {
  await saveCart(userId, lines);
  const jar = await cookies();
  if (jar.get(CART_COOKIE)) jar.delete(CART_COOKIE);
}
