import { publicBaseUrl, ocdsReleasePath } from "@/lib/documents/urls";
import { packageMetadata, releasePackage } from "@/lib/ocds/package";
import { ocdsReleaseFor } from "@/lib/queries/ocds";

export const dynamic = "force-dynamic";

/** GET /api/ocds/releases/PO/2026-27/000001 — one purchase order as an OCDS 1.1 release package. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string[] }> }) {
  const number = (await params).number.map((s) => decodeURIComponent(s)).join("/");
  const release = await ocdsReleaseFor(number);
  if (!release) return Response.json({ error: "not found" }, { status: 404 });
  const baseUrl = publicBaseUrl();
  const meta = packageMetadata({ uri: `${baseUrl}${ocdsReleasePath(number)}`, baseUrl, publishedDate: new Date() });
  return Response.json(releasePackage(meta, [release]), { headers: { "Cache-Control": "public, max-age=60" } });
}
