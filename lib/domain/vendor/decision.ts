/** The admin's decision on a vendor: which one, and the reason the vendor will read. Pure. */
import { z } from "zod";
import { optionalText, uuid } from "@/lib/domain/catalogue/form-fields";

export const vendorDecisionSchema = z.object({
  vendorId: uuid("errors.NOT_FOUND"),
  reason: optionalText(1000, "errors.vendor.reasonLength"),
});

export type VendorDecision = z.output<typeof vendorDecisionSchema>;
