/**
 * The client's address for per-IP limits, believed only as far as our own proxies vouch for it.
 *
 * TRUSTED_PROXY_HOPS (default 0) is how many reverse proxies in front of the app append to
 * X-Forwarded-For (nginx with `proxy_add_x_forwarded_for` is one). Entries left of those are
 * whatever the client wrote and are never read. With 0 hops the address is the TCP peer's.
 *
 * Next.js does not hand the socket address to server actions, and `next start` fills
 * X-Forwarded-For from the socket only when the client sent none — so the address is worked out
 * where the socket is known: our server entry (scripts/serve.ts) computes it, puts it in
 * CLIENT_IP_HEADER (replacing anything the client sent under that name) and says so by setting
 * MANAK_CLIENT_IP_HEADER=1 in its own process. Served any other way (`next dev`), with 0 hops
 * every request counts as one client "unknown": the limits get stricter, never bypassable.
 * docs/adr/0012-server-actions-and-abuse-limits.md; nginx: docs/deployment.md.
 */
export const CLIENT_IP_HEADER = "x-manak-client-ip";

export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** The address `hops` proxies vouch for, from the right of X-Forwarded-For; the socket's with 0 hops. */
export function addressFromForwarded(forwardedFor: string | null | undefined, socketAddress: string | undefined, hops: number): string {
  const peer = normalise(socketAddress) || "unknown";
  if (hops === 0) return peer;
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return peer;
  // Fewer entries than proxies: the request came in past one of them; the leftmost is the best there is.
  return normalise(entries[Math.max(0, entries.length - hops)]) || peer;
}

type HeaderSource = { get(name: string): string | null };

/** Inside the app: from our server entry's header, else worked out from X-Forwarded-For as far as possible. */
export function clientIpFrom(headers: HeaderSource, hops: number): string {
  if (process.env.MANAK_CLIENT_IP_HEADER === "1") return headers.get(CLIENT_IP_HEADER) || "unknown";
  // Without our server entry the socket address is not known here; with 0 hops nothing in the
  // headers can be believed.
  return hops === 0 ? "unknown" : addressFromForwarded(headers.get("x-forwarded-for"), undefined, hops);
}

function normalise(address: string | undefined): string {
  const value = (address ?? "").trim().slice(0, 64);
  // IPv4 clients on a dual-stack socket appear as ::ffff:1.2.3.4.
  return value.startsWith("::ffff:") && value.includes(".") ? value.slice(7) : value;
}
