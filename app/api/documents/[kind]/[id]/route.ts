import { getActor } from "@/lib/auth/session";
import { downloadDocument } from "@/lib/documents/download";
import { DOCUMENT_KIND_SLUGS, type DocumentKindSlug } from "@/lib/documents/urls";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/documents/<kind>/<entityId> — the PDF of a purchase order, supply order, inspection
 * certificate, bill or payment advice, for the parties of the order only (lib/documents/download.ts);
 * anyone else gets 404. Its QR code opens the public /verify/<documentId> page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  if (!Object.hasOwn(DOCUMENT_KIND_SLUGS, kind)) return new Response("Not found", { status: 404 });
  const documentKind = DOCUMENT_KIND_SLUGS[kind as DocumentKindSlug];
  try {
    const { pdf, fileName } = await downloadDocument(await getActor(), documentKind, id);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    throw error;
  }
}
