import "server-only";
import { db } from "@/lib/db";
import { decodeCartLines, type CartLine } from "@/lib/domain/purchase-order/cart";

/**
 * The buyer's cart on the server, one row per user (issue 15: a cart in one device's cookie was
 * lost when the secretary moved from the office computer to a phone). Reads validate the stored
 * lines like any input; a missing row is an empty cart.
 */
export async function loadCart(userId: string): Promise<CartLine[] | null> {
  const row = await db.cart.findUnique({ where: { userId }, select: { lines: true } });
  return row ? decodeCartLines(row.lines) : null;
}

export async function saveCart(userId: string, lines: readonly CartLine[]): Promise<void> {
  const value = lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity }));
  await db.cart.upsert({ where: { userId }, create: { userId, lines: value }, update: { lines: value } });
}
