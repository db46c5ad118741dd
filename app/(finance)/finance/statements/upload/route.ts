import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { MAX_STATEMENT_BYTES } from "@/lib/domain/payment-batch/statement";
import { importStatement } from "@/lib/services/payment-batch/import-statement";

export const dynamic = "force-dynamic";

const back = (request: Request, query: string) => Response.redirect(new URL(`/finance/statements?${query}`, request.url), 303);

/**
 * The statement upload (a plain multipart form, so it works without JavaScript). Who is asking and
 * whether they may is checked before the body is read, and the declared size before it is
 * accepted; the answer is a redirect back to the statements page with the outcome.
 */
export async function POST(request: Request): Promise<Response> {
  // The session cookie is SameSite=Lax; refusing foreign origins keeps cross-site posts out regardless.
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return new Response("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor || !can(actor.role, "paymentBatch.manage")) return new Response("Not found", { status: 404 });
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  // The multipart envelope adds a little to the file itself.
  if (!Number.isFinite(declared) || declared > MAX_STATEMENT_BYTES + 64 * 1024) return back(request, "error=errors.statement.tooLarge");

  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("statement");
  } catch {
    return back(request, "error=errors.statement.noFile");
  }
  if (!file || typeof file === "string" || file.size === 0) return back(request, "error=errors.statement.noFile");
  if (file.size > MAX_STATEMENT_BYTES) return back(request, "error=errors.statement.tooLarge");
  try {
    const result = await importStatement(actor, { text: await file.text() });
    // Too long to match while finance waits: the page shows the statement's progress from the database.
    if (result.queued) return back(request, new URLSearchParams({ statement: result.statementId, queued: "1", replayed: result.replayed ? "1" : "0" }).toString());
    const q = new URLSearchParams({
      statement: result.statementId, replayed: result.replayed ? "1" : "0", matched: String(result.matchedCount), returned: String(result.returnedCount),
      unmatched: String(result.unmatchedCount), skipped: String(result.skippedCount),
    });
    return back(request, q.toString());
  } catch (error) {
    if (error instanceof AppError) {
      const q = new URLSearchParams({ error: error.messageKey, ...Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)])) });
      return back(request, q.toString());
    }
    console.error("statement import failed", error);
    return back(request, "error=errors.unexpected");
  }
}
