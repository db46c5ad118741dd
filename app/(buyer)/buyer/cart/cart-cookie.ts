import "server-only";
import { cookies } from "next/headers";
import { CART_COOKIE, decodeCart, encodeCart, type CartLine } from "@/lib/domain/purchase-order/cart";

/** The signed-in buyer's cart from the cookie (lib/domain/purchase-order/cart.ts). */
export async function readCart(userId: string): Promise<CartLine[]> {
  return decodeCart((await cookies()).get(CART_COOKIE)?.value, userId);
}

export async function writeCart(userId: string, lines: CartLine[]): Promise<void> {
  const jar = await cookies();
  if (lines.length === 0) {
    jar.delete(CART_COOKIE);
    return;
  }
  // Readable only by the server, sent only to this site; kept a month like a shopping list.
  jar.set(CART_COOKIE, encodeCart({ userId, lines }), { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 86_400 });
}
