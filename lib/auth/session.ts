import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { decode, encode } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { actorOfUser, actorUserSelect, type Actor } from "./actor";
import { clientIpFrom, trustedProxyHops } from "./client-ip";
import { authSecret, SESSION_COOKIE, SESSION_MAX_AGE } from "./options";
import { sessionIsCurrent, type SessionClaims } from "./session-token";

async function readClaims(): Promise<SessionClaims | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  try {
    return (await decode({ token: raw, secret: authSecret() })) as SessionClaims | null;
  } catch {
    return null;
  }
}

/**
 * The signed-in actor for this request, or null. The user row is read on every request (once,
 * thanks to `cache`) so a deactivated account, a changed scope or a revoked session (the user's
 * sessionVersion moved on) takes effect at once; a session idle too long is over too.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await readClaims();
  if (!claims?.sub) return null;
  const user = await db.user.findUnique({
    where: { id: claims.sub },
    select: { ...actorUserSelect, active: true, sessionVersion: true },
  });
  if (!user?.active || !sessionIsCurrent(claims, user.sessionVersion)) return null;
  return actorOfUser(user);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For a role's own pages: signed-out users go to sign-in; other roles get "not found". */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await requireActor();
  if (actor.role !== role) notFound();
  return actor;
}

/** Starts a session for a user who has proved who they are (password or one-time code). */
export async function startSession(userId: string): Promise<void> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const now = Math.floor(Date.now() / 1000);
  const claims: SessionClaims = { sub: userId, ver: sessionVersion, seen: now, auth: now };
  const token = await encode({ token: claims, secret: authSecret(), maxAge: SESSION_MAX_AGE });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: SESSION_COOKIE.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

/**
 * Signs out: the cookie goes, and so does every other session of the same user (a copied cookie
 * or another browser), because the user's session version moves on.
 */
export async function endSession(): Promise<void> {
  const actor = await getActor();
  if (actor) await revokeSessions(actor.userId);
  (await cookies()).delete(SESSION_COOKIE);
}

/** Ends every session of a user at once: after sign-out, a password change, suspension or a role change. */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function updateOwnLocale(locale: "en" | "hi"): Promise<void> {
  const actor = await getActor();
  if (actor) await db.user.update({ where: { id: actor.userId }, data: { locale } });
}

/** The client's address, believed only as far as our own proxies vouch for it (lib/auth/client-ip.ts). */
export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers(), trustedProxyHops());
}
