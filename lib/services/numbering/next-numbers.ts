import type { Tx } from "@/lib/prisma-client";
import { documentNumber, financialYearOf, type DocumentSeries } from "@/lib/domain/purchase-order/numbering";

/**
 * Reserves consecutive numbers of one or more series for the financial year of `at`, in one
 * statement inside the caller's transaction. The counter rows stay locked until that transaction
 * ends — every other transaction numbering the same series waits — so call this as late as
 * possible, with everything that does not need the numbers done before; a rollback gives the
 * numbers back, so the public register never shows a gap that looks like a deleted order
 * (docs/adr/0005-allocation-and-budget.md). Series are locked in name order, so two transactions
 * wanting the same series never wait for each other in a circle.
 */
export async function reserveDocumentNumbers(tx: Tx, at: Date, counts: Partial<Record<DocumentSeries, number>>): Promise<Record<DocumentSeries, string[]>> {
  const numbers: Record<DocumentSeries, string[]> = { PO: [], SO: [], BILL: [], INC: [] };
  const series = (Object.keys(counts) as DocumentSeries[]).filter((s) => (counts[s] ?? 0) > 0).sort();
  if (series.length === 0) return numbers;
  const financialYear = financialYearOf(at);
  const rows = await tx.$queryRaw<{ series: DocumentSeries; value: number }[]>`
    INSERT INTO "DocumentCounter" ("series", "financialYear", "value")
    SELECT s, ${financialYear}, n FROM unnest(${series}::text[], ${series.map((s) => counts[s]!)}::int[]) WITH ORDINALITY AS t(s, n, i)
     ORDER BY i
    ON CONFLICT ("series", "financialYear") DO UPDATE SET "value" = "DocumentCounter"."value" + EXCLUDED."value"
    RETURNING "series", "value"`;
  for (const { series: s, value } of rows) {
    const count = counts[s]!;
    numbers[s] = Array.from({ length: count }, (_, i) => documentNumber(s, financialYear, value - count + 1 + i));
  }
  return numbers;
}

/** `count` numbers of one series; see reserveDocumentNumbers. */
export async function nextDocumentNumbers(tx: Tx, series: DocumentSeries, at: Date, count = 1): Promise<string[]> {
  return (await reserveDocumentNumbers(tx, at, { [series]: count }))[series];
}
