import { db } from "@/lib/db";
import { AppError, conflict, notFound, validationError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notify/outbox";
import { vendorDecisionSchema } from "@/lib/domain/vendor/decision";
import { REASON_REQUIRED, vendorStatus, type VendorEvent } from "@/lib/domain/vendor/status";
import type { VendorStatus } from "@/lib/generated/prisma/enums";

/**
 * The admin's decision on a vendor (approve, reject, suspend, reinstate): the shared body of the
 * four use cases. A conditional update on the status the admin saw, the audit event, and the
 * vendor's users told in their own language — all in one transaction.
 */
export async function changeVendorStatus(actor: Actor | null, event: VendorEvent, input: unknown): Promise<{ status: VendorStatus }> {
  assertCan(actor, "vendor.review");
  const parsed = vendorDecisionSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { vendorId, reason } = parsed.data;
  if (REASON_REQUIRED[event] && reason === "") {
    throw new AppError("VALIDATION", "errors.VALIDATION", { reason: ["errors.vendor.reasonRequired"] });
  }

  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: { id: true, status: true, legalName: true } });
  if (!vendor) throw notFound();
  const to = vendorStatus.assertTransition(vendor.status, event, actor.role);
  const decidedAt = new Date();

  await db.$transaction(async (tx) => {
    const { count } = await tx.vendor.updateMany({
      where: { id: vendor.id, status: vendor.status },
      data: { status: to, statusReason: reason || null, decidedAt },
    });
    if (count === 0) throw conflict("errors.vendor.changed");
    await recordAudit(tx, {
      actor,
      entityType: "Vendor",
      entityId: vendor.id,
      action: `vendor.${event}`,
      data: { from: vendor.status, to, ...(reason ? { reason } : {}) },
    });
    const users = await tx.user.findMany({ where: { vendorId: vendor.id, role: "VENDOR" }, select: { id: true } });
    // A suspended or rejected firm's people are signed out everywhere at once.
    if (event === "suspend" || event === "reject") {
      await tx.user.updateMany({ where: { vendorId: vendor.id }, data: { sessionVersion: { increment: 1 } } });
    }
    const userIds = users.map((u) => u.id);
    // The decision time is part of the subject: a firm suspended, reinstated and suspended again
    // hears about each suspension (the outbox drops a repeat of the same event and subject).
    const entityId = `${vendor.id}:${decidedAt.toISOString()}`;
    const link = "/vendor";
    if (event === "approve" || event === "reinstate") {
      await notify(tx, { event: "vendor.approved", entityId, userIds, params: { vendorName: vendor.legalName }, link });
    } else if (event === "reject") {
      await notify(tx, { event: "vendor.rejected", entityId, userIds, params: { vendorName: vendor.legalName, reason }, link });
    } else {
      await notify(tx, { event: "vendor.suspended", entityId, userIds, params: { vendorName: vendor.legalName, reason }, link });
    }
  });
  return { status: to };
}
