/**
 * Money is integer paise held as `bigint` (DOMAIN.md): no floating point anywhere in this file.
 *
 * Rates are integer basis points (1 % = 100 bp; 18 % GST = 1800 bp; 0.25 % GST = 25 bp), which
 * represents every GST slab, the LD and TDS rates and 3 × bank rate exactly.
 */
import { intlLocale, type UiLocale } from "@/lib/domain/format";

/** Largest amount a Postgres BIGINT column holds; anything bigger cannot be stored. */
export const MAX_PAISE = 9_223_372_036_854_775_807n;

// Integer rupees: plain digits without leading zeros, or Indian grouping (1,23,456). Western
// grouping ("1,234,567") is rejected rather than guessed at, because a misplaced comma in an
// amount is more likely a typo than a convention.
const RUPEES_PATTERN = /^(?:₹\s*)?(0|[1-9]\d*|[1-9]\d?(?:,\d{2})*,\d{3})(?:\.(\d{1,2}))?$/;

/**
 * Parses what a person types as a rupee amount ("1,23,456.78", "123", "₹ 99.5") into paise.
 * Returns null (never throws) on anything else — negatives, more than two decimals, exponents,
 * "5." or ".5", misplaced commas, amounts beyond MAX_PAISE — because bad input here is an
 * ordinary form error the caller reports next to the field, not an exceptional condition.
 */
export function rupeesToPaise(input: string): bigint | null {
  const match = RUPEES_PATTERN.exec(input.trim());
  if (!match) return null;
  const rupees = BigInt(match[1].replaceAll(",", ""));
  const paise = BigInt((match[2] ?? "").padEnd(2, "0"));
  const total = rupees * 100n + paise;
  return total <= MAX_PAISE ? total : null;
}

function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ",");
  return `${head},${digits.slice(-3)}`;
}

function splitPaise(paise: bigint): { sign: string; rupees: bigint; fraction: string } {
  const magnitude = paise < 0n ? -paise : paise;
  return {
    sign: paise < 0n ? "-" : "",
    rupees: magnitude / 100n,
    fraction: (magnitude % 100n).toString().padStart(2, "0"),
  };
}

/** "1,23,456.78" — always two decimals, Indian grouping, no symbol; rupeesToPaise reads it back. */
export function paiseToRupeesString(paise: bigint): string {
  const { sign, rupees, fraction } = splitPaise(paise);
  return `${sign}${groupIndian(rupees.toString())}.${fraction}`;
}

const inrFormatters: Record<UiLocale, Intl.NumberFormat> = {
  en: inrFormatter("en"),
  hi: inrFormatter("hi"),
};

function inrFormatter(locale: UiLocale): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "INR",
    numberingSystem: "latn",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/**
 * "₹1,23,456.78" in either UI language. Intl is given the amount as an exact decimal string (not
 * a Number), so crores of crores keep every paisa.
 */
export function formatInr(paise: bigint, locale: UiLocale): string {
  const { sign, rupees, fraction } = splitPaise(paise);
  // TS types only `${number}` as a numeric string; this template is one by construction.
  const amount = `${sign}${rupees}.${fraction}` as Intl.StringNumericLiteral;
  return inrFormatters[locale].format(amount);
}

function assertBasisPoints(basisPoints: number): bigint {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new RangeError(`basis points must be a non-negative integer, got ${basisPoints}`);
  }
  return BigInt(basisPoints);
}

/** numerator / denominator rounded half up (x.5 → x+1); both non-negative, denominator > 0. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) {
    throw new RangeError("divideRoundHalfUp takes a non-negative numerator and positive denominator");
  }
  return (2n * numerator + denominator) / (2n * denominator);
}

/** basisPoints/10 000 of an amount, rounded half up to the paisa (once, at the end). */
export function percentOf(paise: bigint, basisPoints: number): bigint {
  if (paise < 0n) throw new RangeError("percentOf takes a non-negative amount");
  return divideRoundHalfUp(paise * assertBasisPoints(basisPoints), 10_000n);
}

export interface GstSplit {
  cgst: bigint;
  sgst: bigint;
  igst: bigint;
}

/**
 * GST on a taxable value. Intra-state, CGST and SGST are each half the rate on the same value,
 * rounded the same way, so they are always equal (₹1.01 at 5 %: 2.525 paise → 3 paise each; the
 * pair may then differ by a paisa from IGST on the same value, as two taxes levied separately do).
 */
export function gstSplit(taxablePaise: bigint, gstRateBp: number, intraState: boolean): GstSplit {
  if (taxablePaise < 0n) throw new RangeError("gstSplit takes a non-negative amount");
  const rate = assertBasisPoints(gstRateBp);
  if (!intraState) return { cgst: 0n, sgst: 0n, igst: percentOf(taxablePaise, gstRateBp) };
  const half = divideRoundHalfUp(taxablePaise * rate, 20_000n);
  return { cgst: half, sgst: half, igst: 0n };
}
