/**
 * Keyset cursors for lists ordered by a date column and the id (inspections by scheduled date,
 * bills by due date, supply orders by creation): an opaque URL-safe token of the last row's pair.
 * A malformed token means "first page", never an exception.
 */
export type DateKeyset = { at: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeDateCursor(row: DateKeyset): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeDateCursor(token: string | null | undefined): DateKeyset | null {
  if (!token || token.length > 100) return null;
  const [iso, id] = Buffer.from(token, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  return Number.isNaN(at.getTime()) || !UUID.test(id ?? "") ? null : { at, id };
}

/** "After this row" on `column` in the given direction (id breaks ties in the same direction). */
export function afterDateKeyset<C extends string>(column: C, cursor: DateKeyset | null, direction: "asc" | "desc") {
  if (!cursor) return {};
  const beyond = direction === "asc" ? "gt" : "lt";
  return {
    OR: [
      { [column]: { [beyond]: cursor.at } },
      { [column]: cursor.at, id: { [beyond]: cursor.id } },
    ],
  } as Record<string, unknown>;
}

export const PAGE_SIZE = 20;

/** Rows fetched with `take: PAGE_SIZE + 1`: the page, and the cursor of the next one if there is more. */
export function pageOf<T extends { id: string }>(rows: T[], at: (row: T) => Date) {
  const more = rows.length > PAGE_SIZE;
  const shown = more ? rows.slice(0, PAGE_SIZE) : rows;
  const last = shown[shown.length - 1];
  return { rows: shown, nextCursor: more && last ? encodeDateCursor({ at: at(last), id: last.id }) : null };
}
