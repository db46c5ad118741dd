import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { AppError, conflict, notFound, validationError } from "@/lib/errors";
import { changeEnterpriseClassSchema } from "@/lib/domain/vendor/enterprise";
import { notify } from "@/lib/notify/outbox";
import type { EnterpriseClass } from "@/lib/generated/prisma/enums";

/**
 * The admin corrects a vendor's Udyam class (a reclassification on the Udyam portal, or a wrong
 * choice at registration), with a reason; audited, and the vendor is told. It matters: only micro
 * and small enterprises get reserved items, the purchase preference and s.16 interest. Orders
 * already allocated keep their allocation; interest follows the class when the bill is paid.
 */
export async function changeEnterpriseClass(actor: Actor | null, input: unknown): Promise<{ enterpriseClass: EnterpriseClass }> {
  assertCan(actor, "vendor.review");
  const parsed = changeEnterpriseClassSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { vendorId, enterpriseClass, reason } = parsed.data;
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: { id: true, enterpriseClass: true, legalName: true } });
  if (!vendor) throw notFound();
  if (vendor.enterpriseClass === enterpriseClass) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { enterpriseClass: ["errors.vendor.classUnchanged"] });
  }
  const changedAt = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.vendor.updateMany({ where: { id: vendor.id, enterpriseClass: vendor.enterpriseClass }, data: { enterpriseClass } });
    if (count === 0) throw conflict("errors.vendor.changed");
    const users = await tx.user.findMany({ where: { vendorId: vendor.id, role: "VENDOR" }, select: { id: true } });
    await notify(tx, {
      event: "vendor.classChanged", entityId: `${vendor.id}:${changedAt.toISOString()}`, userIds: users.map((u) => u.id),
      params: { vendorName: vendor.legalName, enterpriseClass, reason }, link: "/vendor",
    });
    await recordAudit(tx, {
      actor, entityType: "Vendor", entityId: vendor.id, action: "vendor.changeClass",
      data: { from: vendor.enterpriseClass, to: enterpriseClass, reason },
    });
  });
  return { enterpriseClass };
}
