import { z } from "zod";
import type { Db } from "@/lib/prisma-client";
import { AppError, validationError } from "@/lib/errors";
import { demoAccountsAllowed, isDemoAccount } from "./demo-accounts";
import { dummyVerify, verifyPassword } from "./password";
import { isLoginBlocked, recordLoginAttempt } from "./rate-limit";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("errors.email.format"),
  password: z.string().min(1, "errors.required").max(200, "errors.invalid"),
});

/**
 * Checks an e-mail and password, rate-limited per account and per IP. Returns the user id;
 * every failure is the same message so it never says whether the account exists.
 */
export async function authenticate(db: Db, input: unknown, ip: string): Promise<{ userId: string }> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { email, password } = parsed.data;
  if (await isLoginBlocked(db, email, ip)) throw new AppError("RATE_LIMITED", "errors.auth.rateLimited");
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  // A demo account in production answers exactly like a wrong password.
  const allowed = Boolean(ok && user?.active) && (demoAccountsAllowed() || !isDemoAccount(email));
  await recordLoginAttempt(db, email, ip, allowed);
  // The form's error summary links the password box (emptied after any failure); the words name
  // both fields, so they still do not say which of the two was wrong.
  if (!allowed || !user) throw new AppError("UNAUTHENTICATED", "errors.auth.invalid", { password: ["errors.auth.invalidPassword"] });
  return { userId: user.id };
}
