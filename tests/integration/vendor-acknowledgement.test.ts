import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registrationDecisionBy, registrationReference } from "@/lib/domain/vendor/acknowledgement";
import { registerVendor } from "@/lib/services/vendor/register-vendor";
import { makeDistrict } from "@/tests/factories";
import { registrationForm } from "@/tests/factories/vendor";

describe("the new vendor hears at once (issue 15: only the admin was told)", () => {
  it("gets an e-mail and an SMS in its language with a reference number and the decision date", async () => {
    const districtId = (await makeDistrict(db)).id;
    const { vendorId, userId, reference, decisionBy } = await registerVendor(registrationForm(districtId), { locale: "hi", ip: "203.0.113.7" });
    const vendor = await db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    expect(reference).toBe(registrationReference(vendorId, vendor.registeredAt));
    expect(reference).toMatch(/^REG-\d{4}-[0-9A-F]{8}$/);
    expect(decisionBy).toEqual(registrationDecisionBy(vendor.registeredAt));

    const sent = await db.notification.findMany({ where: { userId, event: "vendor.registrationReceived" }, orderBy: { channel: "asc" } });
    expect(sent.map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP", "SMS"]);
    for (const n of sent) {
      expect(n.locale).toBe("hi");
      expect(`${n.subject} ${n.body}`).toContain(reference);
    }
    const sms = sent.find((n) => n.channel === "SMS")!;
    expect(sms.toAddress).toMatch(/^\+91\d{10}$/);
    expect(sms.body).toMatch(/निर्णय/);
  });
});

describe("registrationDecisionBy", () => {
  it("counts working days, Monday to Saturday, from the registration's IST day", () => {
    // Friday 4 Dec 2026, 11 pm IST (17:30 UTC): 7 working days → Sat 5, Mon 7 … Sat 12 (Sunday 6 skipped).
    expect(registrationDecisionBy(new Date("2026-12-04T17:30:00Z")).toISOString().slice(0, 10)).toBe("2026-12-12");
    // 00:30 IST on Saturday 5 Dec is still Saturday in India: Mon 7 … Sat 12, Mon 14.
    expect(registrationDecisionBy(new Date("2026-12-04T19:00:00Z")).toISOString().slice(0, 10)).toBe("2026-12-14");
  });
});
