import { describe, expect, it } from "vitest";
import { NOTIFY_EVENTS, type EventParams, type NotifyEvent } from "@/lib/notify/events";
import { smsSegments } from "@/lib/notify/sms-segments";
import { renderNotification } from "@/lib/notify/templates";

const acceptBy = new Date("2026-12-14T12:30:00Z"); // 6 pm in IST
const day = new Date("2026-12-20T00:00:00Z");

// Realistic values at the long end of what the portal produces.
const realistic: { [E in NotifyEvent]: EventParams[E] } = {
  "vendor.registered": { vendorName: "Maa Bamleshwari Steel Fabricators", districtName: { en: "Gaurela-Pendra-Marwahi", hi: "गौरेला-पेंड्रा-मरवाही" } },
  "vendor.registrationReceived": { vendorName: "Maa Bamleshwari Steel Fabricators", reference: "REG-2026-0A1B2C3D", decisionBy: day },
  "vendor.approved": { vendorName: "Maa Bamleshwari Steel Fabricators" },
  "vendor.rejected": { vendorName: "Maa Bamleshwari Steel Fabricators", reason: "The Udyam certificate does not match the GSTIN holder." },
  "vendor.suspended": { vendorName: "Maa Bamleshwari Steel Fabricators", reason: "Repeated failure of pre-dispatch inspection." },
  "vendor.classChanged": { vendorName: "Maa Bamleshwari Steel Fabricators", enterpriseClass: "MEDIUM", reason: "Reclassified on the Udyam portal (turnover above Rs 50 crore)." },
  "penalty.imposed": { vendorName: "Maa Bamleshwari Steel Fabricators", kind: "SUSPENSION", points: 0, startsAt: day, endsAt: day, reason: "Three supply orders dispatched with forged inspection certificates." },
  "penalty.revoked": { vendorName: "Maa Bamleshwari Steel Fabricators", kind: "POINTS", reason: "Appeal upheld: the delay was the consignee's." },
  "bankRate.added": { rateBp: 575, effectiveFrom: day },
  "supplyOrder.created": { supplyOrderNumber: "SO/2026-27/0012345", valuePaise: 12_34_56_789_00n, acceptBy },
  "supplyOrder.slaReminder": { supplyOrderNumber: "SO/2026-27/0012345", acceptBy },
  "supplyOrder.reallocatedAway": { supplyOrderNumber: "SO/2026-27/0012345" },
  "supplyOrder.reallocated": { supplyOrderNumber: "SO/2026-27/0012345", newSupplyOrderNumbers: "SO/2026-27/0012346, SO/2026-27/0012347" },
  "supplyOrder.accepted": { supplyOrderNumber: "SO/2026-27/0012345", vendorName: "Maa Bamleshwari Steel Fabricators" },
  "supplyOrder.rejected": { supplyOrderNumber: "SO/2026-27/0012345", vendorName: "Maa Bamleshwari Steel Fabricators", reason: "Raw material unavailable" },
  "purchaseOrder.allocated": { purchaseOrderNumber: "PO/2026-27/0004567", supplyOrderCount: 12 },
  "purchaseOrder.lineUnfulfilled": {
    purchaseOrderNumber: "PO/2026-27/0004567",
    itemName: { en: "Steel almirah, 4 shelves, 1980 x 915 x 480 mm", hi: "स्टील अलमारी, 4 खाने, 1980 x 915 x 480 मिमी" },
    quantity: 1250,
  },
  "inspection.assigned": { supplyOrderNumber: "SO/2026-27/0012345", kind: "PRE", scheduledOn: day, vendorName: "Maa Bamleshwari Steel Fabricators" },
  "inspection.scheduled": { supplyOrderNumber: "SO/2026-27/0012345", kind: "POST", scheduledOn: day },
  "inspection.passed": { supplyOrderNumber: "SO/2026-27/0012345", kind: "POST" },
  "inspection.failed": { supplyOrderNumber: "SO/2026-27/0012345", kind: "PRE", remarks: "Sheet thickness 0.8 mm against 1.0 mm specified." },
  "supplyOrder.dispatched": { supplyOrderNumber: "SO/2026-27/0012345", vendorName: "Maa Bamleshwari Steel Fabricators", invoiceNumber: "MBSF/26-27/1234" },
  "supplyOrder.received": {
    supplyOrderNumber: "SO/2026-27/0012345",
    consigneeName: { en: "Gram Panchayat Khamhardih, Dhamtari", hi: "ग्राम पंचायत खम्हारडीह, धमतरी" },
  },
  "supplyOrder.cancelled": { supplyOrderNumber: "SO/2026-27/0012345", reason: "Requirement withdrawn by the department." },
  "supplyOrder.cancelledAfterFailures": { supplyOrderNumber: "SO/2026-27/0012345", inspections: 3 },
  "inspection.deadlineReminder": { supplyOrderNumber: "SO/2026-27/0012345", deadline: day },
  "inspection.escalated": { supplyOrderNumber: "SO/2026-27/0012345", inspectorName: "Smt. Kumari Sukhmani Dhruw-Netam", deadline: day },
  "supplyOrder.deemedAccepted": { supplyOrderNumber: "SO/2026-27/0012345", deliveredOn: day },
  "supplyOrder.shortDelivered": { supplyOrderNumber: "SO/2026-27/0012345", quantity: 1250 },
  "supplyOrder.shortfallDecided": { supplyOrderNumber: "SO/2026-27/0012345", quantity: 1250, decision: "CLOSE_SHORT", reason: "Requirement met from the district store; the rest is no longer needed." },
  "bill.generated": { billNumber: "BL/2026-27/0007890", supplyOrderNumber: "SO/2026-27/0012345", netPayablePaise: 98_76_54_321_99n, dueDate: day },
  "bill.dueSoon": { billNumber: "BL/2026-27/0007890", netPayablePaise: 98_76_54_321_99n, dueDate: day },
  "bill.overdue": { billNumber: "BL/2026-27/0007890", netPayablePaise: 98_76_54_321_99n, dueDate: day },
  "payment.released": { billNumber: "BL/2026-27/0007890", amountPaise: 98_76_54_321_99n, bankReference: "SBINR52026121412345678" },
  "payment.initiated": { billNumber: "BL/2026-27/0007890", amountPaise: 98_76_54_321_99n, endToEndId: "MNK000000012345" },
  "payment.returned": { billNumber: "BL/2026-27/0007890", amountPaise: 98_76_54_321_99n, reason: "AC04 account closed" },
  "incident.raised": { incidentNumber: "INC/2026-27/000123", category: "INSPECTION_NOT_DONE" },
  "incident.responded": { incidentNumber: "INC/2026-27/000123", category: "WRONGFUL_REJECTION" },
  "incident.message": { incidentNumber: "INC/2026-27/000123", category: "SHORT_DELIVERY" },
  "incident.escalated": { incidentNumber: "INC/2026-27/000123", category: "DELAYED_PAYMENT", level: 2, escalatedTo: "MSE_FACILITATION_COUNCIL" },
  "incident.resolved": { incidentNumber: "INC/2026-27/000123", category: "LATE_DELIVERY", outcome: "NOT_UPHELD" },
  "riskFlag.reviewed": { kind: "LATE_PAYMENT", note: "Bills were held for a budget re-appropriation; paid since with interest." },
  "otp.code": { code: "482913", validMinutes: 10 },
  "auth.passwordReset": { url: "https://manak.cg.gov.in/reset-password/Xq2v9Lk3pR7sT1uW5yZ8aB", validMinutes: 30 },
};

const longName = "Shri Mahamaya Steel Fabricators and Engineering Works Private Limited";
// Free-text names far beyond the realistic: SMS must still fit, because names are clipped there.
const extreme = Object.fromEntries(
  Object.entries(realistic).map(([event, params]) => [
    event,
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        k === "vendorName" ? longName
        : v && typeof v === "object" && "en" in v ? { en: `${longName} ${v.en}`, hi: `${v.hi} ${v.hi} ${v.hi}` }
        : v,
      ]),
    ),
  ]),
) as typeof realistic;

const cases = NOTIFY_EVENTS.flatMap((event) => (["en", "hi"] as const).map((locale) => [event, locale] as const));

describe("notification templates", () => {
  it("cover every event", () => {
    expect(Object.keys(realistic).sort()).toEqual([...NOTIFY_EVENTS].sort());
  });

  it.each(cases)("%s (%s): SMS fits in two parts, realistic and extreme names", (event, locale) => {
    for (const params of [realistic[event], extreme[event]]) {
      const { sms } = renderNotification(event, locale, params as never);
      const size = smsSegments(sms);
      expect(size.segments, sms).toBeLessThanOrEqual(2);
      // English must stay GSM-7: one stray "₹" or "…" would cut each part to 70 characters.
      if (locale === "en") expect(size.encoding, sms).toBe("GSM-7");
      else expect(sms).toMatch(/[\u0900-\u097F]/);
    }
  });

  it.each(cases)("%s (%s): every part renders without holes", (event, locale) => {
    const rendered = renderNotification(event, locale, realistic[event] as never, { recipientName: "Asha Verma", link: "/vendor" });
    for (const value of Object.values(rendered)) {
      expect(value).not.toMatch(/undefined|NaN|\[object|null/);
      expect(value.trim()).not.toBe("");
    }
  });

  it("writes Hindi for Hindi readers and English for English readers", () => {
    const hi = renderNotification("supplyOrder.created", "hi", realistic["supplyOrder.created"]);
    const en = renderNotification("supplyOrder.created", "en", realistic["supplyOrder.created"]);
    expect(hi.subject).toContain("नया आपूर्ति आदेश SO/2026-27/0012345");
    expect(hi.body).toContain("₹12,34,56,789.00");
    expect(en.subject).toBe("New supply order SO/2026-27/0012345: accept or reject by 14 Dec 2026, 6:00 pm");
    expect(en.sms).toContain("Rs 12,34,56,789.00");
    expect(en.subject).not.toMatch(/[\u0900-\u097F]/);
  });

  it("puts the link and the right footer in the e-mail", () => {
    process.env.PUBLIC_BASE_URL = "https://manak.cg.gov.in";
    try {
      const optional = renderNotification("supplyOrder.accepted", "en", realistic["supplyOrder.accepted"], { link: "/buyer/orders/1" });
      expect(optional.text).toContain("Open in Manak: https://manak.cg.gov.in/buyer/orders/1");
      expect(optional.text).toContain("https://manak.cg.gov.in/settings/notifications");
      expect(optional.html).toContain('href="https://manak.cg.gov.in/buyer/orders/1"');
      const mandatory = renderNotification("payment.released", "hi", realistic["payment.released"]);
      expect(mandatory.text).toContain("यह संदेश बंद नहीं किया जा सकता");
      expect(mandatory.text).not.toContain("/settings/notifications");
    } finally {
      delete process.env.PUBLIC_BASE_URL;
    }
  });

  it("escapes names in the HTML e-mail", () => {
    const { html, text } = renderNotification("vendor.approved", "en", { vendorName: `<img src=x onerror="alert(1)"> & Sons` });
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Sons");
    expect(html).not.toContain("<img");
    expect(text).toContain(`<img src=x onerror="alert(1)"> & Sons`);
  });

  it("clips long names in SMS only", () => {
    const rendered = renderNotification("supplyOrder.accepted", "en", { supplyOrderNumber: "SO/1", vendorName: longName });
    expect(rendered.sms).toContain("Shri Mahamaya Steel Fabrica...");
    expect(rendered.body).toContain(longName);
  });
});
