import { publicBaseUrl } from "@/lib/documents/urls";
import { exportsBusy, streamHoldingSlot, takeExportSlot } from "@/lib/http/export-slots";
import { packageMetadata, streamReleasePackage } from "@/lib/ocds/package";
import { OCDS_MAX_PAGE_SIZE, OCDS_PAGE_SIZE, ocdsPage } from "@/lib/queries/ocds";

export const dynamic = "force-dynamic";

/**
 * GET /api/ocds/releases[?cursor=…&limit=…] — the bulk export: an OCDS 1.1 release package of up
 * to `limit` purchase orders (default 100, at most 1,000), newest first, streamed. The next page
 * is in the `Link: <…>; rel="next"` header (OCDS 1.1 packages have no field for it); no header on
 * the last page. 400 for a malformed cursor or limit; 404 when there are no orders at all (a
 * package must hold at least one release).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const limitParam = url.searchParams.get("limit");
  const limit = limitParam === null ? OCDS_PAGE_SIZE : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > OCDS_MAX_PAGE_SIZE) return Response.json({ error: "limit must be 1 to 1000" }, { status: 400 });
  // One of a few export slots (lib/http/export-slots.ts), held until the package is sent.
  const release = takeExportSlot();
  if (!release) return exportsBusy();
  let page: Awaited<ReturnType<typeof ocdsPage>>;
  try {
    page = await ocdsPage(url.searchParams.get("cursor"), limit);
  } catch (error) {
    release();
    throw error;
  }
  if (!page || page.count === 0) {
    release();
    return page ? Response.json({ error: "no releases" }, { status: 404 }) : Response.json({ error: "invalid cursor" }, { status: 400 });
  }

  const baseUrl = publicBaseUrl();
  const self = `${baseUrl}/api/ocds/releases${url.search}`;
  const meta = packageMetadata({ uri: self, baseUrl, publishedDate: new Date() });
  const encoder = new TextEncoder();
  const chunks = streamReleasePackage(meta, page.releases());
  const body = streamHoldingSlot(
    release,
    async () => {
      const { value, done } = await chunks.next();
      return done ? null : encoder.encode(value);
    },
    () => chunks.return(undefined),
  );
  const headers = new Headers({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=60" });
  if (page.nextCursor) {
    const next = new URLSearchParams({ cursor: page.nextCursor, ...(limitParam ? { limit: String(limit) } : {}) });
    headers.set("Link", `<${baseUrl}/api/ocds/releases?${next}>; rel="next"`);
  }
  return new Response(body, { headers });
}
