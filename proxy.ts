import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { SEEN_REFRESH_SECONDS, SESSION_COOKIE, SESSION_MAX_AGE, sessionTimedOut, type SessionClaims } from "@/lib/auth/session-token";

/** The largest server action body (next.config.ts serverActions.bodySizeLimit): three 5 MB photos and the form. */
const ACTION_BODY_LIMIT = 16 * 1024 * 1024;

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
};

/**
 * Server action requests refused before Next reads them, with a 4xx rather than the 500 Next
 * itself answers: another site's Origin (Next's own CSRF check, made here first), no declared
 * length, or more than the action body limit.
 */
/** The largest body any page-level route takes (a bank statement upload, 20 MB, and its form). */
const ROUTE_BODY_LIMIT = 21 * 1024 * 1024;

function refuseActionRequest(request: NextRequest): Response | null {
  if (!request.headers.has("next-action")) {
    // Route handlers outside /api (e.g. the statement upload) sit behind this proxy, which makes
    // Next read the body before the handler can look at its length: refuse the declared giants here.
    const declared = request.headers.get("content-length");
    if (declared !== null && (!/^\d{1,15}$/.test(declared) || Number(declared) > ROUTE_BODY_LIMIT)) return new Response("Payload Too Large", { status: 413 });
    return null;
  }
  if (request.method !== "POST") return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && (origin === "null" || hostOf(origin) !== host)) return new Response("Forbidden", { status: 403 });
  const declared = request.headers.get("content-length");
  if (declared === null) return request.body ? new Response("Length Required", { status: 411 }) : null;
  if (!/^\d{1,15}$/.test(declared) || Number(declared) > ACTION_BODY_LIMIT) return new Response("Payload Too Large", { status: 413 });
  return null;
}

// What an argument list of ours may contain after React's encoding: escaped strings ("$$…"), a
// FormData ("$K…"), dates, bigints, temporary references and the special numbers — never a
// reference to another chunk, promise, map, module or server reference.
const SAFE_REFERENCE = /^\$(?:\$|K[0-9a-f]{1,8}$|D|n-?\d|T$|undefined$|-0$|Infinity$|-Infinity$|NaN$)/;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function plainReply(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || SAFE_REFERENCE.test(value);
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every((v) => plainReply(v, depth + 1));
  return Object.keys(value).every((key) => !FORBIDDEN_KEYS.has(key) && plainReply((value as Record<string, unknown>)[key], depth + 1));
}

/**
 * A fetch-action body React cannot decode (no root, not JSON, references to chunks that are not
 * there) makes Next answer 500 before our action runs; such bodies are refused here with 400.
 */
async function malformedActionBody(request: NextRequest): Promise<boolean> {
  try {
    const type = request.headers.get("content-type") ?? "";
    let root: string;
    if (type.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      const field = form.get("0");
      if (typeof field !== "string") return true;
      root = field;
    } else {
      root = await request.clone().text();
    }
    return !plainReply(JSON.parse(root));
  } catch {
    return true;
  }
}

/**
 * The idle timeout's clock (lib/auth/session-token.ts). A signed-in request moves the session's
 * `seen` on (at most once a minute, so most requests re-issue nothing); a session already idle
 * too long loses its cookie. getActor is the check that counts; this only keeps time. Before that,
 * server action requests that Next would answer with a 500 are refused (refuseActionRequest).
 */
export async function proxy(request: NextRequest) {
  const refused = refuseActionRequest(request);
  if (refused) return refused;
  if (request.method === "POST" && request.headers.has("next-action") && (await malformedActionBody(request))) {
    return new Response("Bad Request", { status: 400 });
  }
  const raw = request.cookies.get(SESSION_COOKIE)?.value;
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!raw || !secret) return NextResponse.next();
  let claims: Partial<SessionClaims> | null = null;
  try {
    claims = (await decode({ token: raw, secret })) as Partial<SessionClaims> | null;
  } catch {
    claims = null;
  }
  const now = Math.floor(Date.now() / 1000);
  const response = NextResponse.next();
  if (!claims || sessionTimedOut(claims, now)) {
    response.cookies.delete(SESSION_COOKIE);
  } else if (now - claims.seen! >= SEEN_REFRESH_SECONDS) {
    const token = await encode({ token: { ...claims, seen: now }, secret, maxAge: SESSION_MAX_AGE });
    response.cookies.set(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: SESSION_COOKIE.startsWith("__Secure-"),
      maxAge: SESSION_MAX_AGE,
    });
  }
  return response;
}

export const config = {
  // Pages and actions; not static files, images or the service worker.
  // Not the route handlers under /api: with a proxy in front Next reads the whole body before the
  // handler runs, and each handler refuses an oversized Content-Length itself before reading
  // (lib/http/body-limit.ts). They keep their own session checks; the idle clock needs pages only.
  matcher: ["/((?!api/|_next/static|_next/image|favicon|icons/|sw.js|manifest).*)"],
};
