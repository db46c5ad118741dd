/**
 * Request bodies a route handler accepts, judged from Content-Length before a byte is read: a
 * body without a declared length (chunked) or over the limit is refused, so nobody can make the
 * server buffer more than a form of ours ever sends.
 */
export const BODY_LIMITS = {
  /** Twilio's status callbacks: a few hundred bytes of form fields. */
  webhook: 64 * 1024,
  /** A receipt from the offline queue: the receipt form with up to three photos of 5 MB. */
  receipt: 16 * 1024 * 1024,
  /** next-auth's own routes (sign-out, CSRF): small forms. */
  auth: 64 * 1024,
  /** Anything else that might one day take a body. */
  small: 16 * 1024,
} as const;

export function refuseLargeBody(request: Request, maxBytes: number): Response | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const declared = request.headers.get("content-length");
  if (declared === null) {
    return request.body === null ? null : new Response("Length Required", { status: 411 });
  }
  const length = /^\d{1,15}$/.test(declared.trim()) ? Number(declared.trim()) : NaN;
  if (Number.isNaN(length)) return new Response("Bad Request", { status: 400 });
  if (length > maxBytes) return new Response("Payload Too Large", { status: 413, headers: { Connection: "close" } });
  return null;
}
