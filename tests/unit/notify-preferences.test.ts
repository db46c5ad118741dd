import { describe, expect, it } from "vitest";
import { eventsFor, EVENTS, NOTIFY_EVENTS } from "@/lib/notify/events";
import { parsePrefs, wantsChannel } from "@/lib/notify/preferences";

describe("notification preferences", () => {
  it("treats a missing choice as on", () => {
    expect(wantsChannel({}, "supplyOrder.accepted", "EMAIL")).toBe(true);
    expect(wantsChannel({ "supplyOrder.accepted": { SMS: false } }, "supplyOrder.accepted", "EMAIL")).toBe(true);
  });

  it("honours an opt-out for an optional event", () => {
    const prefs = { "supplyOrder.accepted": { EMAIL: false, SMS: false } };
    expect(wantsChannel(prefs, "supplyOrder.accepted", "EMAIL")).toBe(false);
    expect(wantsChannel(prefs, "supplyOrder.accepted", "SMS")).toBe(false);
    expect(wantsChannel(prefs, "supplyOrder.accepted", "IN_APP")).toBe(true);
  });

  it.each(["payment.released", "supplyOrder.rejected", "vendor.registrationReceived", "vendor.rejected", "otp.code", "supplyOrder.created"] as const)(
    "ignores an opt-out of mandatory %s",
    (event) => {
      expect(EVENTS[event].mandatory).toBe(true);
      expect(wantsChannel({ [event]: { EMAIL: false, SMS: false } }, event, "EMAIL")).toBe(true);
      expect(wantsChannel({ [event]: { EMAIL: false, SMS: false } }, event, "SMS")).toBe(true);
    },
  );

  it("has exactly these mandatory events: money, rejections, what the recipient must act on, the registration acknowledgement and the password reset", () => {
    expect(NOTIFY_EVENTS.filter((e) => EVENTS[e].mandatory).sort()).toEqual([
      "auth.passwordReset", "incident.escalated", "incident.raised", "incident.resolved", "inspection.deadlineReminder", "inspection.escalated", "otp.code", "payment.released", "payment.returned", "penalty.imposed",
      "supplyOrder.created", "supplyOrder.deemedAccepted", "supplyOrder.rejected", "supplyOrder.shortDelivered", "supplyOrder.shortfallDecided", "vendor.classChanged",
      "vendor.registrationReceived", "vendor.rejected",
    ]);
  });

  it("reads malformed stored JSON as everything on", () => {
    expect(parsePrefs("nonsense")).toEqual({});
    expect(parsePrefs({ "bill.overdue": { EMAIL: "no" } })).toEqual({});
    expect(parsePrefs(null)).toEqual({});
  });

  it("gives each role only its own events", () => {
    expect(eventsFor("INSPECTOR")).toEqual([
      "inspection.assigned", "inspection.deadlineReminder", "inspection.escalated", "supplyOrder.deemedAccepted",
      "incident.raised", "incident.message", "incident.escalated", "incident.resolved",
    ]);
    expect(eventsFor("ADMIN")).toEqual([
      "vendor.registered", "bankRate.added", "inspection.escalated", "incident.raised", "incident.responded", "incident.message", "incident.escalated",
    ]);
    expect(eventsFor("FINANCE")).toEqual(["bill.generated", "bill.dueSoon", "bill.overdue", "incident.escalated", "riskFlag.reviewed"]);
    expect(eventsFor("VENDOR")).toContain("supplyOrder.created");
    expect(eventsFor("VENDOR")).not.toContain("otp.code");
  });
});
