/**
 * The transactional outbox. Services call these inside their own transaction, so a notification
 * exists exactly when the state change it reports was committed; the worker (worker.ts) sends it
 * later. Each row's dedupe key is unique, so writing the same notification twice (a retried
 * transaction, a second sweep) inserts nothing the second time.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationChannel, Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";
import { EVENTS, type EventParams, type UserEvent } from "./events";
import { parsePrefs, wantsChannel } from "./preferences";
import { renderNotification } from "./templates";

export type NotifyInput<E extends UserEvent> = {
  event: E;
  /** The subject of the event (supply order, bill, vendor …); part of the dedupe key. */
  entityId: string;
  userIds: readonly string[];
  params: EventParams[E];
  /** Path inside the portal, e.g. "/vendor/supply-orders/<id>". */
  link?: string;
};

/** `event:entityId:recipient:channel`: one message per recipient and channel for each event. */
export function dedupeKey(event: string, entityId: string, recipient: string, channel: NotificationChannel): string {
  return `${event}:${entityId}:${recipient}:${channel}`;
}

const RECIPIENT = {
  id: true, name: true, email: true, mobile: true, locale: true, notificationPrefs: true, role: true, officeId: true, vendorId: true,
} as const satisfies Prisma.UserSelect;

/** What a notification needs of its recipient (and whom to pick out of a list of them). */
export type Recipient = Prisma.UserGetPayload<{ select: typeof RECIPIENT }>;

/** The active users matching `where`, with what notifying them needs. */
export function findRecipients(tx: Tx, where: Prisma.UserWhereInput): Promise<Recipient[]> {
  return tx.user.findMany({ where: { ...where, active: true }, select: RECIPIENT });
}

/**
 * The outbox rows of one event for the given recipients: every channel the event uses and the
 * user has not switched off (mandatory events ignore the switches), in the user's language; SMS
 * only for users with a mobile. Pure, so a step can prepare its notices before it takes a lock.
 */
export function notificationRows<E extends UserEvent>(
  recipients: readonly Recipient[],
  input: Omit<NotifyInput<E>, "userIds">,
  now = new Date(),
): Prisma.NotificationCreateManyInput[] {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const user of recipients) {
    const prefs = parsePrefs(user.notificationPrefs);
    const rendered = renderNotification(input.event, user.locale, input.params, { recipientName: user.name, link: input.link });
    for (const channel of EVENTS[input.event].channels) {
      if (!wantsChannel(prefs, input.event, channel)) continue;
      const base = {
        dedupeKey: dedupeKey(input.event, input.entityId, user.id, channel),
        userId: user.id,
        channel,
        event: input.event,
        locale: user.locale,
        subject: rendered.subject,
        link: input.link ?? null,
        // Set here rather than by the column default, which follows the session's time zone.
        nextAttemptAt: now,
      };
      if (channel === "EMAIL") {
        rows.push({ ...base, toAddress: user.email, body: rendered.text, html: rendered.html });
      } else if (channel === "SMS") {
        if (user.mobile) rows.push({ ...base, toAddress: user.mobile, body: rendered.sms });
      } else {
        // The in-app list is the row itself: nothing to send, so it is "sent" when written.
        rows.push({ ...base, toAddress: user.id, body: rendered.body, status: "SENT", sentAt: now });
      }
    }
  }
  return rows;
}

/** Writes prepared outbox rows in one statement; a row whose dedupe key exists is skipped. */
export async function queueNotifications(tx: Tx, rows: readonly Prisma.NotificationCreateManyInput[]): Promise<number> {
  if (rows.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data: [...rows], skipDuplicates: true });
  return count;
}

/**
 * Queues the event for each active user in `userIds` (see notificationRows). Returns the number
 * of rows queued.
 */
export async function notify<E extends UserEvent>(tx: Tx, input: NotifyInput<E>): Promise<number> {
  if (input.userIds.length === 0) return 0;
  const recipients = await findRecipients(tx, { id: { in: [...new Set(input.userIds)] } });
  return queueNotifications(tx, notificationRows(recipients, input));
}

/** Everyone active in a role, optionally within one scope ("all admins", "finance of this office"). */
export async function notifyRole<E extends UserEvent>(
  tx: Tx,
  role: Role,
  input: Omit<NotifyInput<E>, "userIds">,
  scope: { officeId?: string; vendorId?: string; agencyId?: string } = {},
): Promise<number> {
  return queueNotifications(tx, notificationRows(await findRecipients(tx, { role, ...scope }), input));
}

// Due "since the epoch", so a code sorts ahead of any backlog in the worker's queue.
const FRONT_OF_QUEUE = new Date(0);

/** A one-time code by SMS to a bare mobile number (sign-in before there is a user to look up). */
export async function notifyMobile(
  tx: Tx,
  input: { event: "otp.code"; mobile: string; locale: "en" | "hi"; params: EventParams["otp.code"]; entityId: string },
): Promise<number> {
  const rendered = renderNotification(input.event, input.locale, input.params);
  const { count } = await tx.notification.createMany({
    data: [{
      dedupeKey: dedupeKey(input.event, input.entityId, input.mobile, "SMS"),
      channel: "SMS",
      event: input.event,
      locale: input.locale,
      toAddress: input.mobile,
      subject: rendered.subject,
      body: rendered.sms,
      nextAttemptAt: FRONT_OF_QUEUE,
    }],
    skipDuplicates: true,
  });
  return count;
}
