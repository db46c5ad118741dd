import { describe, expect, it } from "vitest";
import { smsSegments } from "@/lib/notify/sms-segments";

describe("smsSegments", () => {
  it.each([
    ["", "GSM-7", 0, 0],
    ["a".repeat(160), "GSM-7", 160, 1],
    ["a".repeat(161), "GSM-7", 161, 2],
    ["a".repeat(306), "GSM-7", 306, 2],
    ["a".repeat(307), "GSM-7", 307, 3],
    // Extension-table characters cost two septets each.
    ["€".repeat(80), "GSM-7", 160, 1],
    ["[".repeat(81), "GSM-7", 162, 2],
    // One character outside GSM-7 turns the whole text into UCS-2.
    ["a".repeat(69) + "₹", "UCS-2", 70, 1],
    ["a".repeat(70) + "₹", "UCS-2", 71, 2],
    ["क".repeat(134), "UCS-2", 134, 2],
    ["क".repeat(135), "UCS-2", 135, 3],
  ] as const)("%#: %j", (text, encoding, units, segments) => {
    expect(smsSegments(text)).toEqual({ encoding, units, segments });
  });

  it("counts characters outside the BMP as two UTF-16 units", () => {
    expect(smsSegments("🙂")).toEqual({ encoding: "UCS-2", units: 2, segments: 1 });
  });

  it("treats GSM-7 accented letters as one septet", () => {
    expect(smsSegments("Ça coûte 5 € à Zürich")).toMatchObject({ encoding: "UCS-2" }); // û is not GSM-7
    expect(smsSegments("Ç é ü ñ à ß")).toEqual({ encoding: "GSM-7", units: 11, segments: 1 });
  });
});
