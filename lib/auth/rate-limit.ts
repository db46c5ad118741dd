import type { Db } from "@/lib/prisma-client";

/**
 * Failed sign-ins allowed per window (stored in Postgres, so every replica agrees):
 * - per account *from one client address* (perAccount),
 * - per client address over all accounts (perIp),
 * - for passwords only, per account over all addresses (perAccountAllAddresses), a higher ceiling
 *   against guessing spread over many addresses.
 * One-time codes have no all-address lock: a stranger failing codes for a panchayat secretary's
 * number locks out only their own address, never the secretary (issue 13). Code guessing is
 * bounded instead by the code itself (a fresh one-in-a-million secret, five tries, usable only
 * from the address that asked for it, each one an SMS to the owner).
 */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30, perAccountAllAddresses: 20 } as const;

export async function isLoginBlocked(
  db: Db,
  account: string,
  ip: string,
  now = new Date(),
  opts: { allAddresses: boolean } = { allAddresses: true },
): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const failed = { success: false, createdAt: { gte: since } };
  const [byAccountHere, byIp, byAccount] = await Promise.all([
    db.loginAttempt.count({ where: { account, ip, ...failed } }),
    db.loginAttempt.count({ where: { ip, ...failed } }),
    opts.allAddresses ? db.loginAttempt.count({ where: { account, ...failed } }) : Promise.resolve(0),
  ]);
  return byAccountHere >= LOGIN_LIMITS.perAccount || byIp >= LOGIN_LIMITS.perIp || byAccount >= LOGIN_LIMITS.perAccountAllAddresses;
}

export async function recordLoginAttempt(db: Db, account: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { account, ip, success } });
}
