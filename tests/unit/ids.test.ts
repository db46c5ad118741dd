import { describe, expect, it } from "vitest";
import { uuidv7 } from "@/lib/ids";

const SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("uuidv7", () => {
  it("is a version-7, RFC variant UUID carrying the millisecond timestamp", () => {
    const at = Date.UTC(2026, 10, 29, 6, 30, 15, 123);
    const id = uuidv7(at);
    expect(id).toMatch(SHAPE);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at);
  });

  it("never repeats across many draws of the random pool, and sorts by time", () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => uuidv7(1_800_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => SHAPE.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    // The same millisecond still gives different ids (the random part).
    const same = Array.from({ length: 600 }, () => uuidv7(1_800_000_000_000));
    expect(new Set(same).size).toBe(same.length);
  });
});
