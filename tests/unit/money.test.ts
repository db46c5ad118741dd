import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_PAISE,
  divideRoundHalfUp,
  formatInr,
  gstSplit,
  paiseToRupeesString,
  percentOf,
  rupeesToPaise,
} from "@/lib/domain/money";

const paiseArb = fc.bigInt({ min: 0n, max: MAX_PAISE });
const bpArb = fc.integer({ min: 0, max: 100_000 });

describe("rupeesToPaise", () => {
  it.each([
    ["1,23,456.78", 12_345_678n],
    ["123", 12_300n],
    ["₹ 99.5", 9_950n],
    ["₹99.50", 9_950n],
    ["  1,00,000  ", 10_000_000n],
    ["12,345", 1_234_500n],
    ["1,234.5", 123_450n],
    ["10,00,00,000.01", 10_000_000_001n],
    ["0", 0n],
    ["0.05", 5n],
    ["92233720368547758.07", MAX_PAISE],
  ])("%j → %s paise", (input, paise) => {
    expect(rupeesToPaise(input)).toBe(paise);
  });

  it.each([
    "",
    " ",
    "₹",
    "-5",
    "₹-5",
    "+5",
    "1.234",
    "1.",
    ".5",
    "1,234,567", // Western grouping
    "123,456",
    "12,34",
    "1,23,4567",
    ",123",
    "01",
    "00.5",
    "1e5",
    "0x10",
    "12 345",
    "abc",
    "Rs 5",
    "5 ₹",
    "1.2.3",
    "१२३", // Devanagari digits: the UI asks for Latin digits
    "92233720368547758.08", // beyond a Postgres BIGINT
  ])("%j is rejected with null", (input) => {
    expect(rupeesToPaise(input)).toBeNull();
  });

  it("property: never throws; any result is a storable non-negative amount", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const paise = rupeesToPaise(input);
        if (paise !== null) expect(paise >= 0n && paise <= MAX_PAISE).toBe(true);
      }),
    );
  });

  it("property: rupees and up to two decimals parse exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), (rupees, paise) => {
        expect(rupeesToPaise(`${rupees}.${String(paise).padStart(2, "0")}`)).toBe(rupees * 100n + BigInt(paise));
        if (paise % 10 === 0) expect(rupeesToPaise(`${rupees}.${paise / 10}`)).toBe(rupees * 100n + BigInt(paise));
      }),
    );
  });
});

describe("paiseToRupeesString and formatInr", () => {
  it.each([
    [0n, "0.00", "₹0.00"],
    [5n, "0.05", "₹0.05"],
    [100n, "1.00", "₹1.00"],
    [99_999n, "999.99", "₹999.99"],
    [100_000n, "1,000.00", "₹1,000.00"],
    [12_345_678n, "1,23,456.78", "₹1,23,456.78"],
    [1_234_567_800n, "1,23,45,678.00", "₹1,23,45,678.00"],
    [-12_345_678n, "-1,23,456.78", "-₹1,23,456.78"],
  ])("%s paise", (paise, rupees, inr) => {
    expect(paiseToRupeesString(paise)).toBe(rupees);
    expect(formatInr(paise, "en")).toBe(inr);
    expect(formatInr(paise, "hi")).toBe(inr); // Hindi keeps Latin digits
  });

  it("keeps every paisa of amounts beyond float precision", () => {
    const paise = 1_234_567_890_123_456_789n;
    expect(paiseToRupeesString(paise)).toBe("12,34,56,78,90,12,34,567.89");
    expect(formatInr(paise, "en")).toBe("₹12,34,56,78,90,12,34,567.89");
    expect(formatInr(MAX_PAISE, "hi")).toBe("₹92,23,37,20,36,85,47,758.07");
  });

  it("property: paise → string → paise round-trips", () => {
    fc.assert(
      fc.property(paiseArb, (paise) => {
        expect(rupeesToPaise(paiseToRupeesString(paise))).toBe(paise);
        expect(rupeesToPaise(formatInr(paise, "en"))).toBe(paise);
        expect(formatInr(paise, "hi")).toBe(formatInr(paise, "en"));
      }),
    );
  });
});

describe("percentOf", () => {
  it.each([
    [10_000_000n, 1800, 1_800_000n], // 18 % of ₹1,00,000
    [10_000_000n, 50, 50_000n], // 0.5 %
    [50n, 100, 1n], // 0.50 paisa rounds half up
    [49n, 100, 0n], // 0.49 paisa rounds down
    [150n, 100, 2n], // 1.5 → 2
    [101n, 500, 5n], // 5.05 → 5
    [12_345n, 0, 0n],
    [0n, 1800, 0n],
    [12_345n, 10_000, 12_345n],
  ])("%s paise × %s bp = %s", (paise, bp, expected) => {
    expect(percentOf(paise, bp)).toBe(expected);
  });

  it.each([
    [-1n, 100],
    [100n, -1],
    [100n, 1.5],
    [100n, Number.NaN],
  ])("rejects %s paise × %s bp", (paise, bp) => {
    expect(() => percentOf(paise, bp)).toThrow(RangeError);
  });

  it("divideRoundHalfUp rounds halves up and rejects a zero denominator", () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(7n, 3n)).toBe(2n);
    expect(divideRoundHalfUp(8n, 3n)).toBe(3n);
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it("property: result is the exact value rounded half up", () => {
    fc.assert(
      fc.property(paiseArb, bpArb, (paise, bp) => {
        const exactTimes10k = paise * BigInt(bp);
        const error = percentOf(paise, bp) * 10_000n - exactTimes10k;
        expect(error > -5_000n && error <= 5_000n).toBe(true);
      }),
    );
  });
});

describe("gstSplit", () => {
  it.each([
    [10_000_000n, 1800, true, { cgst: 900_000n, sgst: 900_000n, igst: 0n }],
    [10_000_000n, 1800, false, { cgst: 0n, sgst: 0n, igst: 1_800_000n }],
    [101n, 500, true, { cgst: 3n, sgst: 3n, igst: 0n }], // 2.525 paise at 2.5 % each → 3 and 3, never 3 and 2
    [101n, 500, false, { cgst: 0n, sgst: 0n, igst: 5n }],
    [10_000n, 25, true, { cgst: 13n, sgst: 13n, igst: 0n }], // 0.25 % slab: 12.5 paise each → 13
    [10_000n, 0, true, { cgst: 0n, sgst: 0n, igst: 0n }],
  ])("%s paise at %s bp, intra-state %s", (taxable, bp, intra, expected) => {
    expect(gstSplit(taxable, bp, intra)).toEqual(expected);
  });

  it("property: CGST = SGST exactly, and their sum is within a paisa of the whole rate's GST", () => {
    fc.assert(
      fc.property(paiseArb, bpArb, (taxable, bp) => {
        const total = percentOf(taxable, bp);
        const intra = gstSplit(taxable, bp, true);
        expect(intra.cgst).toBe(intra.sgst);
        const gap = intra.cgst + intra.sgst - total;
        expect(gap >= -1n && gap <= 1n).toBe(true);
        expect(intra.igst).toBe(0n);
        expect(gstSplit(taxable, bp, false)).toEqual({ cgst: 0n, sgst: 0n, igst: total });
      }),
    );
  });
});
