import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflict, notFound, validationError } from "@/lib/errors";
import { text, uuid } from "@/lib/domain/catalogue/form-fields";
import { notify } from "@/lib/notify/outbox";
import { officeUserIds, vendorUserIds } from "@/lib/services/recipients";

const schema = z.object({
  flagId: uuid("errors.NOT_FOUND"),
  note: text(5, 1000, "errors.riskFlag.note"),
});

/**
 * An admin marks a public risk flag reviewed, with a note that is published beside it. The flag is
 * never hidden or removed; a flag is reviewed once (a second review is a conflict: the first
 * note stands, in public, and in the audit log). The office's buyers and finance officers, or the
 * vendor's users, hear of it.
 */
export async function reviewRiskFlag(actor: Actor | null, input: unknown, now = new Date()): Promise<{ flagId: string }> {
  assertCan(actor, "riskFlag.review");
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { flagId, note } = parsed.data;
  const flag = await db.riskFlag.findUnique({ where: { id: flagId }, select: { id: true, kind: true, officeId: true, vendorId: true, purchaseOrderId: true } });
  if (!flag) throw notFound();

  return db.$transaction(async (tx) => {
    const { count } = await tx.riskFlag.updateMany({
      where: { id: flag.id, reviewedAt: null },
      data: { reviewedAt: now, reviewedById: actor.userId, reviewNote: note },
    });
    if (count === 0) throw conflict("errors.riskFlag.alreadyReviewed");
    const recipients = [
      ...(flag.officeId ? [...(await officeUserIds(tx, [flag.officeId], "BUYER")), ...(await officeUserIds(tx, [flag.officeId], "FINANCE"))] : []),
      ...(flag.vendorId ? await vendorUserIds(tx, flag.vendorId) : []),
    ];
    await notify(tx, { event: "riskFlag.reviewed", entityId: flag.id, userIds: recipients, params: { kind: flag.kind, note }, link: `/risk-flags/${flag.id}` });
    await recordAudit(tx, {
      actor, entityType: "RiskFlag", entityId: flag.id, action: "riskFlag.review", purchaseOrderId: flag.purchaseOrderId,
      data: { kind: flag.kind, note },
    });
    return { flagId: flag.id };
  });
}
