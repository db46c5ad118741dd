import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";

const schema = z.object({ notificationId: z.string().regex(/^\d{1,19}$/) });

/**
 * Puts a DEAD message back in the queue with a fresh set of attempts (after the admin fixed the
 * address or the provider account). Only a row that is still DEAD can be retried: a second click
 * is a CONFLICT, not a second send.
 */
export async function retryDeadNotification(actor: Actor, input: { notificationId: string }): Promise<void> {
  assertCan(actor, "notification.admin");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const id = BigInt(parsed.data.notificationId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { id, status: "DEAD" },
      data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (count === 0) {
      const exists = await tx.notification.count({ where: { id } });
      throw exists ? conflict("notify.admin.notDead") : notFound();
    }
    await recordAudit(tx, { actor, entityType: "Notification", entityId: String(id), action: "notification.retry" });
  });
}
