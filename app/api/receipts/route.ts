import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { AppError, type ErrorCode } from "@/lib/errors";
import { FormInput } from "@/lib/actions/form-input";
import { can } from "@/lib/auth/permissions";
import { toFormState } from "@/lib/forms";
import { BODY_LIMITS, refuseLargeBody } from "@/lib/http/body-limit";
import { recordReceipt } from "@/lib/services/supply-order/record-receipt";
import { uploadsOf } from "@/lib/storage/upload";

export const dynamic = "force-dynamic";

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 422, UNAUTHENTICATED: 401, FORBIDDEN: 404, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, UNAVAILABLE: 503,
};

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
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
  if (origin && hostOf(origin) !== request.headers.get("host")) return Response.json({ ok: false }, { status: 403 });

  const actor = await getActor();
  if (!actor) {
    const t = await getTranslations("errors");
    return Response.json({ ok: false, message: t("UNAUTHENTICATED") }, { status: 401 });
  }
  // Another role's phone has nothing to send here: refused before the body is read.
  if (!can(actor.role, "receipt.record")) return Response.json({ ok: false, message: (await getTranslations("errors"))("NOT_FOUND") }, { status: 404 });
  const tooLarge = refuseLargeBody(request, BODY_LIMITS.receipt);
  if (tooLarge) return tooLarge;
  let input: FormInput;
  try {
    input = FormInput.read(await request.formData());
  } catch {
    return Response.json({ ok: false, message: (await getTranslations("errors"))("malformedForm") }, { status: 400 });
  }
  const quantities: Record<string, string> = Object.create(null);
  for (const [lineId, { value }] of Object.entries(input.group("quantities.", /^[0-9a-f-]{36}$/i))) quantities[lineId] = value;
  const form = {
    supplyOrderId: input.text("supplyOrderId"),
    receivedOn: input.text("receivedOn"),
    remarks: input.text("remarks"),
    idempotencyKey: input.text("idempotencyKey") || undefined,
    quantities,
  };
  try {
    const { receiptId, replayed } = await recordReceipt(actor, form, await uploadsOf(input.files("photos")));
    return Response.json({ ok: true, receiptId, replayed, link: `/buyer/supply-orders/${form.supplyOrderId}` }, { status: replayed ? 200 : 201 });
  } catch (error) {
    const state = await toFormState(error);
    const status = error instanceof AppError ? (STATUS[error.code] ?? 400) : 500;
    return Response.json({ ok: false, message: state.message, fieldErrors: state.fieldErrors }, { status });
  }
}
