import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notify/outbox";
import { countUnread, getMyPreferences, listDeliveries, listInbox } from "@/lib/notify/queries";
import { markNotificationsRead } from "@/lib/notify/services/mark-read";
import { retryDeadNotification } from "@/lib/notify/services/retry-dead";
import { updateNotificationPreferences } from "@/lib/notify/services/update-preferences";
import { createPrisma } from "@/lib/prisma-client";
import { actorOf } from "../factories";
import { makeRecipient } from "./notify-support";

const db = createPrisma();
afterAll(() => db.$disconnect());

async function send(userIds: string[], n: number) {
  for (let i = 0; i < n; i++) {
    await db.$transaction((tx) =>
      notify(tx, {
        event: "supplyOrder.accepted",
        entityId: crypto.randomUUID(),
        userIds,
        params: { supplyOrderNumber: `SO/${i}`, vendorName: "Sahu Traders" },
        link: `/buyer/supply-orders/${i}`,
      }),
    );
  }
}

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

describe("in-app notifications", () => {
  it("lists only the user's own, newest first, a page at a time, and counts the unread", async () => {
    const me = await makeRecipient(db, { role: "BUYER" });
    const other = await makeRecipient(db, { role: "BUYER" });
    await send([me.id], 23);
    await send([other.id], 2);
    const actor = actorOf(me);

    expect(await countUnread(actor)).toBe(23);
    const first = await listInbox(actor, {});
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0].subject).toBe("Supply order SO/22 accepted by Sahu Traders");
    const second = await listInbox(actor, { cursor: first.nextCursor! });
    expect(second.rows.map((r) => r.subject)).toEqual(["SO/2", "SO/1", "SO/0"].map((n) => `Supply order ${n} accepted by Sahu Traders`));
    expect(second.nextCursor).toBeNull();
  });

  it("marks one read (returning its link) or all, and never another user's", async () => {
    const me = await makeRecipient(db, { role: "BUYER" });
    const other = await makeRecipient(db, { role: "BUYER" });
    await send([me.id, other.id], 3);
    const actor = actorOf(me);
    const [newest] = (await listInbox(actor, {})).rows;
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.id, channel: "IN_APP" } });

    expect(await markNotificationsRead(actor, { notificationId: String(newest.id) })).toEqual({ link: "/buyer/supply-orders/2" });
    expect(await countUnread(actor)).toBe(2);
    expect(await markNotificationsRead(actor, { notificationId: String(theirs.id) })).toEqual({ link: null });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    await markNotificationsRead(actor, {});
    expect(await countUnread(actor)).toBe(0);
    expect(await countUnread(actorOf(other))).toBe(3);
  });
});

describe("notification preferences", () => {
  it("stores opt-outs for the role's own optional events only, and audits the change", async () => {
    const buyer = await makeRecipient(db, { role: "BUYER" });
    const actor = actorOf(buyer);
    await updateNotificationPreferences(actor, {
      "supplyOrder.accepted": { EMAIL: false, SMS: true },
      "supplyOrder.dispatched": { EMAIL: true, SMS: true },
      "supplyOrder.rejected": { EMAIL: false, SMS: false }, // mandatory: ignored
      "bill.overdue": { EMAIL: false, SMS: false }, // a finance event: ignored
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: buyer.id }, select: { notificationPrefs: true } });
    expect(stored.notificationPrefs).toEqual({ "supplyOrder.accepted": { EMAIL: false, SMS: true } });

    const form = await getMyPreferences(actor);
    expect(form.find((r) => r.event === "supplyOrder.accepted")).toEqual({ event: "supplyOrder.accepted", mandatory: false, EMAIL: false, SMS: true });
    expect(form.find((r) => r.event === "supplyOrder.rejected")).toEqual({ event: "supplyOrder.rejected", mandatory: true, EMAIL: true, SMS: true });
    expect(form.map((r) => r.event)).not.toContain("bill.overdue");

    const audit = await db.auditEvent.findFirst({ where: { entityId: buyer.id, action: "notificationPreferences.update" } });
    expect(audit?.actorId).toBe(buyer.id);
  });

  it("rejects malformed input", async () => {
    const buyer = await makeRecipient(db, { role: "BUYER" });
    await expect(
      updateNotificationPreferences(actorOf(buyer), { "supplyOrder.accepted": { EMAIL: "no" } } as never).catch(code),
    ).resolves.toBe("VALIDATION");
  });
});

describe("admin delivery log", () => {
  it("filters the log and re-queues a dead message exactly once, admins only", async () => {
    const admin = actorOf(await makeRecipient(db, { role: "ADMIN" }));
    const buyer = await makeRecipient(db, { role: "BUYER" });
    await send([buyer.id], 1);
    const email = await db.notification.findFirstOrThrow({ where: { userId: buyer.id, channel: "EMAIL" } });
    await db.notification.update({ where: { id: email.id }, data: { status: "DEAD", attempts: 8, lastError: "550 no such user" } });

    const log = await listDeliveries(admin, { status: "DEAD", to: buyer.email });
    expect(log.rows.map((r) => r.id)).toEqual([email.id]);
    expect(await listDeliveries(admin, { status: "DEAD", channel: "SMS", to: buyer.email })).toMatchObject({ rows: [] });

    expect(await retryDeadNotification(actorOf(buyer), { notificationId: String(email.id) }).catch(code)).toBe("FORBIDDEN");
    await expect(listDeliveries(actorOf(buyer), {}).catch(code)).resolves.toBe("FORBIDDEN");

    await retryDeadNotification(admin, { notificationId: String(email.id) });
    expect(await db.notification.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "QUEUED", attempts: 0 });
    expect(await retryDeadNotification(admin, { notificationId: String(email.id) }).catch(code)).toBe("CONFLICT");
    expect(await retryDeadNotification(admin, { notificationId: "999999999" }).catch(code)).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { entityType: "Notification", entityId: String(email.id), action: "notification.retry" } })).toBe(1);
  });
});
