import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { validationError } from "@/lib/errors";
import { eventsFor, isMandatory } from "../events";
import type { NotificationPrefs } from "../preferences";

const schema = z.record(z.string(), z.object({ EMAIL: z.boolean(), SMS: z.boolean() }));

/**
 * Saves the actor's per-event, per-channel choices. Only the actor's role's events are kept;
 * mandatory events are not stored at all (they cannot be switched off, whatever the form says).
 */
export async function updateNotificationPreferences(actor: Actor, input: Record<string, { EMAIL: boolean; SMS: boolean }>): Promise<void> {
  assertCan(actor, "profile.update");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const prefs: NotificationPrefs = {};
  for (const event of eventsFor(actor.role)) {
    const choice = parsed.data[event];
    if (!choice || isMandatory(event)) continue;
    if (!choice.EMAIL || !choice.SMS) prefs[event] = { EMAIL: choice.EMAIL, SMS: choice.SMS };
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { notificationPrefs: prefs } });
    await recordAudit(tx, { actor, entityType: "User", entityId: actor.userId, action: "notificationPreferences.update", data: { prefs } });
  });
}
