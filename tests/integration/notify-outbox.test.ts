import { afterAll, describe, expect, it } from "vitest";
import { notify, notifyMobile, notifyRole } from "@/lib/notify/outbox";
import { createPrisma } from "@/lib/prisma-client";
import { makeRecipient } from "./notify-support";

const db = createPrisma();
afterAll(() => db.$disconnect());

const acceptBy = new Date("2026-12-14T12:30:00Z");
const created = (number: string) => ({ supplyOrderNumber: number, valuePaise: 1_50_000_00n, acceptBy });

describe("notify (the outbox writer)", () => {
  it("queues e-mail and SMS and files the in-app copy, each in the recipient's language", async () => {
    const asha = await makeRecipient(db, { locale: "hi", name: "आशा वर्मा" });
    const ravi = await makeRecipient(db, { locale: "en", name: "Ravi Sahu" });
    const entityId = crypto.randomUUID();
    const count = await db.$transaction((tx) =>
      notify(tx, { event: "supplyOrder.created", entityId, userIds: [asha.id, ravi.id], params: created("SO/1"), link: "/vendor/orders/1" }),
    );
    expect(count).toBe(6);

    const rows = await db.notification.findMany({ where: { dedupeKey: { contains: entityId } }, orderBy: { id: "asc" } });
    const of = (userId: string, channel: string) => rows.find((r) => r.userId === userId && r.channel === channel)!;
    expect(of(asha.id, "EMAIL")).toMatchObject({ toAddress: asha.email, locale: "hi", status: "QUEUED", link: "/vendor/orders/1" });
    expect(of(asha.id, "EMAIL").subject).toContain("नया आपूर्ति आदेश SO/1");
    expect(of(asha.id, "EMAIL").body).toContain("नमस्ते आशा वर्मा,");
    expect(of(asha.id, "EMAIL").html).toContain('<html lang="hi">');
    expect(of(asha.id, "SMS")).toMatchObject({ toAddress: asha.mobile, status: "QUEUED" });
    expect(of(asha.id, "SMS").body).toMatch(/^मानक: नया आपूर्ति आदेश SO\/1/);
    expect(of(asha.id, "IN_APP")).toMatchObject({ toAddress: asha.id, status: "SENT", readAt: null });
    expect(of(asha.id, "IN_APP").sentAt).not.toBeNull();
    expect(of(ravi.id, "EMAIL").subject).toBe("New supply order SO/1: accept or reject by 14 Dec 2026, 6:00 pm");
    expect(of(ravi.id, "SMS").dedupeKey).toBe(`supplyOrder.created:${entityId}:${ravi.id}:SMS`);
  });

  it("writes nothing the second time for the same event, subject and recipient", async () => {
    const user = await makeRecipient(db);
    const entityId = crypto.randomUUID();
    const write = () => db.$transaction((tx) => notify(tx, { event: "supplyOrder.created", entityId, userIds: [user.id, user.id], params: created("SO/2") }));
    expect(await write()).toBe(3);
    expect(await write()).toBe(0);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(3);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const user = await makeRecipient(db);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { event: "supplyOrder.cancelled", entityId: crypto.randomUUID(), userIds: [user.id], params: { supplyOrderNumber: "SO/3", reason: "x" } });
        throw new Error("state change failed");
      }),
    ).rejects.toThrow("state change failed");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  it("skips SMS for users without a mobile, and inactive users entirely", async () => {
    const noMobile = await makeRecipient(db, { mobile: null });
    const inactive = await makeRecipient(db, { active: false });
    await db.$transaction((tx) =>
      notify(tx, { event: "vendor.approved", entityId: crypto.randomUUID(), userIds: [noMobile.id, inactive.id], params: { vendorName: "Sahu Traders" } }),
    );
    const rows = await db.notification.findMany({ where: { userId: { in: [noMobile.id, inactive.id] } } });
    expect(rows.map((r) => `${r.userId === noMobile.id ? "noMobile" : "inactive"}:${r.channel}`).sort()).toEqual(["noMobile:EMAIL", "noMobile:IN_APP"]);
  });

  it("honours an opt-out, but not for a mandatory event", async () => {
    const user = await makeRecipient(db, {
      role: "BUYER",
      prefs: { "supplyOrder.accepted": { EMAIL: false, SMS: true }, "supplyOrder.rejected": { EMAIL: false, SMS: false } },
    });
    const params = { supplyOrderNumber: "SO/4", vendorName: "Sahu Traders" };
    await db.$transaction(async (tx) => {
      await notify(tx, { event: "supplyOrder.accepted", entityId: "so-4", userIds: [user.id], params });
      await notify(tx, { event: "supplyOrder.rejected", entityId: "so-4", userIds: [user.id], params: { ...params, reason: "No stock" } });
    });
    const rows = await db.notification.findMany({ where: { userId: user.id }, select: { event: true, channel: true } });
    expect(rows.map((r) => `${r.event}:${r.channel}`).sort()).toEqual([
      "supplyOrder.accepted:IN_APP",
      "supplyOrder.accepted:SMS",
      "supplyOrder.rejected:EMAIL",
      "supplyOrder.rejected:IN_APP",
      "supplyOrder.rejected:SMS",
    ]);
  });

  it("notifyRole reaches every active user of the role, optionally within one scope", async () => {
    const admins = [await makeRecipient(db, { role: "ADMIN" }), await makeRecipient(db, { role: "ADMIN" })];
    const retired = await makeRecipient(db, { role: "ADMIN", active: false });
    await makeRecipient(db, { role: "BUYER" });
    const entityId = crypto.randomUUID();
    await db.$transaction((tx) =>
      notifyRole(tx, "ADMIN", { event: "vendor.registered", entityId, params: { vendorName: "Sahu Traders", districtName: { en: "Raipur", hi: "रायपुर" } } }),
    );
    const rows = await db.notification.findMany({ where: { dedupeKey: { contains: entityId }, channel: "IN_APP" } });
    const allAdmins = await db.user.count({ where: { role: "ADMIN", active: true } });
    expect(rows).toHaveLength(allAdmins);
    expect(rows.map((r) => r.userId)).toEqual(expect.arrayContaining(admins.map((a) => a.id)));
    expect(rows.map((r) => r.userId)).not.toContain(retired.id);
  });

  it("notifyMobile queues one SMS to a bare number, ahead of any backlog", async () => {
    const entityId = crypto.randomUUID();
    await db.$transaction((tx) =>
      notifyMobile(tx, { event: "otp.code", mobile: "+919876500001", locale: "hi", params: { code: "482913", validMinutes: 10 }, entityId }),
    );
    const rows = await db.notification.findMany({ where: { dedupeKey: { contains: entityId } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: "SMS", userId: null, toAddress: "+919876500001", status: "QUEUED", event: "otp.code" });
    expect(rows[0].body).toContain("482913 आपका मानक साइन-इन कोड है");
    const oldest = await db.notification.findFirst({ where: { status: "QUEUED" }, orderBy: { nextAttemptAt: "asc" } });
    expect(oldest?.id).toBe(rows[0].id);
  });
});
