import type { Db } from "@/lib/prisma-client";

/**
 * Failed sign-ins allowed per window (stored in Postgres, so every replica agrees): per account
 * *from one client address*, and per client address over all accounts. An account is never
 * locked for everyone: a stranger who fails five times locks out only their own address, not the
 * panchayat secretary whose number they typed (issue 13). Guessing is bounded per address here,
 * per one-time code by OTP_RULES.maxAttempts, and passwords by argon2.
 */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

export async function isLoginBlocked(db: Db, account: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { account, ip, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byAccount >= LOGIN_LIMITS.perAccount || byIp >= LOGIN_LIMITS.perIp;
}

export async function recordLoginAttempt(db: Db, account: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { account, ip, success } });
}
