import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { validationError } from "@/lib/errors";

const schema = z.object({ notificationId: z.string().regex(/^\d{1,19}$/).optional() });

/**
 * Marks one of the actor's in-app notifications read (or all of them when no id is given) and
 * returns the link of the one opened. Only the actor's own rows can match. Not audited: reading
 * a message changes no business state, and the audit chain serialises every writer.
 */
export async function markNotificationsRead(actor: Actor, input: { notificationId?: string }): Promise<{ link: string | null }> {
  assertCan(actor, "notification.read");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const id = parsed.data.notificationId ? BigInt(parsed.data.notificationId) : undefined;
  const mine = { userId: actor.userId, channel: "IN_APP" as const, ...(id !== undefined ? { id } : {}) };
  await db.notification.updateMany({ where: { ...mine, readAt: null }, data: { readAt: new Date() } });
  if (id === undefined) return { link: null };
  const row = await db.notification.findFirst({ where: mine, select: { link: true } });
  return { link: row?.link ?? null };
}
