import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateIst, formatDateTimeIst, formatNumberIndian } from "@/lib/domain/format";

describe("formatNumberIndian", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [100000, "1,00,000"],
    [12345678, "1,23,45,678"],
    [-12345678, "-1,23,45,678"],
    [12345678n, "1,23,45,678"],
    [10n ** 15n, "1,00,00,00,00,00,00,000"],
    [9_007_199_254_740_993n, "9,00,71,99,25,47,40,993"], // beyond float precision, exact
  ])("%s → %s", (n, expected) => {
    expect(formatNumberIndian(n)).toBe(expected);
  });

  it("property: only the commas are added", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (n) => {
        const formatted = formatNumberIndian(n);
        expect(formatted.replaceAll(",", "")).toBe(n.toString());
        expect(formatted).toMatch(/^(?:\d{1,3}|\d{1,2}(?:,\d{2})*,\d{3})$/);
      }),
    );
  });
});

describe("dates in Asia/Kolkata", () => {
  // 20:00 UTC on 4 March is 01:30 IST on 5 March: the IST calendar day is shown.
  const lateEveningUtc = new Date("2026-03-04T20:00:00Z");

  it.each([
    [new Date("2026-03-04T18:29:59Z"), "4 Mar 2026"],
    [new Date("2026-03-04T18:30:00Z"), "5 Mar 2026"],
    [lateEveningUtc, "5 Mar 2026"],
    [new Date("2025-12-31T18:30:00Z"), "1 Jan 2026"],
  ])("formatDateIst(%s, en) = %s", (date, expected) => {
    expect(formatDateIst(date, "en")).toBe(expected);
  });

  it("formats date and time in English", () => {
    expect(formatDateTimeIst(lateEveningUtc, "en")).toBe("5 Mar 2026, 1:30 am");
    expect(formatDateTimeIst(new Date("2026-03-05T08:45:00Z"), "en")).toBe("5 Mar 2026, 2:15 pm");
  });

  it("formats in Hindi with Devanagari month names and Latin digits", () => {
    const date = formatDateIst(lateEveningUtc, "hi");
    expect(date).toMatch(/^5 [\u0900-\u097F]+\S* 2026$/);
    expect(formatDateTimeIst(lateEveningUtc, "hi")).toMatch(/^5 \S+ 2026, 1:30/);
  });

  it("rejects an invalid date", () => {
    expect(() => formatDateIst(new Date("nope"), "en")).toThrow(RangeError);
  });
});
