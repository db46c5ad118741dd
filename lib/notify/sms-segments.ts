/**
 * How many SMS parts a text costs. A text entirely in the GSM 03.38 alphabet is sent as GSM-7
 * (160 septets, or 153 per part once split, the rest carrying the concatenation header); any
 * other character — every Devanagari letter, and also "₹" — forces UCS-2 (70 UTF-16 units, or
 * 67 per part). Characters of the extension table (€, [, ] …) cost two septets.
 */
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = "^{}\\[~]|€\f";

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export type SmsEncoding = "GSM-7" | "UCS-2";

export type SmsSize = {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
};

export function smsSegments(text: string): SmsSize {
  let septets = 0;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extension.has(ch)) septets += 2;
    else return size("UCS-2", text.length, 70, 67);
  }
  return size("GSM-7", septets, 160, 153);
}

function size(encoding: SmsEncoding, units: number, single: number, perPart: number): SmsSize {
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / perPart);
  return { encoding, units, segments };
}
