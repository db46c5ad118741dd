import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_RETRY, retryDelayMs } from "../retry";

export type DeliveryReport = {
  messageSid: string;
  /** Twilio's MessageStatus: queued, sent, delivered, undelivered, failed, read … */
  messageStatus: string;
  errorCode: string | null;
  /** Our row id from the callback URL; settles a row whose worker died before recording the sid. */
  notificationId: bigint | null;
};

const DELIVERED = new Set(["delivered", "read"]);
const NOT_DELIVERED = new Set(["undelivered", "failed"]);

/**
 * Applies a Twilio status callback to the SMS row it reports on. Delivered is final; a carrier
 * failure puts the row back in the queue with backoff (DEAD once attempts are spent). Interim
 * statuses only attach the sid. Reports may arrive late or out of order, so each update is
 * conditional on the row's current status. Returns whether a row was changed.
 */
export async function recordDeliveryReport(report: DeliveryReport): Promise<boolean> {
  const row = await db.notification.findFirst({
    where: {
      channel: "SMS",
      OR: [
        { providerId: report.messageSid },
        ...(report.notificationId !== null ? [{ id: report.notificationId, providerId: null }] : []),
      ],
    },
    select: { id: true, status: true, attempts: true, providerId: true },
  });
  if (!row) return false;
  const now = new Date();
  const settle = { providerId: report.messageSid, lockedUntil: null };

  if (DELIVERED.has(report.messageStatus)) {
    const { count } = await db.notification.updateMany({
      where: { id: row.id, status: { in: ["SENDING", "SENT", "FAILED"] } },
      data: { ...settle, status: "DELIVERED", deliveredAt: now, sentAt: now, lastError: null },
    });
    return count > 0;
  }
  if (NOT_DELIVERED.has(report.messageStatus)) {
    const dead = row.attempts >= DEFAULT_RETRY.maxAttempts;
    const { count } = await db.notification.updateMany({
      where: { id: row.id, status: { in: ["SENDING", "SENT"] } },
      data: {
        ...settle,
        status: dead ? "DEAD" : "FAILED",
        lastError: `Twilio reported ${report.messageStatus}${report.errorCode ? ` (error ${report.errorCode})` : ""}`,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
      },
    });
    return count > 0;
  }
  // queued / sent …: the provider has it. A row without a sid is one whose send we never saw
  // answered (the worker died, or timed out while Twilio accepted): it is sent, and must not be
  // retried — this is what closes most of the SMS at-least-once window.
  const { count } = await db.notification.updateMany({
    where: { id: row.id, status: { in: row.providerId === null ? ["SENDING", "FAILED"] : ["SENDING"] } },
    data: { ...settle, status: "SENT", sentAt: now },
  });
  return count > 0;
}
