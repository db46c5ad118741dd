import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { SEEN_REFRESH_SECONDS, SESSION_COOKIE, SESSION_MAX_AGE, sessionTimedOut, type SessionClaims } from "@/lib/auth/session-token";

/**
 * The idle timeout's clock (lib/auth/session-token.ts). A signed-in request moves the session's
 * `seen` on (at most once a minute, so most requests re-issue nothing); a session already idle
 * too long loses its cookie. getActor is the check that counts; this only keeps time.
 */
export async function proxy(request: NextRequest) {
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
  matcher: ["/((?!_next/static|_next/image|favicon|icons/|sw.js|manifest.webmanifest).*)"],
};
