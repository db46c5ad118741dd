/**
 * Free text written by people (rejection reasons, remarks) is shown publicly; whatever someone
 * typed into it, e-mail addresses, phone numbers and account-like digit runs are masked first.
 * Public output never carries the structured personal fields at all (see lib/queries/public-order.ts).
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Indian mobiles with or without +91/0 and spaces or hyphens, and any run of 9+ digits (bank accounts, Aadhaar).
const PHONE = /(?:\+?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}\b/g;
const LONG_DIGITS = /\d(?:[\s-]?\d){8,}/g;
const PAN = /\b[A-Z]{5}\d{4}[A-Z]\b/g;

export const REDACTED = "[…]";

export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED).replace(LONG_DIGITS, REDACTED).replace(PAN, REDACTED);
}
