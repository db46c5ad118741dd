import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { VendorStatus } from "@/lib/generated/prisma/enums";
import { REASON_REQUIRED, VENDOR_EVENTS, vendorStatus } from "@/lib/domain/vendor/status";

const ALLOWED: Record<string, VendorStatus> = {
  "PENDING approve": "ACTIVE",
  "PENDING reject": "REJECTED",
  "ACTIVE suspend": "SUSPENDED",
  "SUSPENDED reinstate": "ACTIVE",
};

describe("vendor status transitions", () => {
  for (const from of Object.values(VendorStatus)) {
    for (const event of VENDOR_EVENTS) {
      const expected = ALLOWED[`${from} ${event}`] ?? null;
      it(`${from} --${event}--> ${expected ?? "refused"}`, () => {
        expect(vendorStatus.nextStatus(from, event)).toBe(expected);
        if (expected) {
          expect(vendorStatus.assertTransition(from, event, "ADMIN")).toBe(expected);
        } else {
          expect(() => vendorStatus.assertTransition(from, event, "ADMIN")).toThrowError(
            expect.objectContaining({ code: "CONFLICT", messageKey: "errors.vendor.invalidTransition" }),
          );
        }
      });
    }
  }

  it("only the admin decides", () => {
    for (const who of ["VENDOR", "BUYER", "INSPECTOR", "FINANCE", "SYSTEM"] as const) {
      for (const event of VENDOR_EVENTS) {
        expect(() => vendorStatus.assertTransition("PENDING", event, who)).toThrow(AppError);
        expect(vendorStatus.allowedEvents("PENDING", who)).toEqual([]);
      }
    }
  });

  it("shows the admin the decisions open from each status", () => {
    expect(vendorStatus.allowedEvents("PENDING", "ADMIN")).toEqual(["approve", "reject"]);
    expect(vendorStatus.allowedEvents("ACTIVE", "ADMIN")).toEqual(["suspend"]);
    expect(vendorStatus.allowedEvents("SUSPENDED", "ADMIN")).toEqual(["reinstate"]);
    expect(vendorStatus.isTerminal("REJECTED")).toBe(true);
  });

  it("asks for a reason exactly when the vendor loses something", () => {
    expect(REASON_REQUIRED).toEqual({ approve: false, reject: true, suspend: true, reinstate: false });
  });
});
