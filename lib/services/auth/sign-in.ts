import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import type { Role } from "@/lib/generated/prisma/enums";

/** Password sign-in: checks credentials (rate-limited) and tells where the user's window is. */
export async function signInWithPassword(input: unknown, ip: string): Promise<{ userId: string; role: Role }> {
  const { userId } = await authenticate(db, input, ip);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  return { userId, role: user.role };
}
