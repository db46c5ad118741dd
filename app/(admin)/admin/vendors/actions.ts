"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { VENDOR_EVENTS, type VendorEvent } from "@/lib/domain/vendor/status";
import { approveVendor } from "@/lib/services/vendor/approve-vendor";
import { changeEnterpriseClass } from "@/lib/services/vendor/change-enterprise-class";
import { reinstateVendor } from "@/lib/services/vendor/reinstate-vendor";
import { rejectVendor } from "@/lib/services/vendor/reject-vendor";
import { suspendVendor } from "@/lib/services/vendor/suspend-vendor";

const DECIDE = { approve: approveVendor, reject: rejectVendor, suspend: suspendVendor, reinstate: reinstateVendor } as const;

/** One decision form posts `vendorId`, `event`, `reason` and the queue tab to come back to. */
export async function decideVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const event = String(formData.get("event")) as VendorEvent;
  const tab = String(formData.get("tab") ?? "PENDING");
  try {
    if (!VENDOR_EVENTS.includes(event)) throw new Error(`unknown vendor event ${event}`);
    await DECIDE[event](await getActor(), { vendorId: String(formData.get("vendorId") ?? ""), reason: String(formData.get("reason") ?? "") });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/vendors");
  redirect(`/admin/vendors?status=${encodeURIComponent(tab)}&done=${event}`);
}

/** The admin records a vendor's Udyam class (micro, small or medium) with the reason. */
export async function changeEnterpriseClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const tab = String(formData.get("tab") ?? "PENDING");
  try {
    await changeEnterpriseClass(await getActor(), {
      vendorId: String(formData.get("vendorId") ?? ""), enterpriseClass: String(formData.get("enterpriseClass") ?? ""), reason: String(formData.get("reason") ?? ""),
    });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/admin/vendors");
  redirect(`/admin/vendors?status=${encodeURIComponent(tab)}&done=changeClass`);
}
