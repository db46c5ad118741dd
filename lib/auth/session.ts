import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { authOptions, authSecret, SESSION_COOKIE, SESSION_MAX_AGE } from "./options";

/**
 * The signed-in actor for this request, or null. The user row is read on every request (once,
 * thanks to `cache`) so a deactivated account or a changed scope takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, locale: true, active: true, officeId: true, vendorId: true, agencyId: true, inspector: { select: { id: true } } },
  });
  if (!user?.active) return null;
  return {
    userId: user.id,
    role: user.role,
    locale: user.locale,
    officeId: user.officeId,
    vendorId: user.vendorId,
    agencyId: user.agencyId,
    inspectorId: user.inspector?.id ?? null,
  };
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
  const token = await encode({ token: { sub: userId }, secret: authSecret(), maxAge: SESSION_MAX_AGE });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: SESSION_COOKIE.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

export async function updateOwnLocale(locale: "en" | "hi"): Promise<void> {
  const actor = await getActor();
  if (actor) await db.user.update({ where: { id: actor.userId }, data: { locale } });
}

/** The client's address as the load balancer reports it (first hop of X-Forwarded-For). */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return (h.get("x-forwarded-for")?.split(",")[0] ?? h.get("x-real-ip") ?? "local").trim();
}
