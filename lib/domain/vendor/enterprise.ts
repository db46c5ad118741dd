/**
 * Udyam's enterprise classes (MSMED Act s.7). Micro and small enterprises are the MSEs: only they
 * get the reservation, the purchase preference (Public Procurement Policy for MSEs Order, 2012)
 * and interest on late payment (MSMED Act s.15–16, which speak of "supplier", defined in s.2(n)
 * as a micro or small enterprise). A medium enterprise may sell unreserved items without either.
 */
import { z } from "zod";
import { EnterpriseClass } from "@/lib/generated/prisma/enums";

export const ENTERPRISE_CLASSES = [EnterpriseClass.MICRO, EnterpriseClass.SMALL, EnterpriseClass.MEDIUM] as const;

export function isMse(enterpriseClass: EnterpriseClass): boolean {
  return enterpriseClass === EnterpriseClass.MICRO || enterpriseClass === EnterpriseClass.SMALL;
}

export const enterpriseClassField = z.enum(ENTERPRISE_CLASSES, { error: "errors.vendor.enterpriseClass" });

/** The admin's change of a vendor's class: the new class and why (audited). */
export const changeEnterpriseClassSchema = z.object({
  vendorId: z.uuid({ error: "errors.NOT_FOUND" }),
  enterpriseClass: enterpriseClassField,
  reason: z.string({ error: "errors.required" }).trim().min(5, { error: "errors.vendor.classReason" }).max(500, { error: "errors.vendor.classReason" }),
});
