import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authenticate } from "./authenticate";

export const SESSION_MAX_AGE = 12 * 60 * 60; // a working day
// Like next-auth itself: a Secure, __Secure--prefixed cookie whenever the site is served over HTTPS.
export const SESSION_COOKIE = (process.env.NEXTAUTH_URL ?? "").startsWith("https://") ? "__Secure-manak.session" : "manak.session";

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}

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
  providers: [
    CredentialsProvider({
      name: "Manak",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = String(req.headers?.["x-forwarded-for"] ?? "unknown").split(",")[0].trim();
        try {
          const { userId } = await authenticate(db, credentials, ip);
          return { id: userId };
        } catch (e) {
          if (e instanceof AppError) return null;
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
