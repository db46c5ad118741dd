import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { paymentBatchFile } from "@/lib/queries/payment-batches";

export const dynamic = "force-dynamic";

/** A batch's pain.001 or bank CSV, rebuilt byte for byte; 404 to anyone but the office's finance officers. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor.role, "paymentBatch.manage")) return new Response("Not found", { status: 404 });
  const kind = new URL(request.url).searchParams.get("kind") === "csv" ? "csv" : "pain001";
  const file = await paymentBatchFile(actor, (await params).id, kind);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.content, {
    headers: {
      "Content-Type": `${file.contentType}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Digest": `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
    },
  });
}
