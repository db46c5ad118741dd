"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { VENDOR_EVENTS } from "@/lib/domain/vendor/status";
import { approveVendor } from "@/lib/services/vendor/approve-vendor";
import { changeEnterpriseClass } from "@/lib/services/vendor/change-enterprise-class";
import { reinstateVendor } from "@/lib/services/vendor/reinstate-vendor";
import { rejectVendor } from "@/lib/services/vendor/reject-vendor";
import { suspendVendor } from "@/lib/services/vendor/suspend-vendor";

const DECIDE = { approve: approveVendor, reject: rejectVendor, suspend: suspendVendor, reinstate: reinstateVendor } as const;

/** One decision form posts `vendorId`, `event`, `reason` and the queue tab to come back to. */
export const decideVendorAction = formAction({
  access: "vendor.review",
  input: z.object({
    event: z.enum(VENDOR_EVENTS, { error: "errors.malformedForm" }),
    vendorId: text(100),
    reason: text(2000),
    tab: text(40).transform((tab) => tab || "PENDING"),
  }),
  async run({ actor, input }) {
    await DECIDE[input.event](actor, { vendorId: input.vendorId, reason: input.reason });
    revalidatePath("/admin/vendors");
    redirect(`/admin/vendors?status=${encodeURIComponent(input.tab)}&done=${input.event}`);
  },
});

/** The admin records a vendor's Udyam class (micro, small or medium) with the reason. */
export const changeEnterpriseClassAction = formAction({
  access: "vendor.review",
  input: z.object({
    vendorId: text(100),
    enterpriseClass: text(20),
    reason: text(2000),
    tab: text(40).transform((tab) => tab || "PENDING"),
  }),
  async run({ actor, input }) {
    await changeEnterpriseClass(actor, { vendorId: input.vendorId, enterpriseClass: input.enterpriseClass, reason: input.reason });
    revalidatePath("/admin/vendors");
    redirect(`/admin/vendors?status=${encodeURIComponent(input.tab)}&done=changeClass`);
  },
});
