/**
 * OCDS amounts are JSON numbers of rupees. Paise are converted through a decimal string
 * ("1234.05"), never by dividing a float by 100, so the number is the closest double to the exact
 * rupee amount and prints back as exactly that decimal (up to 2^53 paise, ₹90 lakh crore).
 */
export function paiseToRupees(paise: bigint): number {
  const sign = paise < 0n ? "-" : "";
  const magnitude = paise < 0n ? -paise : paise;
  return Number(`${sign}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, "0")}`);
}

export type OcdsValue = { amount: number; currency: "INR" };

export function inr(paise: bigint): OcdsValue {
  return { amount: paiseToRupees(paise), currency: "INR" };
}

/** A `@db.Date` (00:00 UTC of an Indian calendar day) as the end of that day in IST. */
export function istDayEnd(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T23:59:59+05:30`;
}

export function isoInstant(date: Date): string {
  return date.toISOString();
}
