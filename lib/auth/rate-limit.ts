import type { Db } from "@/lib/prisma-client";

/** Failed sign-ins allowed per window, per account and per client IP (stored in Postgres, so every replica agrees). */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

export async function isLoginBlocked(db: Db, account: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { account, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byAccount >= LOGIN_LIMITS.perAccount || byIp >= LOGIN_LIMITS.perIp;
}

export async function recordLoginAttempt(db: Db, account: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { account, ip, success } });
}
