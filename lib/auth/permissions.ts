import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

/**
 * The role × action matrix. Every server action and route asks `assertCan` before anything else;
 * the resource itself is then loaded through the actor's scope (someone else's is NOT_FOUND).
 */
export const PERMISSIONS = {
  "catalogue.manage": ["ADMIN"],
  "vendor.review": ["ADMIN"],
  "penalty.manage": ["ADMIN"],
  "policy.manage": ["ADMIN"],
  "office.manage": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "notification.admin": ["ADMIN"],
  "riskFlag.review": ["ADMIN"],
  "webhook.manage": ["ADMIN"],
  // Open API tokens (docs/api.md): an office's finance or purchase officer for the office, the admin state-wide.
  "apiToken.manage": ["BUYER", "FINANCE", "ADMIN"],
  "offer.manage": ["VENDOR"],
  "supplyOrder.respond": ["VENDOR"],
  "supplyOrder.dispatch": ["VENDOR"],
  "inspection.request": ["VENDOR"],
  "vendorBill.view": ["VENDOR"],
  "penalty.viewOwn": ["VENDOR"],
  "penalty.appeal": ["VENDOR"],
  "purchaseOrder.place": ["BUYER"],
  "purchaseOrder.view": ["BUYER", "FINANCE"],
  "supplyOrder.cancel": ["BUYER"],
  "receipt.record": ["BUYER"],
  "incident.raise": ["BUYER", "VENDOR"],
  "incident.view": ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"],
  "incident.respond": ["BUYER", "VENDOR", "INSPECTOR", "ADMIN"],
  "incident.withdraw": ["BUYER", "VENDOR"],
  "incident.resolve": ["ADMIN"],
  "inspection.record": ["INSPECTOR"],
  "bill.view": ["FINANCE"],
  "payment.release": ["FINANCE"],
  "paymentBatch.manage": ["FINANCE"],
  "profile.update": ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"],
  "notification.read": ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

export function assertCan(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN");
}

/** Each role's single window. */
export const ROLE_HOME: Record<Role, string> = {
  BUYER: "/buyer",
  VENDOR: "/vendor",
  INSPECTOR: "/inspector",
  FINANCE: "/finance",
  ADMIN: "/admin",
};
