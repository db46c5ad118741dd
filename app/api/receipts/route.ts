import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { AppError, type ErrorCode } from "@/lib/errors";
import { toFormState } from "@/lib/forms";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { uploadsFromForm } from "@/lib/storage/upload";

export const dynamic = "force-dynamic";

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 422, UNAUTHENTICATED: 401, FORBIDDEN: 404, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, UNAVAILABLE: 503,
};

/**
 * A receipt sent by the phone's offline queue (components/pwa/receipt-queue.ts): the same fields
 * as the receipt form, as multipart, with the idempotency key made when the form was shown. The
 * same service records it, so a retry of something already recorded answers with that receipt.
 * JSON answers, messages in the user's language.
 */
export async function POST(request: Request): Promise<Response> {
  // The session cookie is SameSite=Lax, so another site cannot post here as the user; refusing
  // foreign origins outright keeps it so even for browsers that treat cookies differently.
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return Response.json({ ok: false }, { status: 403 });

  const actor = await getActor();
  if (!actor) {
    const t = await getTranslations("errors");
    return Response.json({ ok: false, message: t("UNAUTHENTICATED") }, { status: 401 });
  }
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return Response.json({ ok: false, message: (await getTranslations("errors"))("invalid") }, { status: 400 });
  }
  const field = (name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : undefined);
  const quantities: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith("quantities.") && typeof value === "string") quantities[name.slice("quantities.".length)] = value;
  }
  const form = {
    supplyOrderId: field("supplyOrderId"),
    receivedOn: field("receivedOn"),
    remarks: field("remarks"),
    idempotencyKey: field("idempotencyKey"),
    quantities,
  };
  try {
    const { receiptId, replayed } = await recordReceipt(actor, form, await uploadsFromForm(formData, "photos"));
    return Response.json({ ok: true, receiptId, replayed, link: `/buyer/supply-orders/${form.supplyOrderId}` }, { status: replayed ? 200 : 201 });
  } catch (error) {
    const state = await toFormState(error);
    const status = error instanceof AppError ? (STATUS[error.code] ?? 400) : 500;
    return Response.json({ ok: false, message: state.message, fieldErrors: state.fieldErrors }, { status });
  }
}
