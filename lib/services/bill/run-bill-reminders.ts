import type { Db } from "@/lib/prisma-client";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { notify } from "@/lib/notify/outbox";

const DAY_MS = 86_400_000;
const BATCH = 200;

/** Days before the due date from which finance is reminded. */
export const DUE_SOON_DAYS = 3;

/**
 * The scheduled reminder sweep for unpaid bills (run by the worker, e.g. hourly): finance officers
 * of the paying office hear once when a bill falls due within DUE_SOON_DAYS and once when it is
 * overdue. "Once" is the outbox's dedupe key (event + bill + recipient + channel), so the sweep can
 * run as often as wanted, on several workers at once, and never repeats itself. Reads in keyset
 * batches over the (status, dueDate) index; each batch is one short transaction.
 */
export async function runBillReminders(db: Db, now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const today = new Date(istDayNumber(now) * DAY_MS);
  const horizon = new Date(today.getTime() + DUE_SOON_DAYS * DAY_MS);
  const counts = { dueSoon: 0, overdue: 0 };
  let cursor: { dueDate: Date; id: string } | null = null;
  for (;;) {
    const bills: { id: string; number: string; officeId: string; netPayablePaise: bigint; dueDate: Date }[] = await db.bill.findMany({
      where: {
        status: "PENDING",
        dueDate: { lte: horizon },
        ...(cursor ? { OR: [{ dueDate: { gt: cursor.dueDate } }, { dueDate: cursor.dueDate, id: { gt: cursor.id } }] } : {}),
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true, number: true, officeId: true, netPayablePaise: true, dueDate: true },
    });
    if (bills.length === 0) break;
    await db.$transaction(async (tx) => {
      const finance = await tx.user.findMany({
        where: { role: "FINANCE", active: true, officeId: { in: [...new Set(bills.map((b) => b.officeId))] } },
        select: { id: true, officeId: true },
      });
      for (const bill of bills) {
        const overdue = bill.dueDate.getTime() < today.getTime();
        const event = overdue ? "bill.overdue" : "bill.dueSoon";
        await notify(tx, {
          event, entityId: bill.id, userIds: finance.filter((u) => u.officeId === bill.officeId).map((u) => u.id),
          params: { billNumber: bill.number, netPayablePaise: bill.netPayablePaise, dueDate: bill.dueDate },
          link: `/finance/bills/${bill.id}`,
        });
        counts[overdue ? "overdue" : "dueSoon"] += 1;
      }
    });
    const last = bills[bills.length - 1];
    cursor = { dueDate: last.dueDate, id: last.id };
  }
  return counts;
}
