import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, can, PERMISSIONS, ROLE_HOME } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES: Role[] = ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"];
const actor = (role: Role): Actor => ({ userId: "u", role, locale: "en", officeId: null, vendorId: null, agencyId: null, inspectorId: null });

describe("permission matrix", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = (PERMISSIONS[action] as readonly Role[]).includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
        if (allowed) expect(() => assertCan(actor(role), action)).not.toThrow();
        else expect(() => assertCan(actor(role), action)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      });
    }
  }

  it("refuses anonymous callers as unauthenticated", () => {
    for (const action of ACTIONS) {
      expect(() => assertCan(null, action)).toThrow(AppError);
      expect(() => assertCan(null, action)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    }
  });

  it("money-moving and approval actions belong to exactly one role", () => {
    for (const action of ["payment.release", "vendor.review", "policy.manage", "purchaseOrder.place", "inspection.record"] as const) {
      expect(PERMISSIONS[action]).toHaveLength(1);
    }
  });

  it("every role has a window", () => {
    expect(Object.keys(ROLE_HOME).sort()).toEqual([...ROLES].sort());
  });
});
