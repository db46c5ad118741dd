import { describe, expect, it } from "vitest";
import { addToCart, decodeCart, encodeCart, setQuantity } from "@/lib/domain/purchase-order/cart";

const me = "0190f3c4-0000-7000-8000-000000000001";
const item = (n: number) => `0190f3c4-0000-7000-8000-00000000010${n}`;

describe("cart cookie", () => {
  it("round-trips the user's lines", () => {
    const lines = [{ itemId: item(1), quantity: 3 }, { itemId: item(2), quantity: 1 }];
    expect(decodeCart(encodeCart({ userId: me, lines }), me)).toEqual(lines);
  });

  it("is empty for another user, garbage, bad quantities and repeated items", () => {
    const value = encodeCart({ userId: me, lines: [{ itemId: item(1), quantity: 3 }] });
    expect(decodeCart(value, "someone-else")).toEqual([]);
    expect(decodeCart("%%%", me)).toEqual([]);
    expect(decodeCart(undefined, me)).toEqual([]);
    const bad = Buffer.from(JSON.stringify({ u: me, l: [[item(1), 0], [item(2), 1.5], ["x", 1], [item(3), 2], [item(3), 5]] })).toString("base64url");
    expect(decodeCart(bad, me)).toEqual([{ itemId: item(3), quantity: 2 }]);
  });

  it("adds to an existing line, sets and removes", () => {
    let lines = addToCart([], item(1), 2);
    lines = addToCart(lines, item(1), 3);
    lines = addToCart(lines, item(2), 1);
    expect(lines).toEqual([{ itemId: item(1), quantity: 5 }, { itemId: item(2), quantity: 1 }]);
    expect(setQuantity(lines, item(1), 0)).toEqual([{ itemId: item(2), quantity: 1 }]);
    expect(setQuantity(lines, item(2), 7)).toEqual([{ itemId: item(1), quantity: 5 }, { itemId: item(2), quantity: 7 }]);
  });
});
