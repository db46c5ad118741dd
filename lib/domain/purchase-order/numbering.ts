/**
 * Document numbers: "PO/2026-27/000001" for purchase orders, "SO/…" for supply orders, "BILL/…"
 * for bills, "INC/…" for incidents. The running number restarts every Indian financial year (1 April to 31 March, on
 * India's calendar). Pure: the counter lives in the database (lib/services/numbering).
 */
const IST_OFFSET_MS = 330 * 60_000;

/** "2026-27" for any instant from 1 April 2026 00:00 IST to 31 March 2027 23:59 IST. */
export function financialYearOf(at: Date): string {
  const ist = new Date(at.getTime() + IST_OFFSET_MS);
  const year = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

export type DocumentSeries = "PO" | "SO" | "BILL" | "INC";

export function documentNumber(series: DocumentSeries, financialYear: string, value: number): string {
  return `${series}/${financialYear}/${String(value).padStart(6, "0")}`;
}
