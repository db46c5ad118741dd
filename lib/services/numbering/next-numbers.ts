import type { Tx } from "@/lib/prisma-client";
import { documentNumber, financialYearOf, type DocumentSeries } from "@/lib/domain/purchase-order/numbering";

/**
 * Reserves `count` consecutive numbers of a series for the financial year of `at`, inside the
 * caller's transaction. The counter row stays locked until that transaction ends, so call this
 * late (just before the audit event), and a rollback gives the numbers back: the public register
 * never shows a gap that looks like a deleted order (docs/adr/0005-allocation-and-budget.md).
 */
export async function nextDocumentNumbers(tx: Tx, series: DocumentSeries, at: Date, count = 1): Promise<string[]> {
  if (count === 0) return [];
  const financialYear = financialYearOf(at);
  const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "DocumentCounter" ("series", "financialYear", "value") VALUES (${series}, ${financialYear}, ${count})
    ON CONFLICT ("series", "financialYear") DO UPDATE SET "value" = "DocumentCounter"."value" + ${count}
    RETURNING "value"`;
  return Array.from({ length: count }, (_, i) => documentNumber(series, financialYear, value - count + 1 + i));
}
