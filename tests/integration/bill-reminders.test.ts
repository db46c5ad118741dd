import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runBillReminders } from "@/lib/services/bill/run-bill-reminders";
import { makeUser } from "../factories";
import { makeFulfilmentWorld, makeSupplyOrderIn, type FulfilmentWorld } from "../factories/fulfilment";

const DAY = 86_400_000;

// Each test counts what a sweep picks up, so it starts with no unpaid bills left by another test.
beforeEach(async () => {
  await db.bill.updateMany({ where: { status: "PENDING" }, data: { status: "PAID" } });
});

async function billIn(world: FulfilmentWorld, dueInDays: number) {
  return (await makeSupplyOrderIn(db, world, "BILLED", { dueInDays })).bill!;
}

/** The in-app reminders about a bill, as "event:recipient". */
async function remindersOf(billId: string, names: Record<string, string>) {
  const rows = await db.notification.findMany({ where: { link: `/finance/bills/${billId}`, channel: "IN_APP", event: { startsWith: "bill." } } });
  return rows.map((n) => `${n.event}:${names[n.userId!] ?? "other"}`).sort();
}

describe("runBillReminders", () => {
  it("reminds each bill once per stage and marks it, so a second run selects no bill", async () => {
    const w = await makeFulfilmentWorld(db);
    const second = await makeUser(db, "FINANCE", { officeId: w.office.id });
    const names = { [w.finance.id]: "finance", [second.id]: "second" };
    const soon = await billIn(w, 2);
    const overdue = await billIn(w, -1);
    const later = await billIn(w, 9);
    const paid = (await makeSupplyOrderIn(db, w, "CLOSED", { paidDaysAfterDue: 5 })).bill!;

    expect(await runBillReminders(db)).toEqual({ dueSoon: 1, overdue: 1 });
    expect(await remindersOf(soon.id, names)).toEqual(["bill.dueSoon:finance", "bill.dueSoon:second"]);
    expect(await remindersOf(overdue.id, names)).toEqual(["bill.overdue:finance", "bill.overdue:second"]);
    expect(await remindersOf(later.id, names)).toEqual([]);
    expect(await remindersOf(paid.id, names)).toEqual([]);
    const marks = await db.bill.findMany({ where: { id: { in: [soon.id, overdue.id, later.id] } } });
    const mark = (id: string) => marks.find((b) => b.id === id)!;
    expect(mark(soon.id)).toMatchObject({ dueSoonRemindedAt: expect.any(Date), overdueRemindedAt: null });
    expect(mark(overdue.id)).toMatchObject({ dueSoonRemindedAt: null, overdueRemindedAt: expect.any(Date) });
    expect(mark(later.id)).toMatchObject({ dueSoonRemindedAt: null, overdueRemindedAt: null });

    const before = await db.notification.count();
    expect(await runBillReminders(db)).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await db.notification.count()).toBe(before);
  });

  it("gives a bill that falls overdue later its overdue reminder, and none to a bill paid meanwhile", async () => {
    const w = await makeFulfilmentWorld(db);
    const names = { [w.finance.id]: "finance" };
    const unpaid = await billIn(w, 2);
    const paidInTime = await billIn(w, 2);
    expect(await runBillReminders(db)).toEqual({ dueSoon: 2, overdue: 0 });

    await db.bill.update({ where: { id: paidInTime.id }, data: { status: "PAID" } });
    const threeDaysOn = new Date(Date.now() + 3 * DAY);
    expect(await runBillReminders(db, { now: threeDaysOn })).toEqual({ dueSoon: 0, overdue: 1 });
    expect(await remindersOf(unpaid.id, names)).toEqual(["bill.dueSoon:finance", "bill.overdue:finance"]);
    expect(await remindersOf(paidInTime.id, names)).toEqual(["bill.dueSoon:finance"]);
    expect(await runBillReminders(db, { now: threeDaysOn })).toEqual({ dueSoon: 0, overdue: 0 });
  });

  it("works through many bills in batches; two sweeps at once share them and remind each bill once", async () => {
    const w = await makeFulfilmentWorld(db);
    const bills = [];
    for (let i = 0; i < 14; i++) bills.push(await billIn(w, i < 10 ? -1 - i : 1));

    const runs = await Promise.all([runBillReminders(db, { batchSize: 2 }), runBillReminders(db, { batchSize: 2 })]);
    expect(runs[0].overdue + runs[1].overdue).toBe(10);
    expect(runs[0].dueSoon + runs[1].dueSoon).toBe(4);
    const reminders = await db.notification.findMany({ where: { link: { in: bills.map((b) => `/finance/bills/${b.id}`) }, channel: "IN_APP" } });
    expect(reminders).toHaveLength(14);
    expect(new Set(reminders.map((n) => n.link)).size).toBe(14);
    expect(await db.bill.count({ where: { id: { in: bills.map((b) => b.id) }, overdueRemindedAt: null, dueSoonRemindedAt: null } })).toBe(0);
    expect(await runBillReminders(db, { batchSize: 2 })).toEqual({ dueSoon: 0, overdue: 0 });
  });
});
