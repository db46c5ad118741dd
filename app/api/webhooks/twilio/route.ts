import twilio from "twilio";
import { BODY_LIMITS, refuseLargeBody } from "@/lib/http/body-limit";
import { recordDeliveryReport } from "@/lib/notify/services/record-delivery-report";

/**
 * Twilio's SMS status callback. Only requests signed with our auth token are believed (anyone can
 * POST here); the signature covers the exact URL Twilio was given, which is PUBLIC_BASE_URL's.
 */
export async function POST(request: Request): Promise<Response> {
  const authToken = process.env.TWILIO_AUTH_TOKEN;
  const signature = request.headers.get(twilio.SIGNATURE_HEADER);
  if (!authToken || !signature) return new Response(null, { status: 403 });
  const refused = refuseLargeBody(request, BODY_LIMITS.webhook);
  if (refused) return refused;

  let params: Record<string, string>;
  try {
    // fromEntries defines own properties: a field named __proto__ stays a plain field.
    params = Object.fromEntries(
      [...(await request.formData()).entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]),
    );
  } catch {
    return new Response(null, { status: 400 });
  }
  const url = new URL(request.url);
  const signedUrl = process.env.PUBLIC_BASE_URL
    ? `${process.env.PUBLIC_BASE_URL.replace(/\/+$/, "")}${url.pathname}${url.search}`
    : request.url;
  const algorithm = twilio.getSignatureAlgorithm(request.headers.get(twilio.SIGNATURE_SETTINGS_HEADER));
  if (!twilio.validateRequest(authToken, signature, signedUrl, params, algorithm)) {
    return new Response(null, { status: 403 });
  }

  if (!params.MessageSid || !params.MessageStatus) return new Response(null, { status: 400 });
  const notification = url.searchParams.get("notification");
  await recordDeliveryReport({
    messageSid: params.MessageSid,
    messageStatus: params.MessageStatus,
    errorCode: params.ErrorCode || null,
    notificationId: notification && /^\d{1,19}$/.test(notification) ? BigInt(notification) : null,
  });
  // 204 even for a message we do not know: Twilio would only retry it.
  return new Response(null, { status: 204 });
}
