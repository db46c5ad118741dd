import type { Actor } from "@/lib/auth/actor";
import { changeVendorStatus } from "./change-vendor-status";

/** Rejects a PENDING vendor with a reason the vendor reads. */
export function rejectVendor(actor: Actor | null, input: { vendorId: string; reason?: string }) {
  return changeVendorStatus(actor, "reject", input);
}
