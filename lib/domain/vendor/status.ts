/**
 * A vendor firm's life (DOMAIN.md "Vendor onboarding") as a table of allowed transitions. Only
 * the admin decides. REJECTED is final: a firm turned away registers again only after the admin
 * has looked into it (its GSTIN and Udyam number stay taken). A suspended firm's offers stay on
 * record but are hidden from the catalogue and from allocation until it is reinstated.
 */
import { VendorStatus } from "@/lib/generated/prisma/enums";
import { defineStateMachine, type Transition } from "@/lib/domain/state-machine";

const S = VendorStatus;

export const VENDOR_EVENTS = ["approve", "reject", "suspend", "reinstate"] as const;
export type VendorEvent = (typeof VENDOR_EVENTS)[number];

export const VENDOR_TRANSITIONS: readonly Transition<VendorStatus, VendorEvent>[] = [
  { from: S.PENDING, event: "approve", to: S.ACTIVE, who: "ADMIN" },
  { from: S.PENDING, event: "reject", to: S.REJECTED, who: "ADMIN" },
  { from: S.ACTIVE, event: "suspend", to: S.SUSPENDED, who: "ADMIN" },
  { from: S.SUSPENDED, event: "reinstate", to: S.ACTIVE, who: "ADMIN" },
];

export const vendorStatus = defineStateMachine({
  statuses: Object.values(VendorStatus),
  events: VENDOR_EVENTS,
  transitions: VENDOR_TRANSITIONS,
  invalidTransitionKey: "errors.vendor.invalidTransition",
});

/** Events that need the admin's written reason (shown to the vendor). */
export const REASON_REQUIRED: Record<VendorEvent, boolean> = {
  approve: false,
  reject: true,
  suspend: true,
  reinstate: false,
};
