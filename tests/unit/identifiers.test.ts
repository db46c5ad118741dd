import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LOCAL_STATE_CODE,
  gstinCheckChar,
  gstinSchema,
  gstinStateCode,
  hsnSchema,
  ifscSchema,
  isLocalGstin,
  isValidGstin,
  isValidHsn,
  isValidIfsc,
  isValidPan,
  isValidPincode,
  isValidUdyam,
  mobileSchema,
  normaliseMobile,
  panFromGstin,
  panSchema,
  pincodeSchema,
  udyamSchema,
} from "@/lib/domain/identifiers";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const upper = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const digit = fc.constantFrom(..."0123456789");
const str = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.join(""));
const repeat = (a: fc.Arbitrary<string>, n: number) =>
  fc.array(a, { minLength: n, maxLength: n }).map((p) => p.join(""));
const panArb = str(repeat(upper, 5), repeat(digit, 4), upper);
const gstinArb = fc
  .tuple(repeat(digit, 2), panArb, fc.constantFrom(..."123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
  .map(([state, pan, entity]) => {
    const body = `${state}${pan}${entity}Z`;
    return { state, pan, gstin: body + gstinCheckChar(body) };
  });

function issueMessages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : result.error!.issues.map((i) => i.message);
}

describe("GSTIN", () => {
  // Check characters cross-checked with an independent implementation of the mod-36 rule.
  it.each([
    ["27AAPFU0939F1ZV", true],
    ["22AAACC1234D1ZM", true],
    ["22ABCDE1234F2Z9", true],
    ["09AAACH7409R1ZZ", true],
    [" 27aapfu0939f1zv ", true], // trimmed and upper-cased
    ["27AAPFU0939F1ZW", false], // wrong check character
    ["22AAACC1234D1ZN", false],
    ["27AAPFU0939F1Z", false], // 14 characters
    ["27AAPFU0939F1ZVV", false], // 16 characters
    ["27AAPFU0939F0ZV", false], // entity number 0 not allowed
    ["27AAPFU0939F1YV", false], // 14th must be Z
    ["2AAAPFU0939F1ZV", false],
    ["27AAPF10939F1ZV", false],
    ["", false],
  ])("isValidGstin(%j) = %s", (gstin, valid) => {
    expect(isValidGstin(gstin)).toBe(valid);
  });

  it("computes the check character from the first 14 characters", () => {
    expect(gstinCheckChar("27AAPFU0939F1Z")).toBe("V");
    expect(gstinCheckChar("27AAPFU0939F1ZV")).toBe("V");
    expect(() => gstinCheckChar("27AAPF")).toThrow(RangeError);
  });

  it.each([
    ["27AAPFU0939F1ZV", "27", "AAPFU0939F", false],
    ["22AAACC1234D1ZM", "22", "AAACC1234D", true],
    ["22aaacc1234d1zm", "22", "AAACC1234D", true],
    ["22AAACC1234D1ZN", null, null, false], // bad checksum: no state, not local
  ])("%s → state %s, PAN %s, local %s", (gstin, state, pan, local) => {
    expect(gstinStateCode(gstin)).toBe(state);
    expect(panFromGstin(gstin)).toBe(pan);
    expect(isLocalGstin(gstin)).toBe(local);
  });

  it("is local only for Chhattisgarh's code", () => {
    expect(LOCAL_STATE_CODE).toBe("22");
  });

  it("schema reports a format error or a checksum error, by key", () => {
    expect(gstinSchema.parse(" 27aapfu0939f1zv")).toBe("27AAPFU0939F1ZV");
    expect(issueMessages(gstinSchema.safeParse("27AAPFU0939F1ZW"))).toEqual(["errors.gstin.checksum"]);
    expect(issueMessages(gstinSchema.safeParse("27AAPFU0939"))).toEqual(["errors.gstin.format"]);
    expect(issueMessages(gstinSchema.safeParse(undefined))).toEqual(["errors.required"]);
  });

  it("property: a GSTIN built from any state, PAN and entity with its check character is valid", () => {
    fc.assert(
      fc.property(gstinArb, ({ state, pan, gstin }) => {
        expect(isValidGstin(gstin)).toBe(true);
        expect(gstinSchema.safeParse(gstin.toLowerCase()).success).toBe(true);
        expect(panFromGstin(gstin)).toBe(pan);
        expect(gstinStateCode(gstin)).toBe(state);
        expect(isLocalGstin(gstin)).toBe(state === "22");
      }),
    );
  });

  // Luhn mod 36 catches every single-character substitution (doubling permutes 0..35), so the
  // "almost always" of the brief is in fact "always".
  it("property: changing any one character of a valid GSTIN invalidates it", () => {
    fc.assert(
      fc.property(
        gstinArb,
        fc.nat(14),
        fc.constantFrom(...ALPHABET),
        ({ gstin }, position, replacement) => {
          fc.pre(gstin[position] !== replacement);
          const changed = gstin.slice(0, position) + replacement + gstin.slice(position + 1);
          expect(isValidGstin(changed)).toBe(false);
        },
      ),
    );
  });
});

describe("PAN, Udyam, IFSC, pincode, HSN", () => {
  it.each([
    [isValidPan, "AAPFU0939F", true],
    [isValidPan, " aapfu0939f ", true],
    [isValidPan, "AAPFU0939", false],
    [isValidPan, "AAPF10939F", false],
    [isValidPan, "AAPFU09391", false],
    [isValidUdyam, "UDYAM-CG-14-0001234", true],
    [isValidUdyam, "udyam-cg-14-0001234", true],
    [isValidUdyam, "UDYAM-CG-14-001234", false],
    [isValidUdyam, "UDYAM-C1-14-0001234", false],
    [isValidUdyam, "UDYAMCG140001234", false],
    [isValidIfsc, "SBIN0001234", true],
    [isValidIfsc, "hdfc0abc123", true],
    [isValidIfsc, "SBIN1001234", false], // fifth character must be 0
    [isValidIfsc, "SBIN000123", false],
    [isValidIfsc, "SBI00001234", false],
    [isValidPincode, "492001", true],
    [isValidPincode, " 492001 ", true],
    [isValidPincode, "092001", false],
    [isValidPincode, "49200", false],
    [isValidPincode, "4920011", false],
    [isValidPincode, "49200A", false],
    [isValidHsn, "8471", true],
    [isValidHsn, "847130", true],
    [isValidHsn, "84713010", true],
    [isValidHsn, "847", false],
    [isValidHsn, "84713", false],
    [isValidHsn, "8471301", false],
    [isValidHsn, "847130100", false],
    [isValidHsn, "84.71", false],
  ] as const)("%o(%j) = %s", (check, input, valid) => {
    expect(check(input)).toBe(valid);
  });

  it.each([
    [panSchema, " aapfu0939f", "AAPFU0939F", "errors.pan.format"],
    [udyamSchema, "udyam-cg-14-0001234 ", "UDYAM-CG-14-0001234", "errors.udyam.format"],
    [ifscSchema, "sbin0001234", "SBIN0001234", "errors.ifsc.format"],
    [pincodeSchema, " 492001", "492001", "errors.pincode.format"],
    [hsnSchema, "847130 ", "847130", "errors.hsn.format"],
  ] as const)("schema normalises valid input and reports %s by key", (schema, input, output, key) => {
    expect(schema.parse(input)).toBe(output);
    expect(issueMessages(schema.safeParse("x"))).toEqual([key]);
    expect(issueMessages(schema.safeParse(""))).toEqual([key]);
    expect(issueMessages(schema.safeParse(42))).toEqual(["errors.required"]);
  });
});

describe("mobile", () => {
  it.each([
    ["9876543210", "+919876543210"],
    ["+919876543210", "+919876543210"],
    ["919876543210", "+919876543210"],
    ["09876543210", "+919876543210"],
    [" +91 98765-43210 ", "+919876543210"],
    ["6000000000", "+916000000000"],
    ["5876543210", null], // mobiles start with 6–9
    ["987654321", null],
    ["98765432101", null],
    ["+929876543210", null],
    ["+91 5876543210", null],
    ["98765abcde", null],
    ["", null],
  ])("normaliseMobile(%j) = %s", (input, e164) => {
    expect(normaliseMobile(input)).toBe(e164);
  });

  it("schema transforms to E.164 and reports errors.mobile.format", () => {
    expect(mobileSchema.parse("098765 43210")).toBe("+919876543210");
    expect(issueMessages(mobileSchema.safeParse("12345"))).toEqual(["errors.mobile.format"]);
    expect(issueMessages(mobileSchema.safeParse(null))).toEqual(["errors.required"]);
  });

  it("property: every accepted spelling of a number normalises to the same E.164", () => {
    const subscriber = str(fc.constantFrom(..."6789"), repeat(digit, 9));
    fc.assert(
      fc.property(subscriber, fc.constantFrom("", "0", "91", "+91", "+91 "), (number, prefix) => {
        expect(normaliseMobile(prefix + number)).toBe(`+91${number}`);
      }),
    );
  });
});
