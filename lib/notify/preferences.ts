/**
 * Per-event, per-channel choices stored in User.notificationPrefs as
 * `{ "<event>": { "EMAIL": false, "SMS": true } }`. Anything missing means "on", so a new event
 * reaches everyone until they switch it off. Pure; no I/O.
 */
import { z } from "zod";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { isMandatory, type NotifyEvent, type SwitchableChannel } from "./events";

export type NotificationPrefs = Record<string, Partial<Record<SwitchableChannel, boolean>>>;

const prefsSchema = z.record(z.string(), z.object({ EMAIL: z.boolean().optional(), SMS: z.boolean().optional() }));

/** Reads the stored JSON; a malformed value (hand-edited row) counts as "everything on". */
export function parsePrefs(stored: unknown): NotificationPrefs {
  const parsed = prefsSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

export function wantsChannel(prefs: NotificationPrefs, event: NotifyEvent, channel: NotificationChannel): boolean {
  if (channel === "IN_APP" || channel === "WEBHOOK" || isMandatory(event)) return true;
  return prefs[event]?.[channel] !== false;
}
