import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import type { Locale, Role } from "@/lib/generated/prisma/enums";

/** Password sign-in: checks credentials (rate-limited); tells where the user's window is and their language. */
export async function signInWithPassword(input: unknown, ip: string): Promise<{ userId: string; role: Role; locale: Locale }> {
  const { userId } = await authenticate(db, input, ip);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, locale: true } });
  return { userId, role: user.role, locale: user.locale };
}
