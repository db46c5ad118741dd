import type { Actor } from "@/lib/auth/actor";
import { changeVendorStatus } from "./change-vendor-status";

/** Reinstates a SUSPENDED vendor: its offers are public again. */
export function reinstateVendor(actor: Actor | null, input: { vendorId: string; reason?: string }) {
  return changeVendorStatus(actor, "reinstate", input);
}
