import type { Actor } from "@/lib/auth/actor";
import { changeVendorStatus } from "./change-vendor-status";

/** Approves a PENDING vendor: it may list offers and receive supply orders. */
export function approveVendor(actor: Actor | null, input: { vendorId: string; reason?: string }) {
  return changeVendorStatus(actor, "approve", input);
}
