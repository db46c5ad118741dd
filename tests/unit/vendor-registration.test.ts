import { describe, expect, it } from "vitest";
import { gstinCheckChar } from "@/lib/domain/identifiers";
import { isKnownGstStateCode, parseVendorRegistration, vendorChecks } from "@/lib/domain/vendor/registration";

const gstin = (state: string, pan: string) => {
  const body = `${state}${pan}1Z`;
  return body + gstinCheckChar(body);
};

const valid = {
  legalName: "Shree Ram Steel Works",
  contactName: "Ram Prasad Sahu",
  udyamNumber: "udyam-cg-14-0012345",
  enterpriseClass: "SMALL",
  gstin: gstin("22", "ABCDE1234F").toLowerCase(),
  pan: "abcde1234f",
  bankAccount: "1234 5678 9012",
  ifsc: "sbin0001234",
  districtId: "7",
  address: "Plot 12, Industrial Area, Urla",
  pincode: "493221",
  isSc: "on",
  email: "  Owner@Example.COM ",
  mobile: "+91 98765-43210",
  password: "correct horse battery",
  confirmPassword: "correct horse battery",
};

function problems(input: Record<string, unknown>) {
  const result = parseVendorRegistration(input);
  return result.success ? {} : Object.fromEntries(result.issues.map((i) => [i.path.join("."), i.message]));
}

describe("vendor registration form", () => {
  it("parses and normalises a valid registration", () => {
    const result = parseVendorRegistration(valid);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      udyamNumber: "UDYAM-CG-14-0012345",
      gstin: gstin("22", "ABCDE1234F"),
      pan: "ABCDE1234F",
      bankAccount: "123456789012",
      ifsc: "SBIN0001234",
      districtId: 7,
      isSc: true,
      isSt: false,
      isWomenOwned: false,
      email: "owner@example.com",
      mobile: "+919876543210",
    });
  });

  it.each([
    ["legalName", "AB", "errors.vendor.legalName"],
    ["contactName", "", "errors.required"],
    ["udyamNumber", "UDYAM-CG-1-0012345", "errors.udyam.format"],
    ["gstin", "22ABCDE1234F1Z", "errors.gstin.format"],
    ["pan", "ABCDE12345", "errors.pan.format"],
    ["bankAccount", "12345678", "errors.bankAccount.format"],
    ["bankAccount", "12345678901234567890", "errors.bankAccount.format"],
    ["ifsc", "SBIN1001234", "errors.ifsc.format"],
    ["districtId", "", "errors.required"],
    ["enterpriseClass", "LARGE", "errors.vendor.enterpriseClass"],
    ["districtId", "raipur", "errors.vendor.district"],
    ["address", "Urla", "errors.vendor.address"],
    ["pincode", "49322", "errors.pincode.format"],
    ["email", "owner@", "errors.email.format"],
    ["mobile", "5876543210", "errors.mobile.format"],
    ["password", "short", "errors.password.short"],
  ])("%s = %j → %s", (field, value, key) => {
    const found = problems({ ...valid, [field]: value });
    expect(found[field]).toBe(key);
    // Only that field is reported (the PAN/GSTIN cross-check needs both to parse).
    expect(Object.keys(found)).toEqual([field]);
  });

  it("reports a GSTIN with a wrong check character as a checksum error, not a format error", () => {
    const good = gstin("22", "ABCDE1234F");
    const wrongCheck = good.slice(0, 14) + (good[14] === "A" ? "B" : "A");
    expect(problems({ ...valid, gstin: wrongCheck })).toEqual({ gstin: "errors.gstin.checksum" });
  });

  it("refuses a GSTIN whose state code is not a GST state", () => {
    for (const state of ["00", "39", "96", "99"]) {
      expect(problems({ ...valid, gstin: gstin(state, "ABCDE1234F") })).toEqual({ gstin: "errors.gstin.stateCode" });
    }
  });

  it("accepts a GSTIN from another state (not local, but allowed to register)", () => {
    const result = parseVendorRegistration({ ...valid, gstin: gstin("27", "ABCDE1234F") });
    expect(result.success).toBe(true);
  });

  it("cross-checks the PAN against the GSTIN", () => {
    expect(problems({ ...valid, pan: "ABCDE1234G" })).toEqual({ pan: "errors.vendor.panMismatch" });
  });

  it("requires the password twice, the same", () => {
    expect(problems({ ...valid, confirmPassword: "correct horse batterY" })).toEqual({ confirmPassword: "errors.password.mismatch" });
  });

  it("reports every problem at once, cross-checks included", () => {
    const found = problems({ ...valid, legalName: "", pan: "ABCDE1234G", confirmPassword: "other", mobile: "12" });
    expect(found).toEqual({
      legalName: "errors.required",
      pan: "errors.vendor.panMismatch",
      confirmPassword: "errors.password.mismatch",
      mobile: "errors.mobile.format",
    });
  });

  it("treats every missing field as required (an empty form post)", () => {
    const found = problems({});
    for (const field of ["legalName", "udyamNumber", "gstin", "pan", "bankAccount", "ifsc", "districtId", "address", "pincode", "email", "mobile", "password"]) {
      expect(found[field], field).toBe("errors.required");
    }
    expect(found.isSc).toBeUndefined();
  });
});

describe("GST state codes", () => {
  it.each([
    ["01", true], ["22", true], ["27", true], ["38", true], ["97", true],
    ["00", false], ["39", false], ["96", false], ["99", false], ["2", false], ["AB", false],
  ])("%s → %s", (code, known) => {
    expect(isKnownGstStateCode(code)).toBe(known);
  });
});

describe("the approval queue's checks", () => {
  it("recognises a valid local GSTIN with its PAN", () => {
    expect(vendorChecks({ gstin: gstin("22", "ABCDE1234F"), pan: "ABCDE1234F", stateCode: "22" })).toEqual({
      gstinValid: true, panMatches: true, stateCode: "22", stateKnown: true, local: true,
    });
  });

  it("flags a PAN that differs, a bad check character, and a non-local state", () => {
    expect(vendorChecks({ gstin: gstin("27", "ABCDE1234F"), pan: "ZZZZZ9999Z", stateCode: "27" })).toMatchObject({
      gstinValid: true, panMatches: false, local: false,
    });
    const good = gstin("22", "ABCDE1234F");
    const bad = good.slice(0, 14) + (good[14] === "0" ? "1" : "0");
    expect(vendorChecks({ gstin: bad, pan: "ABCDE1234F", stateCode: "22" })).toMatchObject({ gstinValid: false, panMatches: false });
  });
});
