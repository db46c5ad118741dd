import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, can, ROLE_HOME } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES: Role[] = ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"];
const actor = (role: Role): Actor => ({ userId: "u", role, locale: "en", officeId: null, vendorId: null, agencyId: null, inspectorId: null });

/**
 * The matrix as DOMAIN.md describes the roles, written out by hand — one row per action, one
 * column per role (B = BUYER, V = VENDOR, I = INSPECTOR, F = FINANCE, A = ADMIN; "x" may, "." may
 * not). Deliberately not derived from lib/auth/permissions.ts: a change there must be made here
 * too, on purpose.
 */
const EXPECTED = `
  action                 B V I F A
  catalogue.manage       . . . . x
  vendor.review          . . . . x
  penalty.manage         . . . . x
  policy.manage          . . . . x
  office.manage          . . . . x
  user.manage            . . . . x
  notification.admin     . . . . x
  offer.manage           . x . . .
  supplyOrder.respond    . x . . .
  supplyOrder.dispatch   . x . . .
  inspection.request     . x . . .
  vendorBill.view        . x . . .
  penalty.viewOwn        . x . . .
  penalty.appeal         . x . . .
  purchaseOrder.place    x . . . .
  purchaseOrder.view     x . . x .
  supplyOrder.cancel     x . . . .
  receipt.record         x . . . .
  incident.raise         x x . . .
  incident.view          x x x x x
  incident.respond       x x x . x
  incident.withdraw      x x . . .
  incident.resolve       . . . . x
  inspection.record      . . x . .
  bill.view              . . . x .
  payment.release        . . . x .
  paymentBatch.manage    . . . x .
  riskFlag.review        . . . . x
  webhook.manage         . . . . x
  apiToken.manage        x . . x x
  profile.update         x x x x x
  notification.read      x x x x x
`;

const table = EXPECTED.trim()
  .split("\n")
  .slice(1)
  .map((line) => line.trim().split(/\s+/))
  .map(([action, ...marks]) => ({ action, allowed: ROLES.filter((_, i) => marks[i] === "x") }));

describe("permission matrix", () => {
  it("has exactly the actions of the table", () => {
    expect([...ACTIONS].sort()).toEqual(table.map((row) => row.action).sort());
  });

  for (const { action, allowed } of table) {
    for (const role of ROLES) {
      const may = allowed.includes(role);
      it(`${role} ${may ? "may" : "may not"} ${action}`, () => {
        const a = action as (typeof ACTIONS)[number];
        expect(can(role, a)).toBe(may);
        if (may) expect(() => assertCan(actor(role), a)).not.toThrow();
        else expect(() => assertCan(actor(role), a)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      });
    }
  }

  it("refuses anonymous callers as unauthenticated", () => {
    for (const action of ACTIONS) {
      expect(() => assertCan(null, action)).toThrow(AppError);
      expect(() => assertCan(null, action)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    }
  });

  it("every role has a window", () => {
    expect(ROLE_HOME).toEqual({ BUYER: "/buyer", VENDOR: "/vendor", INSPECTOR: "/inspector", FINANCE: "/finance", ADMIN: "/admin" });
  });
});
