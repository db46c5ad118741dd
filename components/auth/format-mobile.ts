/** "+919876500001" → "+91 98765 00001", the way numbers are printed and read aloud in India. */
export function formatMobile(e164: string): string {
  return /^\+91\d{10}$/.test(e164) ? `+91 ${e164.slice(3, 8)} ${e164.slice(8)}` : e164;
}
