import type { Tx } from "@/lib/prisma-client";

/** The active users of a vendor firm: everyone who answers for it hears about its orders. */
export async function vendorUserIds(tx: Tx, vendorId: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { vendorId, role: "VENDOR", active: true }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The active users of a role in some offices (buyers of the buying and consignee office, finance of the paying one). */
export async function officeUserIds(tx: Tx, officeIds: readonly string[], role: "BUYER" | "FINANCE"): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { officeId: { in: [...new Set(officeIds)] }, role, active: true },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
