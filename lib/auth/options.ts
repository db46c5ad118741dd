import type { NextAuthOptions } from "next-auth";
import { SESSION_COOKIE, SESSION_MAX_AGE } from "./session-token";

export { SESSION_COOKIE, SESSION_MAX_AGE } from "./session-token";

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}

/**
 * next-auth owns the token format and its route (/api/auth/*), but signing in happens only in our
 * server actions (docs/adr/0002-sessions.md): no provider here, so /api/auth/callback cannot mint
 * a session past the rate limits, the role rules or the session version.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/sign-in" },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: SESSION_COOKIE.startsWith("__Secure-") },
    },
  },
  providers: [],
  callbacks: {
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
