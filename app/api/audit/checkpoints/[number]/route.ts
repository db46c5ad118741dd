import { publicBaseUrl } from "@/lib/documents/urls";
import { checkpointByNumber } from "@/lib/queries/audit-checkpoints";
import { checkpointJson } from "../json";

export const dynamic = "force-dynamic";

/** GET /api/audit/checkpoints/<number> — one checkpoint (immutable once published). */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  // Digits only and within a database integer: "1e30" or thirty nines are simply not a checkpoint.
  const raw = (await params).number;
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const cp = number > 0 ? await checkpointByNumber(number) : null;
  if (!cp) return Response.json({ error: "no such checkpoint" }, { status: 404 });
  return Response.json(checkpointJson(cp, publicBaseUrl()), { headers: { "Cache-Control": "public, max-age=86400, immutable" } });
}
