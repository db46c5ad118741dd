/**
 * Keyset cursors for lists ordered by (createdAt desc, id asc): an opaque, URL-safe token of the
 * last row's createdAt and id. A malformed token decodes to null (the caller starts at page one
 * or answers 400), never to an exception.
 */
export type Keyset = { createdAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(row: Keyset): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(token: string | null | undefined): Keyset | null {
  if (!token || token.length > 100) return null;
  const [iso, id] = Buffer.from(token, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (Number.isNaN(createdAt.getTime()) || !UUID.test(id ?? "")) return null;
  return { createdAt, id };
}

/**
 * The Prisma condition "after this row" in (createdAt desc, id asc) order. The redundant
 * `createdAt <= c` lets Postgres start the index range scan at the cursor instead of filtering
 * from the top (Prisma cannot express the row comparison (createdAt, id) directly).
 */
export function afterKeyset(k: Keyset | null) {
  if (!k) return {};
  return {
    createdAt: { lte: k.createdAt },
    OR: [{ createdAt: { lt: k.createdAt } }, { createdAt: k.createdAt, id: { gt: k.id } }],
  };
}

export const KEYSET_ORDER = [{ createdAt: "desc" as const }, { id: "asc" as const }];
