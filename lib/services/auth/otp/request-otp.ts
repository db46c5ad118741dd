import { z } from "zod";
import { db } from "@/lib/db";
import { mobileSchema } from "@/lib/domain/identifiers";
import { AppError, validationError } from "@/lib/errors";
import type { Locale } from "@/lib/generated/prisma/enums";
import { notifyMobile } from "@/lib/notify/outbox";
import { hashOtpCode, newOtpCode, OTP_ROLES, OTP_RULES } from "./otp-code";

const requestOtpSchema = z.object({ mobile: mobileSchema });

export type OtpRequested = { mobile: string; validMinutes: number; resendAfterSeconds: number };

// Advisory-lock namespaces: requests for one mobile (and from one address) queue behind each
// other, so a burst of parallel requests cannot slip past the counts below.
const LOCK_MOBILE = 8101;
const LOCK_IP = 8102;
const KEEP_ROWS_MS = 24 * 60 * 60_000;

/**
 * Sends a one-time sign-in code by SMS. Whether the number belongs to an account is never
 * visible from outside: an unknown number gets a row (so limits and later verification behave
 * exactly the same) and the same answer, only no SMS. Throws RATE_LIMITED with the seconds to
 * wait when asked again too soon, or too often per mobile or per client address.
 */
export async function requestOtp(
  input: unknown,
  ctx: { ip: string; locale: Locale; now?: Date },
): Promise<OtpRequested> {
  const parsed = requestOtpSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { mobile } = parsed.data;
  const now = ctx.now ?? new Date();
  const hourAgo = new Date(now.getTime() - 60 * 60_000);

  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_MOBILE}::int, hashtext(${mobile}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_IP}::int, hashtext(${ctx.ip}))`;

    // Per mobile *from this address*: a stranger asking for codes for someone's number uses up
    // only their own allowance, never the owner's (issue 13).
    const latest = await tx.otpCode.findFirst({ where: { mobile, ip: ctx.ip }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    const waitMs = latest ? latest.createdAt.getTime() + OTP_RULES.resendAfterSeconds * 1000 - now.getTime() : 0;
    if (waitMs > 0) throw new AppError("RATE_LIMITED", "errors.otp.resendWait", {}, { seconds: Math.ceil(waitMs / 1000) });
    // One after the other: a transaction is one connection, which runs one query at a time.
    const byMobile = await tx.otpCode.count({ where: { mobile, ip: ctx.ip, createdAt: { gt: hourAgo } } });
    const byIp = await tx.otpCode.count({ where: { ip: ctx.ip, createdAt: { gt: hourAgo } } });
    if (byMobile >= OTP_RULES.perMobilePerHour || byIp >= OTP_RULES.perIpPerHour) {
      throw new AppError("RATE_LIMITED", "errors.otp.tooManyCodes");
    }

    const code = newOtpCode();
    const row = await tx.otpCode.create({
      data: {
        mobile,
        codeHash: hashOtpCode(mobile, code),
        expiresAt: new Date(now.getTime() + OTP_RULES.validMinutes * 60_000),
        ip: ctx.ip,
        createdAt: now,
      },
      select: { id: true },
    });
    const user = await tx.user.findUnique({ where: { mobile }, select: { active: true, locale: true, role: true } });
    // Roles that may not sign in by code get no SMS, and the same answer as an unknown number.
    if (user?.active && OTP_ROLES.includes(user.role)) {
      await notifyMobile(tx, {
        event: "otp.code",
        mobile,
        locale: user.locale,
        params: { code, validMinutes: OTP_RULES.validMinutes },
        entityId: row.id,
      });
    }
    await tx.otpCode.deleteMany({ where: { mobile, createdAt: { lt: new Date(now.getTime() - KEEP_ROWS_MS) } } });
  });

  return { mobile, validMinutes: OTP_RULES.validMinutes, resendAfterSeconds: OTP_RULES.resendAfterSeconds };
}
