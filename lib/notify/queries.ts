import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { eventsFor, isMandatory, type UserEvent } from "./events";
import { parsePrefs, wantsChannel } from "./preferences";

const PAGE = 20;

// Keyset cursor "<createdAt ms>_<id>": newest first, id breaks ties between rows of one instant.
function decodeCursor(cursor: string | undefined): { createdAt: Date; id: bigint } | null {
  const match = cursor ? /^(\d{1,15})_(\d{1,19})$/.exec(cursor) : null;
  return match ? { createdAt: new Date(Number(match[1])), id: BigInt(match[2]) } : null;
}

function encodeCursor(row: { createdAt: Date; id: bigint }): string {
  return `${row.createdAt.getTime()}_${row.id}`;
}

function before(cursor: string | undefined): Prisma.NotificationWhereInput {
  const c = decodeCursor(cursor);
  return c ? { OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] } : {};
}

function page<T extends { createdAt: Date; id: bigint }>(rows: T[]): { rows: T[]; nextCursor: string | null } {
  const more = rows.length > PAGE;
  const shown = more ? rows.slice(0, PAGE) : rows;
  return { rows: shown, nextCursor: more ? encodeCursor(shown[shown.length - 1]) : null };
}

/** Unread in-app notifications, counted up to 100 (the bell shows "99+"). */
export async function countUnread(actor: Actor): Promise<number> {
  assertCan(actor, "notification.read");
  return db.notification.count({ where: { userId: actor.userId, channel: "IN_APP", readAt: null }, take: 100 });
}

/** The signed-in user's own in-app notifications, newest first. */
export async function listInbox(actor: Actor, { cursor }: { cursor?: string }) {
  assertCan(actor, "notification.read");
  const rows = await db.notification.findMany({
    where: { userId: actor.userId, channel: "IN_APP", ...before(cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: { id: true, createdAt: true, subject: true, body: true, link: true, readAt: true, event: true },
  });
  return page(rows);
}

export type PreferenceRow = { event: UserEvent; mandatory: boolean; EMAIL: boolean; SMS: boolean };

/** The preferences form: the actor's role's events, each channel on or off. */
export async function getMyPreferences(actor: Actor): Promise<PreferenceRow[]> {
  assertCan(actor, "profile.update");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { notificationPrefs: true } });
  const prefs = parsePrefs(user.notificationPrefs);
  return eventsFor(actor.role).map((event) => ({
    event,
    mandatory: isMandatory(event),
    EMAIL: wantsChannel(prefs, event, "EMAIL"),
    SMS: wantsChannel(prefs, event, "SMS"),
  }));
}

export const deliveryFilterSchema = z.object({
  status: z.enum(["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED", "DEAD"]).optional().catch(undefined),
  channel: z.enum(["EMAIL", "SMS", "IN_APP"]).optional().catch(undefined),
  event: z.string().trim().max(60).optional().catch(undefined).transform((v) => v || undefined),
  to: z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  cursor: z.string().optional().catch(undefined),
});
export type DeliveryFilter = Partial<z.infer<typeof deliveryFilterSchema>>;

/** The admin's delivery log: every outbox row, newest first, filtered. */
export async function listDeliveries(actor: Actor, filter: DeliveryFilter) {
  assertCan(actor, "notification.admin");
  const rows = await db.notification.findMany({
    where: {
      status: filter.status,
      channel: filter.channel,
      event: filter.event,
      toAddress: filter.to ? { startsWith: filter.to } : undefined,
      ...before(filter.cursor),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: {
      id: true, createdAt: true, event: true, channel: true, locale: true, toAddress: true, subject: true,
      status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true, deliveredAt: true, providerId: true,
    },
  });
  return page(rows);
}

/** DEAD rows waiting for an admin, for the log's summary line. */
export async function countDead(actor: Actor): Promise<number> {
  assertCan(actor, "notification.admin");
  return db.notification.count({ where: { status: "DEAD" } });
}

/** The local sinks only exist outside production, unless DEV_SINKS=1 (e2e on a production build). */
export function devSinksEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DEV_SINKS === "1";
}

/** What the local mail catcher and SMS sink caught, newest first. */
export async function listDevMessages(actor: Actor, { channel, cursor }: { channel?: "EMAIL" | "SMS"; cursor?: string }) {
  assertCan(actor, "notification.admin");
  if (!devSinksEnabled()) throw new AppError("NOT_FOUND");
  const c = cursor && /^\d{1,19}$/.test(cursor) ? BigInt(cursor) : null;
  const rows = await db.devMessage.findMany({
    where: { channel, ...(c ? { id: { lt: c } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: { id: true, channel: true, toAddress: true, subject: true, body: true, createdAt: true },
  });
  const more = rows.length > PAGE;
  const shown = more ? rows.slice(0, PAGE) : rows;
  return { rows: shown, nextCursor: more ? String(shown[shown.length - 1].id) : null };
}
