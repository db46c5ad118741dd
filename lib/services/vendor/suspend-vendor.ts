import type { Actor } from "@/lib/auth/actor";
import { changeVendorStatus } from "./change-vendor-status";

/** Suspends an ACTIVE vendor with a reason: its offers leave the catalogue and allocation. */
export function suspendVendor(actor: Actor | null, input: { vendorId: string; reason?: string }) {
  return changeVendorStatus(actor, "suspend", input);
}
