import { getActor } from "@/lib/auth/session";
import { getAttachmentForActor } from "@/lib/queries/attachments";
import { getFile } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * An inspection or receipt photo (or PDF), for those concerned with its supply order only. Anyone
 * else, signed in or not, gets 404: the attachment's existence is not leaked. Served as the type
 * sniffed at upload, never sniffed again by the browser, and never cached by shared caches.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const attachment = actor ? await getAttachmentForActor(actor, id) : null;
  const bytes = attachment ? await getFile(attachment.storageKey) : null;
  if (!attachment || !bytes) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // A PDF opened inline must not run anything against the portal.
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
