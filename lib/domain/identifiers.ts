/**
 * Indian business identifiers (DOMAIN.md "Identifiers"). Pure: no I/O.
 *
 * Every predicate normalises its input the same way its zod schema does (trim; upper-case where
 * the identifier is alphabetic), so a value that passes `isValidX` also passes `xSchema` and vice
 * versa. Schema errors are message keys (`errors.<field>.<problem>`); the UI translates them.
 */
import { z } from "zod";

/** Chhattisgarh's GST state code: the reserved-item rule allocates only to GSTINs starting with it. */
export const LOCAL_STATE_CODE = "22";

const GSTIN_PATTERN = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
const PAN_PATTERN = /^[A-Z]{5}\d{4}[A-Z]$/;
const UDYAM_PATTERN = /^UDYAM-[A-Z]{2}-\d{2}-\d{7}$/;
const IFSC_PATTERN = /^[A-Z]{4}0[A-Z0-9]{6}$/;
const MOBILE_PATTERN = /^(?:\+91|91|0)?([6-9]\d{9})$/;
const PINCODE_PATTERN = /^[1-9]\d{5}$/;
const HSN_PATTERN = /^(?:\d{4}|\d{6}|\d{8})$/;

const GSTIN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function normaliseIdentifier(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * The GSTIN check character for the first 14 characters of `gstin` (Luhn mod 36: weights 1, 2,
 * 1, 2… from index 0; each product contributes quotient + remainder by 36). Because doubling is a
 * permutation of 0..35 under that digit sum, any single-character substitution changes the check.
 */
export function gstinCheckChar(gstin: string): string {
  const body = normaliseIdentifier(gstin);
  if (!/^[0-9A-Z]{14}/.test(body)) throw new RangeError("gstinCheckChar needs 14 characters from 0-9A-Z");
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = GSTIN_ALPHABET.indexOf(body[i]);
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GSTIN_ALPHABET.charAt((36 - (sum % 36)) % 36);
}

function hasGstinFormat(gstin: string): boolean {
  return GSTIN_PATTERN.test(gstin);
}

function hasGstinCheckChar(gstin: string): boolean {
  return gstinCheckChar(gstin) === gstin.charAt(14);
}

export function isValidGstin(input: string): boolean {
  const gstin = normaliseIdentifier(input);
  return hasGstinFormat(gstin) && hasGstinCheckChar(gstin);
}

/** Two-digit state code, or null when the GSTIN is not valid (never trust a half-valid one). */
export function gstinStateCode(input: string): string | null {
  return isValidGstin(input) ? normaliseIdentifier(input).slice(0, 2) : null;
}

/** Characters 3–12 of a GSTIN are the holder's PAN; null when the GSTIN is not valid. */
export function panFromGstin(input: string): string | null {
  return isValidGstin(input) ? normaliseIdentifier(input).slice(2, 12) : null;
}

export function isLocalGstin(input: string): boolean {
  return gstinStateCode(input) === LOCAL_STATE_CODE;
}

export function isValidPan(input: string): boolean {
  return PAN_PATTERN.test(normaliseIdentifier(input));
}

export function isValidUdyam(input: string): boolean {
  return UDYAM_PATTERN.test(normaliseIdentifier(input));
}

export function isValidIfsc(input: string): boolean {
  return IFSC_PATTERN.test(normaliseIdentifier(input));
}

/**
 * An Indian mobile number as E.164 (`+91XXXXXXXXXX`), or null. Spaces and hyphens are dropped
 * first because people type numbers the way they are printed ("+91 98765-43210").
 */
export function normaliseMobile(input: string): string | null {
  const match = MOBILE_PATTERN.exec(input.replace(/[\s-]/g, ""));
  return match ? `+91${match[1]}` : null;
}

export function isValidPincode(input: string): boolean {
  return PINCODE_PATTERN.test(input.trim());
}

export function isValidHsn(input: string): boolean {
  return HSN_PATTERN.test(input.trim());
}

// Non-string input (missing form field) is "required", not a format error of the field.
const text = () => z.string({ error: "errors.required" }).trim();
const upperText = () => text().toUpperCase();

export const gstinSchema = upperText()
  // abort: a malformed GSTIN should report only the format error, not a checksum error too.
  .regex(GSTIN_PATTERN, { error: "errors.gstin.format", abort: true })
  .refine(hasGstinCheckChar, { error: "errors.gstin.checksum" });

export const panSchema = upperText().regex(PAN_PATTERN, { error: "errors.pan.format" });
export const udyamSchema = upperText().regex(UDYAM_PATTERN, { error: "errors.udyam.format" });
export const ifscSchema = upperText().regex(IFSC_PATTERN, { error: "errors.ifsc.format" });
export const pincodeSchema = text().regex(PINCODE_PATTERN, { error: "errors.pincode.format" });
export const hsnSchema = text().regex(HSN_PATTERN, { error: "errors.hsn.format" });

/** Parses any accepted spelling and outputs E.164, the only form stored. */
export const mobileSchema = z.string({ error: "errors.required" }).transform((value, ctx) => {
  const e164 = normaliseMobile(value);
  if (e164 === null) {
    ctx.issues.push({ code: "custom", message: "errors.mobile.format", input: value });
    return z.NEVER;
  }
  return e164;
});
