/**
 * Inserts rows into several tables in ONE statement (a chain of data-modifying CTEs, each table's
 * rows passed as one JSON parameter), for the few steps that write a handful of related rows while
 * holding a lock every other transaction of their kind waits for (placing an order: docs/
 * performance.md §3). Ids must be in the rows (lib/ids.ts): nothing is read back.
 *
 * Columns are the keys a row carries (an undefined value counts as absent); an absent column gets
 * its database default. Values travel as JSON: bigint as a decimal string, Date as its ISO instant (a
 * `timestamp` column keeps the UTC wall-clock time, as Prisma stores it), Json columns as JSON.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/prisma-client";

type Inputs = {
  PurchaseOrder: Prisma.PurchaseOrderCreateManyInput;
  PurchaseOrderLine: Prisma.PurchaseOrderLineCreateManyInput;
  SupplyOrder: Prisma.SupplyOrderCreateManyInput;
  SupplyOrderLine: Prisma.SupplyOrderLineCreateManyInput;
  Notification: Prisma.NotificationCreateManyInput;
  Document: Prisma.DocumentCreateManyInput;
  AuditEvent: Prisma.AuditEventCreateManyInput;
};

export type RowsOf = { [T in keyof Inputs]: { table: T; rows: readonly Inputs[T][] } }[keyof Inputs];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function insertRows(tx: Tx, inserts: readonly RowsOf[]): Promise<void> {
  const values: string[] = [];
  const ctes: string[] = [];
  for (const { table, rows } of inserts) {
    // Rows are grouped by the columns they carry, so a column a row leaves out gets its default.
    const groups = new Map<string, unknown[]>();
    for (const row of rows) {
      const columns = Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined).map(quote).join(", ");
      groups.set(columns, [...(groups.get(columns) ?? []), row]);
    }
    for (const [columns, group] of groups) {
      values.push(JSON.stringify(group, (_key, value) => (typeof value === "bigint" ? value.toString() : value)));
      ctes.push(`w${values.length} AS (INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quote(table)}, $${values.length}::jsonb))`);
    }
  }
  if (ctes.length === 0) return;
  await tx.$executeRawUnsafe(`WITH ${ctes.join(", ")} SELECT 1`, ...values);
}
