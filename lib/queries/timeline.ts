import "server-only";
// The public read side: a replica when one is configured (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";

/**
 * A purchase order's audit trail for its public page: what happened, when, and in which role —
 * never who (no user ids or names) and never the event's data, which may hold what a person typed.
 * Each entry carries its seq and hash so anyone can match it against the verified chain.
 */
export const TIMELINE_LIMIT = 500;

export async function orderTimeline(purchaseOrderId: string) {
  const events = await db.auditEvent.findMany({
    where: { purchaseOrderId },
    orderBy: { seq: "asc" },
    take: TIMELINE_LIMIT,
    select: { seq: true, occurredAt: true, actorRole: true, entityType: true, entityId: true, action: true, hash: true },
  });
  return events.map((e) => ({ ...e, seq: e.seq.toString() }));
}

export type TimelineEvent = Awaited<ReturnType<typeof orderTimeline>>[number];
