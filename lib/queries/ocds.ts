import "server-only";
// The public read side: a replica when one is configured (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";
import { publicBaseUrl } from "@/lib/documents/urls";
import { DEFAULT_OCID_PREFIX, toRelease, type OcdsOptions } from "@/lib/ocds/release";
import { afterKeyset, decodeCursor, encodeCursor, KEYSET_ORDER } from "./cursor";
import { loadPublicOrders } from "./public-order";

export function ocdsOptions(): OcdsOptions {
  return { ocidPrefix: process.env.OCDS_OCID_PREFIX ?? DEFAULT_OCID_PREFIX, baseUrl: publicBaseUrl() };
}

export const OCDS_PAGE_SIZE = 100;
export const OCDS_MAX_PAGE_SIZE = 1_000;
const CHUNK = 25;

/**
 * One page of the bulk export: the purchase orders after `cursor`, newest first (keyset on
 * createdAt desc, id). The page's ids and next cursor are known before any release is built, so
 * the route can send the Link header first and then stream the releases chunk by chunk.
 * Returns null for a malformed cursor.
 */
export async function ocdsPage(cursor: string | null, limit = OCDS_PAGE_SIZE) {
  const after = cursor ? decodeCursor(cursor) : null;
  if (cursor && !after) return null;
  const rows = await db.purchaseOrder.findMany({
    where: afterKeyset(after),
    orderBy: KEYSET_ORDER,
    take: limit + 1,
    select: { id: true, createdAt: true },
  });
  const page = rows.slice(0, limit);
  const options = ocdsOptions();
  return {
    count: page.length,
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    async *releases() {
      for (let i = 0; i < page.length; i += CHUNK) {
        const orders = await loadPublicOrders(page.slice(i, i + CHUNK).map((r) => r.id));
        yield orders.map((o) => toRelease(o, options));
      }
    },
  };
}

/** The release of one purchase order, by its number; null when there is none. */
export async function ocdsReleaseFor(number: string) {
  const found = await db.purchaseOrder.findUnique({ where: { number }, select: { id: true } });
  if (!found) return null;
  const [order] = await loadPublicOrders([found.id]);
  return order ? toRelease(order, ocdsOptions()) : null;
}
