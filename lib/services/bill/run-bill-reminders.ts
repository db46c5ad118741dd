import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { DUE_SOON_DAYS, istDayNumber } from "@/lib/domain/bill/rules";
import { notify } from "@/lib/notify/outbox";

const DAY_MS = 86_400_000;

export { DUE_SOON_DAYS };

type Reminder = "dueSoon" | "overdue";
type OwedBill = { id: string; number: string; officeId: string; netPayablePaise: bigint; dueDate: Date };

/**
 * The scheduled reminder sweep for unpaid bills (run by every worker each minute): finance officers
 * of the paying office hear once when a bill falls due within DUE_SOON_DAYS and once when it is
 * overdue (only the latter for a bill first seen overdue). Each bill records the reminders it has
 * had (dueSoonRemindedAt, overdueRemindedAt), so a run reads only the bills still owed one and a
 * run with nothing new does next to no work: a partial index holds just the unpaid bills not yet
 * reminded overdue, and the due-soon scan passes over no more than the bills due in the next few
 * days that were already told.
 *
 * Bills go in keyset batches, each one transaction that locks its bills (SKIP LOCKED: sweeps on
 * several workers at once share the work instead of repeating it), queues the outbox rows and marks
 * the bills. The outbox's dedupe keys still guard against a second copy.
 */
export async function runBillReminders(
  db: Db,
  { now = new Date(), batchSize = 100 }: { now?: Date; batchSize?: number } = {},
): Promise<Record<Reminder, number>> {
  const today = new Date(istDayNumber(now) * DAY_MS);
  const horizon = new Date(today.getTime() + DUE_SOON_DAYS * DAY_MS);
  return {
    overdue: await remind(db, "overdue", { now, batchSize, today, horizon }),
    dueSoon: await remind(db, "dueSoon", { now, batchSize, today, horizon }),
  };
}

async function remind(
  db: Db,
  reminder: Reminder,
  { now, batchSize, today, horizon }: { now: Date; batchSize: number; today: Date; horizon: Date },
): Promise<number> {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  // With `status = 'PENDING'`, both imply the predicate of the partial index on ("dueDate", id).
  const owedThis =
    reminder === "overdue"
      ? Prisma.sql`"overdueRemindedAt" IS NULL AND "dueDate" < ${day(today)}::date`
      : Prisma.sql`"dueSoonRemindedAt" IS NULL AND "overdueRemindedAt" IS NULL AND "dueDate" BETWEEN ${day(today)}::date AND ${day(horizon)}::date`;
  let reminded = 0;
  let cursor = { dueDate: "-infinity", id: "00000000-0000-0000-0000-000000000000" };
  for (;;) {
    // A batch is a few hundred short statements; the timeout is far above that, so a busy machine
    // does not abort it, and still bounds how long a batch may hold its bills.
    const bills = await db.$transaction(
      async (tx) => {
        const owed = await tx.$queryRaw<OwedBill[]>`
          SELECT id, number, "officeId", "netPayablePaise", "dueDate" FROM "Bill"
           WHERE status = 'PENDING' AND ${owedThis}
             AND ("dueDate", id) > (${cursor.dueDate}::date, ${cursor.id}::uuid)
           ORDER BY "dueDate", id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
        if (owed.length === 0) return owed;
        const finance = await tx.user.findMany({
          where: { role: "FINANCE", active: true, officeId: { in: [...new Set(owed.map((b) => b.officeId))] } },
          select: { id: true, officeId: true },
        });
        for (const bill of owed) {
          await notify(tx, {
            event: reminder === "overdue" ? "bill.overdue" : "bill.dueSoon",
            entityId: bill.id,
            userIds: finance.filter((u) => u.officeId === bill.officeId).map((u) => u.id),
            params: { billNumber: bill.number, netPayablePaise: bill.netPayablePaise, dueDate: bill.dueDate },
            link: `/finance/bills/${bill.id}`,
          });
        }
        await tx.bill.updateMany({
          where: { id: { in: owed.map((b) => b.id) } },
          data: reminder === "overdue" ? { overdueRemindedAt: now } : { dueSoonRemindedAt: now },
        });
        return owed;
      },
      { timeout: 60_000 },
    );
    reminded += bills.length;
    if (bills.length < batchSize) return reminded;
    const last = bills[bills.length - 1];
    cursor = { dueDate: day(last.dueDate), id: last.id };
  }
}
