/**
 * Webhook signatures (docs/webhooks.md). Pure. The signed text is `<timestamp>.<body>`: the
 * timestamp (Unix seconds, when this attempt was sent) is inside the MAC, so a receiver that
 * refuses timestamps older than its tolerance cannot be fed a captured request again later, and
 * the event id lets it drop a retry of something it already processed.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Manak-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** The header value: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export function signatureHeader(secret: string, body: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `t=${timestamp},v1=${signPayload(secret, timestamp, body)}`;
}

/** What a receiver does: parse, recompute, compare in constant time, refuse stale timestamps. */
export function verifySignature(secret: string, header: string | null | undefined, body: string, now = Date.now(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return false;
  if (Math.abs(Math.floor(now / 1000) - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body), "hex");
  return timingSafeEqual(expected, Buffer.from(parts.v1, "hex"));
}
