/**
 * The vendor self-registration form (DOMAIN.md "Vendor onboarding", "Identifiers"): what an MSE
 * types, parsed and cross-checked. Every problem is reported on its own field as a message key.
 * Pure: whether the GSTIN, Udyam number, e-mail or mobile is already registered is the service's
 * job (it needs the database).
 */
import { z } from "zod";
import {
  gstinSchema,
  ifscSchema,
  isValidGstin,
  LOCAL_STATE_CODE,
  mobileSchema,
  panFromGstin,
  panSchema,
  pincodeSchema,
  udyamSchema,
} from "@/lib/domain/identifiers";
import { enterpriseClassField } from "@/lib/domain/vendor/enterprise";
import { checkbox, parseForm, parsed, text, type FormIssue } from "@/lib/domain/catalogue/form-fields";

/** Minimum password length for vendor accounts (NIST SP 800-63B asks for at least 8; we ask 10). */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * GST state codes in use: 01–38 (states and union territories, 38 = Ladakh) and 97 (other
 * territory). 99 (centre jurisdiction) is never a supplier's registration.
 */
export function isKnownGstStateCode(code: string): boolean {
  if (!/^\d{2}$/.test(code)) return false;
  const n = Number(code);
  return (n >= 1 && n <= 38) || n === 97;
}

// Indian bank account numbers are 9 to 18 digits; people type them in groups with spaces.
function bankAccount(value: string): string | null {
  const digits = value.replace(/[\s-]/g, "");
  return /^\d{9,18}$/.test(digits) ? digits : null;
}

const districtId = parsed((value) => (/^\d{1,4}$/.test(value) && Number(value) > 0 ? Number(value) : null), "errors.vendor.district");

const registrationShape = {
  legalName: text(3, 200, "errors.vendor.legalName"),
  contactName: text(2, 100, "errors.vendor.contactName"),
  udyamNumber: udyamSchema,
  enterpriseClass: enterpriseClassField,
  gstin: gstinSchema.refine((gstin) => isKnownGstStateCode(gstin.slice(0, 2)), { error: "errors.gstin.stateCode" }),
  pan: panSchema,
  bankAccount: parsed(bankAccount, "errors.bankAccount.format"),
  ifsc: ifscSchema,
  districtId,
  address: text(10, 500, "errors.vendor.address"),
  pincode: pincodeSchema,
  isSc: checkbox,
  isSt: checkbox,
  isWomenOwned: checkbox,
  email: z
    .string({ error: "errors.required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "errors.required", abort: true })
    .max(254, { error: "errors.email.format" })
    .pipe(z.email({ error: "errors.email.format" })),
  mobile: mobileSchema,
  password: z
    .string({ error: "errors.required" })
    .min(1, { error: "errors.required", abort: true })
    .min(PASSWORD_MIN_LENGTH, { error: "errors.password.short" })
    .max(200, { error: "errors.password.weak" }),
  confirmPassword: z.string({ error: "errors.required" }),
};

/**
 * Parses the form and cross-checks it: the PAN must be the one inside the GSTIN, and the password
 * must be typed the same twice.
 */
export function parseVendorRegistration(input: unknown) {
  return parseForm(registrationShape, input, (form) => {
    const issues: FormIssue[] = [];
    if (form.pan !== undefined && form.gstin !== undefined && form.pan !== panFromGstin(form.gstin)) {
      issues.push({ path: ["pan"], message: "errors.vendor.panMismatch" });
    }
    if (form.password !== undefined && form.confirmPassword !== undefined && form.password !== form.confirmPassword) {
      issues.push({ path: ["confirmPassword"], message: "errors.password.mismatch" });
    }
    return issues;
  });
}

export type VendorRegistration = z.output<z.ZodObject<typeof registrationShape>>;

/** Field names of the form, in the order the page shows them (and the order errors are read). */
export const REGISTRATION_FIELDS = Object.keys(registrationShape) as (keyof VendorRegistration)[];

/**
 * The checks shown beside each vendor in the admin's approval queue, recomputed from the stored
 * identifiers (not trusted from the registration), so a row edited later is checked again.
 */
export function vendorChecks(vendor: { gstin: string; pan: string; stateCode: string }) {
  const gstinValid = isValidGstin(vendor.gstin);
  return {
    gstinValid,
    panMatches: gstinValid && panFromGstin(vendor.gstin) === vendor.pan,
    stateCode: vendor.stateCode,
    stateKnown: isKnownGstStateCode(vendor.stateCode),
    local: vendor.stateCode === LOCAL_STATE_CODE,
  };
}

export type VendorChecks = ReturnType<typeof vendorChecks>;
