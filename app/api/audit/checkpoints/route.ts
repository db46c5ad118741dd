import { publicBaseUrl } from "@/lib/documents/urls";
import { CHECKPOINT_PAGE, checkpointKey, checkpointPage } from "@/lib/queries/audit-checkpoints";
import { checkpointJson } from "./json";

export const dynamic = "force-dynamic";

/**
 * GET /api/audit/checkpoints[?after=N] — the append-only public list of signed audit checkpoints,
 * oldest first, 1,000 a page (`next` is the following page's URL), with the Ed25519 public key
 * they verify with. Keep a copy: `npm run audit:checkpoints -- keep <this URL> --store=FILE`.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const after = Number(url.searchParams.get("after") ?? 0);
  if (!Number.isInteger(after) || after < 0) return Response.json({ error: "after must be a checkpoint number" }, { status: 400 });
  const base = publicBaseUrl();
  const page = await checkpointPage(after, CHECKPOINT_PAGE);
  return Response.json(
    {
      ...(checkpointKey() ?? { publicKey: null, keyId: null }),
      algorithm: "Ed25519",
      checkpoints: page.checkpoints.map((cp) => checkpointJson(cp, base)),
      next: page.next === null ? null : `${base}/api/audit/checkpoints?after=${page.next}`,
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
