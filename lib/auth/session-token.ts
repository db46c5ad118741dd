/**
 * What our session token (a next-auth JWT) carries, and when it still counts. Pure, so the proxy
 * (proxy.ts) and getActor agree. `ver` must equal the user's sessionVersion; `seen` is the last
 * request (the proxy moves it on at most once a minute); `auth` is when the person signed in.
 */
export type SessionClaims = { sub: string; ver: number; seen: number; auth: number };

// Like next-auth itself: a Secure, __Secure--prefixed cookie whenever the site is served over HTTPS.
export const SESSION_COOKIE = (process.env.NEXTAUTH_URL ?? "").startsWith("https://") ? "__Secure-manak.session" : "manak.session";

/** Signed in for at most a working day, whatever the activity. */
export const SESSION_MAX_AGE = 12 * 60 * 60;

/** A session unused this long is over (SESSION_IDLE_MINUTES, default 30). */
export function sessionIdleSeconds(): number {
  const minutes = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 30) * 60;
}

/** How stale `seen` may get before the proxy re-issues the cookie. */
export const SEEN_REFRESH_SECONDS = 60;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Idle or too old, whatever the version. */
export function sessionTimedOut(claims: Partial<SessionClaims>, now = nowSeconds()): boolean {
  if (typeof claims.seen !== "number" || typeof claims.auth !== "number") return true;
  return now - claims.seen > sessionIdleSeconds() || now - claims.auth > SESSION_MAX_AGE;
}

export function sessionIsCurrent(claims: Partial<SessionClaims>, sessionVersion: number, now = nowSeconds()): boolean {
  return claims.ver === sessionVersion && !sessionTimedOut(claims, now);
}
