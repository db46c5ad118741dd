/**
 * The buyer's cart: items and quantities chosen from the catalogue before placing a purchase
 * order. Kept on the server per user (the Cart table, docs/adr/0015-server-side-cart.md), so it
 * follows the buyer from the office computer to a phone. A cart from the cookie that earlier
 * versions used is read once and moved to the server. Pure.
 */
import { MAX_LINES, MAX_QUANTITY } from "./input";

export const CART_COOKIE = "manak_cart";

export type CartLine = { itemId: string; quantity: number };
export type Cart = { userId: string; lines: CartLine[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCart(cart: Cart): string {
  return Buffer.from(JSON.stringify({ u: cart.userId, l: cart.lines.map((l) => [l.itemId, l.quantity]) })).toString("base64url");
}

/** The user's cart from the cookie's value; anything malformed, or someone else's, is an empty cart. */
export function decodeCart(value: string | undefined, userId: string): CartLine[] {
  if (!value || value.length > 4000) return [];
  try {
    const data = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as { u?: unknown; l?: unknown };
    if (data.u !== userId || !Array.isArray(data.l)) return [];
    const lines: CartLine[] = [];
    for (const entry of data.l.slice(0, MAX_LINES)) {
      if (!Array.isArray(entry)) continue;
      const [itemId, quantity] = entry as unknown[];
      if (typeof itemId === "string" && UUID.test(itemId) && isQuantity(quantity) && !lines.some((l) => l.itemId === itemId)) {
        lines.push({ itemId, quantity });
      }
    }
    return lines;
  } catch {
    return [];
  }
}

/** Stored lines ([{ itemId, quantity }]) read back with the same checks as the cookie's. */
export function decodeCartLines(value: unknown): CartLine[] {
  if (!Array.isArray(value)) return [];
  const lines: CartLine[] = [];
  for (const entry of value.slice(0, MAX_LINES)) {
    const { itemId, quantity } = (entry ?? {}) as { itemId?: unknown; quantity?: unknown };
    if (typeof itemId === "string" && UUID.test(itemId) && isQuantity(quantity) && !lines.some((l) => l.itemId === itemId)) lines.push({ itemId, quantity });
  }
  return lines;
}

function isQuantity(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_QUANTITY;
}

/** Adds to an item already in the cart, or appends it (up to MAX_LINES items). */
export function addToCart(lines: readonly CartLine[], itemId: string, quantity: number): CartLine[] {
  const existing = lines.find((l) => l.itemId === itemId);
  if (existing) return setQuantity(lines, itemId, existing.quantity + quantity);
  if (lines.length >= MAX_LINES) return [...lines];
  return [...lines, { itemId, quantity: Math.min(quantity, MAX_QUANTITY) }];
}

/** Sets an item's quantity; 0 removes it. */
export function setQuantity(lines: readonly CartLine[], itemId: string, quantity: number): CartLine[] {
  if (quantity <= 0) return lines.filter((l) => l.itemId !== itemId);
  return lines.map((l) => (l.itemId === itemId ? { itemId, quantity: Math.min(quantity, MAX_QUANTITY) } : l));
}
