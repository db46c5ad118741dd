import { z } from "zod";
import { db } from "@/lib/db";
import { demoAccountsAllowed, isDemoAccount } from "@/lib/auth/demo-accounts";
import { isLoginBlocked, recordLoginAttempt } from "@/lib/auth/rate-limit";
import { mobileSchema } from "@/lib/domain/identifiers";
import { AppError, validationError } from "@/lib/errors";
import type { Locale, Role } from "@/lib/generated/prisma/enums";
import { OTP_ROLES, OTP_RULES, otpCodeMatches } from "./otp-code";

const verifyOtpSchema = z.object({
  mobile: mobileSchema,
  // People copy codes as "123 456"; the spaces mean nothing.
  code: z.string({ error: "errors.required" }).transform((s) => s.replace(/\s/g, "")).pipe(z.string().regex(/^\d{6}$/, "errors.otp.codeFormat")),
});

/**
 * Signs in with the latest code sent to a mobile at this client address's request. A code works
 * once, within its validity, and allows OTP_RULES.maxAttempts tries; failures also count towards
 * the sign-in limits per number and address and per address (LoginAttempt). ADMIN and FINANCE
 * cannot sign in by code (OTP_ROLES). Returns who signed in; the caller starts the session.
 */
export async function verifyOtp(
  input: unknown,
  ctx: { ip: string; now?: Date },
): Promise<{ userId: string; role: Role; locale: Locale }> {
  const parsed = verifyOtpSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { mobile, code } = parsed.data;
  const now = ctx.now ?? new Date();
  if (await isLoginBlocked(db, mobile, ctx.ip, now, { allAddresses: false })) throw new AppError("RATE_LIMITED", "errors.auth.rateLimited");

  const fail = async (messageKey: string, params: Record<string, number> = {}) => {
    await recordLoginAttempt(db, mobile, ctx.ip, false);
    return new AppError("UNAUTHENTICATED", messageKey, { code: [messageKey] }, params);
  };

  // Only a code asked for from this same address: someone elsewhere can neither use up the
  // owner's tries nor hide the owner's code behind a newer one (issue 13).
  const latest = await db.otpCode.findFirst({ where: { mobile, ip: ctx.ip }, orderBy: { createdAt: "desc" } });
  if (!latest || latest.consumedAt || latest.expiresAt <= now) throw await fail("errors.otp.expired");
  if (latest.attempts >= OTP_RULES.maxAttempts) throw await fail("errors.otp.tooManyAttempts");

  // Take one try before comparing, atomically: parallel guesses cannot exceed the limit.
  const { count: claimed } = await db.otpCode.updateMany({
    where: { id: latest.id, consumedAt: null, expiresAt: { gt: now }, attempts: { lt: OTP_RULES.maxAttempts } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed === 0) throw await fail("errors.otp.expired");

  if (!otpCodeMatches(mobile, code, latest.codeHash)) {
    const left = OTP_RULES.maxAttempts - latest.attempts - 1;
    throw await (left > 0 ? fail("errors.otp.wrong", { left }) : fail("errors.otp.tooManyAttempts"));
  }

  // Once only: of two requests racing with the right code, one consumes it.
  const { count: consumed } = await db.otpCode.updateMany({ where: { id: latest.id, consumedAt: null }, data: { consumedAt: now } });
  if (consumed === 0) throw await fail("errors.otp.expired");

  const user = await db.user.findUnique({ where: { mobile }, select: { id: true, role: true, locale: true, active: true, email: true } });
  // A code alone is not enough for money and administration: those roles sign in with a password.
  const refused = !user?.active || !OTP_ROLES.includes(user.role) || (!demoAccountsAllowed() && isDemoAccount(user.email));
  if (!user || refused) throw await fail("errors.otp.expired");
  await recordLoginAttempt(db, mobile, ctx.ip, true);
  return { userId: user.id, role: user.role, locale: user.locale };
}
