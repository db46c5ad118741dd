/**
 * The words of every notification, in English and Hindi, in code so that a missing template or
 * parameter is a type error. Each event has an e-mail subject, a body (the e-mail's and the in-app
 * list's text) and an SMS. SMS stay within two parts (tests/unit/notify-templates.test.ts): the
 * English ones use only GSM-7 characters ("Rs", not "₹", which would force UCS-2 and cut a part to
 * 70 characters); Hindi is UCS-2 anyway, so it is kept terse and leaves free text to the e-mail.
 * Pure; no I/O.
 */
import { formatDateIst, formatDateTimeIst, type UiLocale } from "@/lib/domain/format";
import { formatInr, paiseToRupeesString } from "@/lib/domain/money";
import {
  isMandatory, type EventParams, type IncidentCategoryName, type IncidentEscalationName, type IncidentOutcomeName, type InspectionKind, type Localized,
  type NotifyEvent, type RiskFlagKindName,
} from "./events";

type Format = {
  money(paise: bigint): string;
  date(d: Date): string;
  dateTime(d: Date): string;
  name(l: Localized): string;
  kind(k: InspectionKind): string;
  /** Free text (a firm's name) as it fits: whole in e-mail, at most 30 characters in SMS. */
  clip(s: string): string;
};

type Copy<P> = {
  subject(p: P, f: Format): string;
  body(p: P, f: Format): string;
  sms(p: P, f: Format): string;
};

const INCIDENT_CATEGORY_EN: Record<IncidentCategoryName, string> = {
  QUALITY: "quality", SHORT_DELIVERY: "short delivery", LATE_DELIVERY: "late delivery", CONDUCT: "conduct",
  DELAYED_PAYMENT: "delayed payment", WRONGFUL_REJECTION: "wrongful rejection", INSPECTION_NOT_DONE: "inspection not done", OTHER: "other", PENALTY_APPEAL: "penalty appeal",
};
const INCIDENT_CATEGORY_HI: Record<IncidentCategoryName, string> = {
  QUALITY: "गुणवत्ता", SHORT_DELIVERY: "कम आपूर्ति", LATE_DELIVERY: "देर से आपूर्ति", CONDUCT: "आचरण",
  DELAYED_PAYMENT: "भुगतान में देरी", WRONGFUL_REJECTION: "ग़लत अस्वीकृति", INSPECTION_NOT_DONE: "निरीक्षण नहीं हुआ", OTHER: "अन्य", PENALTY_APPEAL: "दंड के विरुद्ध अपील",
};
const ESCALATION_EN: Record<IncidentEscalationName, string> = {
  OFFICE_HEAD: "the head of the office", DEPARTMENT_ADMIN: "the industries department", MSE_FACILITATION_COUNCIL: "the MSE Facilitation Council",
};
const ESCALATION_HI: Record<IncidentEscalationName, string> = {
  OFFICE_HEAD: "कार्यालय प्रमुख", DEPARTMENT_ADMIN: "उद्योग विभाग", MSE_FACILITATION_COUNCIL: "सूक्ष्म एवं लघु उद्यम सुविधा परिषद",
};
const OUTCOME_EN: Record<IncidentOutcomeName, string> = { UPHELD: "upheld", NOT_UPHELD: "not upheld", SETTLED: "settled", WITHDRAWN: "withdrawn" };
const OUTCOME_HI: Record<IncidentOutcomeName, string> = { UPHELD: "सही पाई गई", NOT_UPHELD: "सही नहीं पाई गई", SETTLED: "आपसी समाधान", WITHDRAWN: "वापस ली गई" };

const RISK_KIND_EN: Record<RiskFlagKindName, string> = {
  ORDER_SPLITTING: "possible order splitting",
  PRICE_OUTLIER: "price far above the median",
  VENDOR_CONCENTRATION: "one vendor's large share of spend",
  REPEATED_REJECTIONS: "goods rejected repeatedly",
  LATE_PAYMENT: "bills paid late",
};
const RISK_KIND_HI: Record<RiskFlagKindName, string> = {
  ORDER_SPLITTING: "संभावित आदेश-विभाजन",
  PRICE_OUTLIER: "माध्यिका से बहुत अधिक मूल्य",
  VENDOR_CONCENTRATION: "ख़र्च में एक विक्रेता का बड़ा हिस्सा",
  REPEATED_REJECTIONS: "माल बार-बार अस्वीकृत",
  LATE_PAYMENT: "बिलों का देर से भुगतान",
};

type Catalogue = { [E in NotifyEvent]: Copy<EventParams[E]> };

const PENALTY = {
  en: { WARNING: "a warning", POINTS: "penalty points", SUSPENSION: "a suspension", DEBARMENT: "a debarment" },
  hi: { WARNING: "चेतावनी", POINTS: "दंड अंक", SUSPENSION: "निलंबन", DEBARMENT: "प्रतिबंध (डिबारमेंट)" },
} as const;

const CLASS = {
  en: { MICRO: "micro", SMALL: "small", MEDIUM: "medium" },
  hi: { MICRO: "सूक्ष्म", SMALL: "लघु", MEDIUM: "मध्यम" },
} as const;

const en: Catalogue = {
  "vendor.registered": {
    subject: (p) => `New vendor awaiting approval: ${p.vendorName}`,
    body: (p, f) =>
      `${p.vendorName} of ${f.name(p.districtName)} district has registered on Manak and is waiting for approval. ` +
      `Check the Udyam and GST details and approve or reject the registration.`,
    sms: (p, f) => `Manak: New vendor ${f.clip(p.vendorName)} (${f.name(p.districtName)}) is waiting for approval.`,
  },
  "vendor.registrationReceived": {
    subject: (p) => `Registration received: ${p.reference}`,
    body: (p, f) =>
      `Manak has received the registration of ${p.vendorName}. Your reference number is ${p.reference}. ` +
      `The industries department checks the Udyam and GST details and decides by ${f.date(p.decisionBy)}; ` +
      `you will be told by e-mail and SMS. Until then you can sign in and see the status of your registration.`,
    sms: (p, f) => `Manak: Registration received. Ref ${p.reference}. Decision by ${f.date(p.decisionBy)}; you will get an SMS.`,
  },
  "vendor.approved": {
    subject: (p) => `Your registration is approved: ${p.vendorName}`,
    body: (p) =>
      `${p.vendorName} is now an approved vendor on Manak. You can list offers against catalogue items, ` +
      `and supply orders allocated to you will reach you automatically.`,
    sms: (p, f) => `Manak: ${f.clip(p.vendorName)} is approved. You can now list offers and receive supply orders.`,
  },
  "vendor.rejected": {
    subject: (p) => `Registration not approved: ${p.vendorName}`,
    body: (p) =>
      `The registration of ${p.vendorName} was not approved.\n\nReason: ${p.reason}\n\n` +
      `You may correct the details and register again.`,
    sms: (p, f) => `Manak: Registration of ${f.clip(p.vendorName)} was not approved. The reason is in your e-mail and on the portal.`,
  },
  "vendor.suspended": {
    subject: (p) => `Vendor account suspended: ${p.vendorName}`,
    body: (p) =>
      `${p.vendorName} has been suspended on Manak and will not receive new supply orders.\n\nReason: ${p.reason}\n\n` +
      `Contact the industries department to have the suspension reviewed.`,
    sms: (p, f) => `Manak: ${f.clip(p.vendorName)} is suspended and will get no new supply orders. See the portal for the reason.`,
  },
  "vendor.classChanged": {
    subject: (p) => `${p.vendorName}: enterprise class recorded as ${CLASS.en[p.enterpriseClass]}`,
    body: (p) =>
      `The industries department recorded ${p.vendorName} as a ${CLASS.en[p.enterpriseClass]} enterprise. Reason: ${p.reason}. ` +
      `Reserved items, the purchase preference and interest on late payment are for micro and small enterprises only.`,
    sms: (p, f) => `Manak: ${f.clip(p.vendorName)} recorded as ${CLASS.en[p.enterpriseClass]} enterprise. Details on the portal.`,
  },
  "penalty.imposed": {
    subject: (p) => `Penalty recorded: ${PENALTY.en[p.kind]} for ${p.vendorName}`,
    body: (p, f) =>
      `The industries department has recorded ${p.kind === "POINTS" ? `${p.points} penalty points` : PENALTY.en[p.kind]} against ${p.vendorName}.\n\n` +
      `Reason: ${p.reason}\n\n` +
      (p.kind === "SUSPENSION" || p.kind === "DEBARMENT"
        ? `From ${f.date(p.startsAt)} to ${f.date(p.endsAt)} you will receive no new supply orders; orders you already hold continue as before. `
        : `It stays on your record until ${f.date(p.endsAt)}. `) +
      `You may appeal through the portal.`,
    sms: (p, f) =>
      p.kind === "SUSPENSION" || p.kind === "DEBARMENT"
        ? `Manak: ${f.clip(p.vendorName)} - ${PENALTY.en[p.kind]} until ${f.date(p.endsAt)}: no new supply orders. Reason on the portal.`
        : `Manak: ${f.clip(p.vendorName)} - ${p.kind === "POINTS" ? `${p.points} penalty points` : PENALTY.en[p.kind]} until ${f.date(p.endsAt)}. Reason on the portal.`,
  },
  "penalty.revoked": {
    subject: (p) => `Penalty revoked: ${PENALTY.en[p.kind]} for ${p.vendorName}`,
    body: (p) => `The industries department has revoked ${PENALTY.en[p.kind]} recorded against ${p.vendorName}.\n\nReason: ${p.reason}`,
    sms: (p, f) => `Manak: ${PENALTY.en[p.kind]} against ${f.clip(p.vendorName)} is revoked. Details on the portal.`,
  },
  "bankRate.added": {
    subject: (p, f) => `Bank rate ${(p.rateBp / 100).toFixed(2)} % from ${f.date(p.effectiveFrom)}`,
    body: (p, f) =>
      `A bank rate of ${(p.rateBp / 100).toFixed(2)} % in force from ${f.date(p.effectiveFrom)} was recorded. ` +
      `Interest on bills paid late to micro and small enterprises uses three times the rate in force for each month.`,
    sms: (p, f) => `Manak: Bank rate ${(p.rateBp / 100).toFixed(2)} % from ${f.date(p.effectiveFrom)} recorded.`,
  },
  "supplyOrder.created": {
    subject: (p, f) => `New supply order ${p.supplyOrderNumber}: accept or reject by ${f.dateTime(p.acceptBy)}`,
    body: (p, f) =>
      `You have been allocated supply order ${p.supplyOrderNumber} worth ${f.money(p.valuePaise)} (excluding GST). ` +
      `Please accept or reject it by ${f.dateTime(p.acceptBy)}. If you do not respond in time, the order moves to the next eligible vendor.`,
    sms: (p, f) =>
      `Manak: New supply order ${p.supplyOrderNumber} for ${f.money(p.valuePaise)}. Accept or reject by ${f.dateTime(p.acceptBy)}.`,
  },
  "supplyOrder.slaReminder": {
    subject: (p, f) => `Reminder: respond to supply order ${p.supplyOrderNumber} by ${f.dateTime(p.acceptBy)}`,
    body: (p, f) =>
      `Supply order ${p.supplyOrderNumber} is still waiting for your decision. Accept or reject it by ` +
      `${f.dateTime(p.acceptBy)}; after that it is reallocated to another vendor automatically.`,
    sms: (p, f) =>
      `Manak: Reminder - respond to supply order ${p.supplyOrderNumber} by ${f.dateTime(p.acceptBy)} or it goes to another vendor.`,
  },
  "supplyOrder.reallocatedAway": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} reallocated`,
    body: (p) =>
      `Supply order ${p.supplyOrderNumber} has been reallocated to another vendor and is no longer yours to supply. ` +
      `Do not dispatch goods against it.`,
    sms: (p) => `Manak: Supply order ${p.supplyOrderNumber} has been reallocated to another vendor. Do not dispatch it.`,
  },
  "supplyOrder.reallocated": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} reallocated to ${p.newSupplyOrderNumbers}`,
    body: (p) =>
      `The quantity of supply order ${p.supplyOrderNumber} has been reallocated automatically to the next eligible ` +
      `vendor(s): supply order ${p.newSupplyOrderNumbers}. The purchase order page shows who got it and why.`,
    sms: (p) => `Manak: Supply order ${p.supplyOrderNumber} reallocated to ${p.newSupplyOrderNumbers}.`,
  },
  "supplyOrder.accepted": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} accepted by ${p.vendorName}`,
    body: (p) => `${p.vendorName} has accepted supply order ${p.supplyOrderNumber}. You will be told when it is dispatched.`,
    sms: (p, f) => `Manak: ${f.clip(p.vendorName)} accepted supply order ${p.supplyOrderNumber}.`,
  },
  "supplyOrder.rejected": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} rejected by ${p.vendorName}`,
    body: (p) =>
      `${p.vendorName} has rejected supply order ${p.supplyOrderNumber}.\n\nReason: ${p.reason}\n\n` +
      `The quantity is being reallocated automatically to the next eligible vendor.`,
    sms: (p, f) => `Manak: ${f.clip(p.vendorName)} rejected supply order ${p.supplyOrderNumber}. It is being reallocated to the next vendor.`,
  },
  "purchaseOrder.allocated": {
    subject: (p) => `Purchase order ${p.purchaseOrderNumber} allocated`,
    body: (p) =>
      `Purchase order ${p.purchaseOrderNumber} has been allocated automatically into ${supplyOrdersEn(p.supplyOrderCount)}. ` +
      `Each vendor now has to accept its order; you will be told of every step.`,
    sms: (p) => `Manak: Purchase order ${p.purchaseOrderNumber} allocated into ${supplyOrdersEn(p.supplyOrderCount)}.`,
  },
  "purchaseOrder.lineUnfulfilled": {
    subject: (p, f) => `No vendor for ${f.name(p.itemName)} in purchase order ${p.purchaseOrderNumber}`,
    body: (p, f) =>
      `No eligible vendor is left for ${p.quantity} of ${f.name(p.itemName)} in purchase order ${p.purchaseOrderNumber}. ` +
      `The line is marked unfulfilled and its budget has been released.`,
    sms: (p, f) =>
      `Manak: No eligible vendor for ${p.quantity} x ${f.name(p.itemName)} in purchase order ${p.purchaseOrderNumber}. Budget released.`,
  },
  "inspection.assigned": {
    subject: (p, f) => `Inspection assigned: supply order ${p.supplyOrderNumber} on ${f.date(p.scheduledOn)}`,
    body: (p, f) =>
      `You are assigned the ${f.kind(p.kind)} inspection of supply order ${p.supplyOrderNumber} from ${p.vendorName}, ` +
      `scheduled on ${f.date(p.scheduledOn)}. Record the checklist result on Manak after the inspection.`,
    sms: (p, f) =>
      `Manak: ${capitalise(f.kind(p.kind))} inspection of supply order ${p.supplyOrderNumber} (${f.clip(p.vendorName)}) assigned to you for ${f.date(p.scheduledOn)}.`,
  },
  "inspection.scheduled": {
    subject: (p, f) => `${capitalise(f.kind(p.kind))} inspection of supply order ${p.supplyOrderNumber} on ${f.date(p.scheduledOn)}`,
    body: (p, f) =>
      `The ${f.kind(p.kind)} inspection of supply order ${p.supplyOrderNumber} is scheduled on ${f.date(p.scheduledOn)}. ` +
      `Keep the goods and their documents ready for the inspector.`,
    sms: (p, f) =>
      `Manak: ${capitalise(f.kind(p.kind))} inspection of supply order ${p.supplyOrderNumber} is scheduled on ${f.date(p.scheduledOn)}.`,
  },
  "inspection.passed": {
    subject: (p, f) => `Supply order ${p.supplyOrderNumber} passed ${f.kind(p.kind)} inspection`,
    body: (p, f) =>
      `Supply order ${p.supplyOrderNumber} has passed its ${f.kind(p.kind)} inspection. ` +
      (p.kind === "PRE" ? `The vendor may now dispatch the goods.` : `The bill is generated automatically.`),
    sms: (p, f) => `Manak: Supply order ${p.supplyOrderNumber} passed ${f.kind(p.kind)} inspection.`,
  },
  "inspection.failed": {
    subject: (p, f) => `Supply order ${p.supplyOrderNumber} failed ${f.kind(p.kind)} inspection`,
    body: (p, f) =>
      `Supply order ${p.supplyOrderNumber} did not pass its ${f.kind(p.kind)} inspection.\n\nInspector's remarks: ${p.remarks}\n\n` +
      (p.kind === "PRE"
        ? `The vendor may rectify the goods and request a re-inspection.`
        : `The rejected quantity must be replaced by the vendor or is deducted from the bill.`),
    sms: (p, f) => `Manak: Supply order ${p.supplyOrderNumber} failed ${f.kind(p.kind)} inspection. Details on the portal.`,
  },
  "supplyOrder.dispatched": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} dispatched`,
    body: (p) =>
      `${p.vendorName} has dispatched supply order ${p.supplyOrderNumber} with invoice ${p.invoiceNumber}. ` +
      `Record the receipt on Manak when the goods arrive.`,
    sms: (p, f) =>
      `Manak: ${f.clip(p.vendorName)} dispatched supply order ${p.supplyOrderNumber}, invoice ${p.invoiceNumber}. Record receipt on arrival.`,
  },
  "supplyOrder.received": {
    subject: (p) => `Receipt recorded for supply order ${p.supplyOrderNumber}`,
    body: (p, f) =>
      `${f.name(p.consigneeName)} has recorded receipt of supply order ${p.supplyOrderNumber}. The post-dispatch inspection follows.`,
    sms: (p, f) => `Manak: ${f.name(p.consigneeName)} recorded receipt of supply order ${p.supplyOrderNumber}.`,
  },
  "supplyOrder.cancelled": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} cancelled`,
    body: (p) =>
      `The buyer has cancelled supply order ${p.supplyOrderNumber}.\n\nReason: ${p.reason}\n\nDo not dispatch the goods.`,
    sms: (p) => `Manak: Supply order ${p.supplyOrderNumber} was cancelled by the buyer. Do not dispatch.`,
  },
  "supplyOrder.cancelledAfterFailures": {
    subject: (p) => `Supply order ${p.supplyOrderNumber} cancelled after failed inspections`,
    body: (p) =>
      `Supply order ${p.supplyOrderNumber} failed its pre-dispatch inspection ${p.inspections} times, the most the purchase policy allows, ` +
      `and has been cancelled automatically. Its quantity is being reallocated to the next eligible vendor. Do not dispatch the goods.`,
    sms: (p) => `Manak: Supply order ${p.supplyOrderNumber} cancelled after ${p.inspections} failed inspections. Do not dispatch.`,
  },
  "inspection.deadlineReminder": {
    subject: (p, f) => `Post-dispatch inspection of supply order ${p.supplyOrderNumber} due by ${f.date(p.deadline)}`,
    body: (p, f) =>
      `The post-dispatch inspection of supply order ${p.supplyOrderNumber} must be recorded by ${f.date(p.deadline)}. ` +
      `If the goods are not inspected within 15 days of delivery they are deemed accepted by law and can no longer be rejected.`,
    sms: (p, f) => `Manak: Record the post-dispatch inspection of supply order ${p.supplyOrderNumber} by ${f.date(p.deadline)}.`,
  },
  "inspection.escalated": {
    subject: (p) => `Overdue: post-dispatch inspection of supply order ${p.supplyOrderNumber}`,
    body: (p, f) =>
      `The post-dispatch inspection of supply order ${p.supplyOrderNumber}, assigned to ${p.inspectorName}, was due by ` +
      `${f.date(p.deadline)} and is not recorded. Please arrange it: 15 days after delivery the goods are deemed accepted.`,
    sms: (p, f) => `Manak: Inspection of supply order ${p.supplyOrderNumber} (${f.clip(p.inspectorName)}) overdue since ${f.date(p.deadline)}.`,
  },
  "supplyOrder.deemedAccepted": {
    subject: (p) => `Supply order ${p.supplyOrderNumber}: goods deemed accepted`,
    body: (p, f) =>
      `No objection was recorded within 15 days of delivery (${f.date(p.deliveredOn)}), so the goods of supply order ` +
      `${p.supplyOrderNumber} are deemed accepted (MSMED Act s.2(b)). The bill is generated; payment falls due from the delivery day.`,
    sms: (p, f) => `Manak: Goods of supply order ${p.supplyOrderNumber} deemed accepted (delivered ${f.date(p.deliveredOn)}). Bill generated.`,
  },
  "supplyOrder.shortDelivered": {
    subject: (p) => `Supply order ${p.supplyOrderNumber}: ${p.quantity} not delivered or not accepted`,
    body: (p) =>
      `Supply order ${p.supplyOrderNumber} is short by ${p.quantity}. The vendor may deliver the rest as a replacement; ` +
      `the buyer may instead have the rest delivered by another vendor, or close the order short with a reason.`,
    sms: (p) => `Manak: Supply order ${p.supplyOrderNumber} is short by ${p.quantity}. Decide on the portal.`,
  },
  "supplyOrder.shortfallDecided": {
    subject: (p) => `Supply order ${p.supplyOrderNumber}: ${p.decision === "CLOSE_SHORT" ? "closed short" : "the rest goes to another vendor"}`,
    body: (p) =>
      (p.decision === "CLOSE_SHORT"
        ? `The buyer closed supply order ${p.supplyOrderNumber} short by ${p.quantity}. Reason: ${p.reason}. `
        : `The buyer had the missing ${p.quantity} of supply order ${p.supplyOrderNumber} allocated again. `) +
      `The bill is generated for the quantity accepted.`,
    sms: (p) => `Manak: Supply order ${p.supplyOrderNumber} ${p.decision === "CLOSE_SHORT" ? "closed short" : "rest reallocated"} (${p.quantity}). Bill generated.`,
  },
  "bill.generated": {
    subject: (p, f) => `Bill ${p.billNumber} generated: ${f.money(p.netPayablePaise)} due by ${f.date(p.dueDate)}`,
    body: (p, f) =>
      `Bill ${p.billNumber} for supply order ${p.supplyOrderNumber} has been generated automatically. ` +
      `Net payable: ${f.money(p.netPayablePaise)}. Due date: ${f.date(p.dueDate)}.`,
    sms: (p, f) => `Manak: Bill ${p.billNumber} for ${f.money(p.netPayablePaise)} generated, due ${f.date(p.dueDate)}.`,
  },
  "bill.dueSoon": {
    subject: (p, f) => `Bill ${p.billNumber} is due on ${f.date(p.dueDate)}`,
    body: (p, f) =>
      `Bill ${p.billNumber} for ${f.money(p.netPayablePaise)} is due on ${f.date(p.dueDate)}. Release the payment on Manak ` +
      `before the due date; a late payment attracts interest under section 16 of the MSMED Act.`,
    sms: (p, f) => `Manak: Bill ${p.billNumber} for ${f.money(p.netPayablePaise)} is due on ${f.date(p.dueDate)}.`,
  },
  "bill.overdue": {
    subject: (p, f) => `Overdue: bill ${p.billNumber} was due on ${f.date(p.dueDate)}`,
    body: (p, f) =>
      `Bill ${p.billNumber} for ${f.money(p.netPayablePaise)} was due on ${f.date(p.dueDate)} and has not been paid. ` +
      `Interest at three times the bank rate, compounded monthly, is accruing under section 16 of the MSMED Act. ` +
      `Release the payment on Manak.`,
    sms: (p, f) =>
      `Manak: Bill ${p.billNumber} for ${f.money(p.netPayablePaise)} was due ${f.date(p.dueDate)} and is overdue. MSMED Act interest is accruing.`,
  },
  "payment.released": {
    subject: (p, f) => `Payment released: ${f.money(p.amountPaise)} for bill ${p.billNumber}`,
    body: (p, f) =>
      `A payment of ${f.money(p.amountPaise)} has been released against bill ${p.billNumber}. Bank reference (UTR): ${p.bankReference}.`,
    sms: (p, f) => `Manak: ${f.money(p.amountPaise)} released for bill ${p.billNumber}, UTR ${p.bankReference}.`,
  },
  "payment.initiated": {
    subject: (p, f) => `Payment sent to the bank: ${f.money(p.amountPaise)} for bill ${p.billNumber}`,
    body: (p, f) =>
      `The office has sent a payment of ${f.money(p.amountPaise)} against bill ${p.billNumber} to its bank (reference ${p.endToEndId}). ` +
      `You will be told again when the bank confirms it.`,
    sms: (p, f) => `Manak: ${f.money(p.amountPaise)} for bill ${p.billNumber} sent to the bank, ref ${p.endToEndId}.`,
  },
  "payment.returned": {
    subject: (p) => `Payment for bill ${p.billNumber} came back from your bank`,
    body: (p, f) =>
      `The payment of ${f.money(p.amountPaise)} against bill ${p.billNumber} was returned by the bank (${p.reason}). ` +
      `Check the bank account and IFSC on your Manak profile; the office will pay again.`,
    sms: (p) => `Manak: payment for bill ${p.billNumber} returned by the bank (${p.reason}). Check your bank details.`,
  },
  "incident.raised": {
    subject: (p) => `Incident ${p.incidentNumber} (${INCIDENT_CATEGORY_EN[p.category]}) raised`,
    body: (p) =>
      `Incident ${p.incidentNumber} about ${INCIDENT_CATEGORY_EN[p.category]} has been raised on an order of yours. ` +
      `Read it and respond on Manak before the deadline shown there; an unanswered incident is escalated.`,
    sms: (p) => `Manak: Incident ${p.incidentNumber} (${INCIDENT_CATEGORY_EN[p.category]}) raised. Respond on the portal.`,
  },
  "incident.responded": {
    subject: (p) => `Incident ${p.incidentNumber} answered`,
    body: (p) => `The respondent has answered incident ${p.incidentNumber} (${INCIDENT_CATEGORY_EN[p.category]}). Read the reply on Manak.`,
    sms: (p) => `Manak: Incident ${p.incidentNumber} answered. Details on the portal.`,
  },
  "incident.message": {
    subject: (p) => `New message on incident ${p.incidentNumber}`,
    body: (p) => `There is a new message on incident ${p.incidentNumber} (${INCIDENT_CATEGORY_EN[p.category]}). Read it on Manak.`,
    sms: (p) => `Manak: New message on incident ${p.incidentNumber}.`,
  },
  "incident.escalated": {
    subject: (p) => `Incident ${p.incidentNumber} escalated to ${ESCALATION_EN[p.escalatedTo]}`,
    body: (p) =>
      `Incident ${p.incidentNumber} (${INCIDENT_CATEGORY_EN[p.category]}) passed its deadline and has been escalated (level ${p.level}) ` +
      `to ${ESCALATION_EN[p.escalatedTo]} for a decision.`,
    sms: (p) => `Manak: Incident ${p.incidentNumber} escalated to ${ESCALATION_EN[p.escalatedTo]}.`,
  },
  "incident.resolved": {
    subject: (p) => `Incident ${p.incidentNumber} closed: ${OUTCOME_EN[p.outcome]}`,
    body: (p) => `Incident ${p.incidentNumber} (${INCIDENT_CATEGORY_EN[p.category]}) is closed with the outcome "${OUTCOME_EN[p.outcome]}". The reasons are on Manak.`,
    sms: (p) => `Manak: Incident ${p.incidentNumber} closed: ${OUTCOME_EN[p.outcome]}.`,
  },
  "riskFlag.reviewed": {
    subject: (p) => `Risk flag reviewed: ${RISK_KIND_EN[p.kind]}`,
    body: (p) =>
      `The industries department has reviewed the public risk flag "${RISK_KIND_EN[p.kind]}" about your ${p.kind === "REPEATED_REJECTIONS" || p.kind === "PRICE_OUTLIER" ? "firm" : "office"}. ` +
      `Its note, shown beside the flag on the public pages: "${p.note}".`,
    sms: (p) => `Manak: The risk flag "${RISK_KIND_EN[p.kind]}" was reviewed. Details on the portal.`,
  },
  "auth.passwordReset": {
    subject: () => `Reset your Manak password`,
    body: (p) =>
      `Someone (we hope you) asked to reset the password of your Manak account. Open this link within ${p.validMinutes} minutes ` +
      `to choose a new password: ${p.url}\nThe link works once. If you did not ask, ignore this message: your password stays as it is.`,
    sms: (p) => `Manak: reset your password within ${p.validMinutes} min: ${p.url} Ignore if not you.`,
  },
  "otp.code": {
    subject: () => `Sign-in code`,
    body: (p) => otpEn(p),
    sms: (p) => otpEn(p),
  },
};

const hi: Catalogue = {
  "vendor.registered": {
    subject: (p) => `नया विक्रेता अनुमोदन की प्रतीक्षा में: ${p.vendorName}`,
    body: (p, f) =>
      `${f.name(p.districtName)} ज़िले के ${p.vendorName} ने मानक पर पंजीयन किया है और अनुमोदन की प्रतीक्षा में है। ` +
      `उद्यम और जीएसटी विवरण जाँचकर पंजीयन स्वीकृत या अस्वीकृत करें।`,
    sms: (p, f) => `मानक: नया विक्रेता ${f.clip(p.vendorName)} (${f.name(p.districtName)}) अनुमोदन की प्रतीक्षा में।`,
  },
  "vendor.registrationReceived": {
    subject: (p) => `पंजीयन प्राप्त हुआ: ${p.reference}`,
    body: (p, f) =>
      `मानक को ${p.vendorName} का पंजीयन मिल गया है। आपका संदर्भ क्रमांक ${p.reference} है। ` +
      `उद्योग विभाग उद्यम और जीएसटी विवरण जाँचकर ${f.date(p.decisionBy)} तक निर्णय करेगा; ` +
      `आपको ई-मेल और एसएमएस से बताया जाएगा। तब तक आप साइन इन करके पंजीयन की स्थिति देख सकते हैं।`,
    sms: (p, f) => `मानक: पंजीयन प्राप्त। संदर्भ ${p.reference}। निर्णय ${f.date(p.decisionBy)} तक।`,
  },
  "vendor.approved": {
    subject: (p) => `आपका पंजीयन स्वीकृत: ${p.vendorName}`,
    body: (p) =>
      `${p.vendorName} अब मानक पर स्वीकृत विक्रेता है। आप कैटलॉग की वस्तुओं पर ऑफ़र दे सकते हैं, ` +
      `और आपको आवंटित आपूर्ति आदेश अपने-आप मिलेंगे।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} का पंजीयन स्वीकृत। अब आप ऑफ़र दे सकते हैं।`,
  },
  "vendor.rejected": {
    subject: (p) => `पंजीयन स्वीकृत नहीं हुआ: ${p.vendorName}`,
    body: (p) =>
      `${p.vendorName} का पंजीयन स्वीकृत नहीं किया गया।\n\nकारण: ${p.reason}\n\nआप विवरण सुधारकर फिर से पंजीयन कर सकते हैं।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} का पंजीयन स्वीकृत नहीं हुआ। कारण ई-मेल और पोर्टल पर देखें।`,
  },
  "vendor.suspended": {
    subject: (p) => `विक्रेता खाता निलंबित: ${p.vendorName}`,
    body: (p) =>
      `${p.vendorName} को मानक पर निलंबित कर दिया गया है; अब नए आपूर्ति आदेश नहीं मिलेंगे।\n\nकारण: ${p.reason}\n\n` +
      `निलंबन की समीक्षा के लिए उद्योग विभाग से संपर्क करें।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} निलंबित; नए आदेश नहीं मिलेंगे। कारण पोर्टल पर देखें।`,
  },
  "vendor.classChanged": {
    subject: (p) => `${p.vendorName}: उद्यम श्रेणी ${CLASS.hi[p.enterpriseClass]} दर्ज`,
    body: (p) =>
      `उद्योग विभाग ने ${p.vendorName} को ${CLASS.hi[p.enterpriseClass]} उद्यम दर्ज किया। कारण: ${p.reason}। ` +
      `आरक्षित सामग्री, क्रय वरीयता और विलंबित भुगतान पर ब्याज केवल सूक्ष्म और लघु उद्यमों के लिए हैं।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} ${CLASS.hi[p.enterpriseClass]} उद्यम दर्ज। विवरण पोर्टल पर।`,
  },
  "penalty.imposed": {
    subject: (p) => `दंड दर्ज: ${p.vendorName} पर ${PENALTY.hi[p.kind]}`,
    body: (p, f) =>
      `उद्योग विभाग ने ${p.vendorName} पर ${p.kind === "POINTS" ? `${p.points} दंड अंक` : PENALTY.hi[p.kind]} दर्ज किया है।\n\n` +
      `कारण: ${p.reason}\n\n` +
      (p.kind === "SUSPENSION" || p.kind === "DEBARMENT"
        ? `${f.date(p.startsAt)} से ${f.date(p.endsAt)} तक आपको नए आपूर्ति आदेश नहीं मिलेंगे; पहले से मिले आदेश पहले की तरह चलते रहेंगे। `
        : `यह ${f.date(p.endsAt)} तक आपके रिकॉर्ड पर रहेगा। `) +
      `आप पोर्टल से अपील कर सकते हैं।`,
    sms: (p, f) =>
      p.kind === "SUSPENSION" || p.kind === "DEBARMENT"
        ? `मानक: ${PENALTY.hi[p.kind]} ${f.date(p.endsAt)} तक; नए आदेश नहीं मिलेंगे। कारण पोर्टल पर।`
        : `मानक: ${p.kind === "POINTS" ? `${p.points} दंड अंक` : PENALTY.hi[p.kind]} ${f.date(p.endsAt)} तक। कारण पोर्टल पर।`,
  },
  "penalty.revoked": {
    subject: (p) => `दंड निरस्त: ${p.vendorName} पर ${PENALTY.hi[p.kind]}`,
    body: (p) => `उद्योग विभाग ने ${p.vendorName} पर दर्ज ${PENALTY.hi[p.kind]} निरस्त कर दिया है।\n\nकारण: ${p.reason}`,
    sms: (p) => `मानक: ${PENALTY.hi[p.kind]} निरस्त। विवरण पोर्टल पर।`,
  },
  "bankRate.added": {
    subject: (p, f) => `बैंक दर ${(p.rateBp / 100).toFixed(2)} % ${f.date(p.effectiveFrom)} से`,
    body: (p, f) =>
      `${f.date(p.effectiveFrom)} से लागू ${(p.rateBp / 100).toFixed(2)} % बैंक दर दर्ज की गई। ` +
      `सूक्ष्म और लघु उद्यमों को विलंबित भुगतान पर ब्याज हर माह लागू बैंक दर का तीन गुना होता है।`,
    sms: (p, f) => `मानक: बैंक दर ${(p.rateBp / 100).toFixed(2)} % ${f.date(p.effectiveFrom)} से दर्ज।`,
  },
  "supplyOrder.created": {
    subject: (p, f) => `नया आपूर्ति आदेश ${p.supplyOrderNumber}: ${f.dateTime(p.acceptBy)} तक स्वीकार या अस्वीकार करें`,
    body: (p, f) =>
      `आपको ${f.money(p.valuePaise)} (जीएसटी के बिना) का आपूर्ति आदेश ${p.supplyOrderNumber} आवंटित हुआ है। ` +
      `कृपया ${f.dateTime(p.acceptBy)} तक इसे स्वीकार या अस्वीकार करें। समय पर उत्तर न देने पर आदेश अगले पात्र विक्रेता को चला जाएगा।`,
    sms: (p, f) =>
      `मानक: नया आपूर्ति आदेश ${p.supplyOrderNumber}, ${f.money(p.valuePaise)}। ${f.dateTime(p.acceptBy)} तक स्वीकार/अस्वीकार करें।`,
  },
  "supplyOrder.slaReminder": {
    subject: (p, f) => `अनुस्मारक: आपूर्ति आदेश ${p.supplyOrderNumber} पर ${f.dateTime(p.acceptBy)} तक निर्णय लें`,
    body: (p, f) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} अभी भी आपके निर्णय की प्रतीक्षा में है। ${f.dateTime(p.acceptBy)} तक स्वीकार या ` +
      `अस्वीकार करें; उसके बाद यह अपने-आप दूसरे विक्रेता को आवंटित हो जाएगा।`,
    sms: (p, f) => `मानक: आदेश ${p.supplyOrderNumber} पर ${f.dateTime(p.acceptBy)} तक निर्णय लें, वरना यह दूसरे विक्रेता को जाएगा।`,
  },
  "supplyOrder.reallocatedAway": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber} दूसरे विक्रेता को आवंटित`,
    body: (p) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} दूसरे विक्रेता को आवंटित कर दिया गया है और अब आपको इसकी आपूर्ति नहीं करनी है। ` +
      `इसके विरुद्ध माल न भेजें।`,
    sms: (p) => `मानक: आपूर्ति आदेश ${p.supplyOrderNumber} दूसरे विक्रेता को आवंटित हो गया। माल न भेजें।`,
  },
  "supplyOrder.reallocated": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber} पुनः आवंटित: ${p.newSupplyOrderNumbers}`,
    body: (p) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} की मात्रा अपने-आप अगले पात्र विक्रेता को पुनः आवंटित कर दी गई है: ` +
      `आपूर्ति आदेश ${p.newSupplyOrderNumbers}। किसे और क्यों मिला, यह क्रय आदेश के पृष्ठ पर दिखता है।`,
    sms: (p) => `मानक: आदेश ${p.supplyOrderNumber} पुनः आवंटित: ${p.newSupplyOrderNumbers}।`,
  },
  "supplyOrder.accepted": {
    subject: (p) => `${p.vendorName} ने आपूर्ति आदेश ${p.supplyOrderNumber} स्वीकार किया`,
    body: (p) => `${p.vendorName} ने आपूर्ति आदेश ${p.supplyOrderNumber} स्वीकार कर लिया है। माल भेजे जाने पर आपको सूचित किया जाएगा।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} ने आपूर्ति आदेश ${p.supplyOrderNumber} स्वीकार किया।`,
  },
  "supplyOrder.rejected": {
    subject: (p) => `${p.vendorName} ने आपूर्ति आदेश ${p.supplyOrderNumber} अस्वीकार किया`,
    body: (p) =>
      `${p.vendorName} ने आपूर्ति आदेश ${p.supplyOrderNumber} अस्वीकार कर दिया है।\n\nकारण: ${p.reason}\n\n` +
      `मात्रा अपने-आप अगले पात्र विक्रेता को आवंटित की जा रही है।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} ने आदेश ${p.supplyOrderNumber} अस्वीकार किया; अगले विक्रेता को आवंटन जारी।`,
  },
  "purchaseOrder.allocated": {
    subject: (p) => `क्रय आदेश ${p.purchaseOrderNumber} आवंटित`,
    body: (p) =>
      `क्रय आदेश ${p.purchaseOrderNumber} अपने-आप ${p.supplyOrderCount} ${supplyOrdersHi(p.supplyOrderCount)} में आवंटित हो गया है। ` +
      `अब हर विक्रेता को अपना आदेश स्वीकार करना है; हर चरण की सूचना आपको मिलेगी।`,
    sms: (p) => `मानक: क्रय आदेश ${p.purchaseOrderNumber} ${p.supplyOrderCount} ${supplyOrdersHi(p.supplyOrderCount)} में आवंटित।`,
  },
  "purchaseOrder.lineUnfulfilled": {
    subject: (p, f) => `क्रय आदेश ${p.purchaseOrderNumber} में ${f.name(p.itemName)} के लिए कोई विक्रेता नहीं`,
    body: (p, f) =>
      `क्रय आदेश ${p.purchaseOrderNumber} में ${f.name(p.itemName)} की ${p.quantity} मात्रा के लिए कोई पात्र विक्रेता नहीं बचा। ` +
      `यह पंक्ति अपूर्ण चिह्नित की गई है और इसका बजट मुक्त कर दिया गया है।`,
    sms: (p, f) =>
      `मानक: क्रय आदेश ${p.purchaseOrderNumber} में ${f.name(p.itemName)} (${p.quantity}) हेतु कोई विक्रेता नहीं; बजट मुक्त।`,
  },
  "inspection.assigned": {
    subject: (p, f) => `निरीक्षण सौंपा गया: आपूर्ति आदेश ${p.supplyOrderNumber}, ${f.date(p.scheduledOn)}`,
    body: (p, f) =>
      `आपको ${p.vendorName} के आपूर्ति आदेश ${p.supplyOrderNumber} का ${f.kind(p.kind)} निरीक्षण सौंपा गया है, तिथि ` +
      `${f.date(p.scheduledOn)}। निरीक्षण के बाद जाँच-सूची का परिणाम मानक पर दर्ज करें।`,
    sms: (p, f) =>
      `मानक: आदेश ${p.supplyOrderNumber} (${f.clip(p.vendorName)}) का ${f.kind(p.kind)} निरीक्षण ${f.date(p.scheduledOn)} को आपको सौंपा गया।`,
  },
  "inspection.scheduled": {
    subject: (p, f) => `आपूर्ति आदेश ${p.supplyOrderNumber} का ${f.kind(p.kind)} निरीक्षण ${f.date(p.scheduledOn)} को`,
    body: (p, f) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} का ${f.kind(p.kind)} निरीक्षण ${f.date(p.scheduledOn)} को निर्धारित है। ` +
      `माल और उसके दस्तावेज़ निरीक्षक के लिए तैयार रखें।`,
    sms: (p, f) => `मानक: आपूर्ति आदेश ${p.supplyOrderNumber} का ${f.kind(p.kind)} निरीक्षण ${f.date(p.scheduledOn)} को।`,
  },
  "inspection.passed": {
    subject: (p, f) => `आपूर्ति आदेश ${p.supplyOrderNumber} ${f.kind(p.kind)} निरीक्षण में सफल`,
    body: (p, f) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} अपने ${f.kind(p.kind)} निरीक्षण में सफल रहा। ` +
      (p.kind === "PRE" ? `अब विक्रेता माल भेज सकता है।` : `बिल अपने-आप बनेगा।`),
    sms: (p, f) => `मानक: आपूर्ति आदेश ${p.supplyOrderNumber} ${f.kind(p.kind)} निरीक्षण में सफल।`,
  },
  "inspection.failed": {
    subject: (p, f) => `आपूर्ति आदेश ${p.supplyOrderNumber} ${f.kind(p.kind)} निरीक्षण में असफल`,
    body: (p, f) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} अपने ${f.kind(p.kind)} निरीक्षण में सफल नहीं हुआ।\n\nनिरीक्षक की टिप्पणी: ${p.remarks}\n\n` +
      (p.kind === "PRE"
        ? `विक्रेता माल सुधारकर पुनः निरीक्षण का अनुरोध कर सकता है।`
        : `अस्वीकृत मात्रा विक्रेता को बदलनी होगी, अन्यथा वह बिल से काटी जाएगी।`),
    sms: (p, f) => `मानक: आपूर्ति आदेश ${p.supplyOrderNumber} ${f.kind(p.kind)} निरीक्षण में असफल। विवरण पोर्टल पर।`,
  },
  "supplyOrder.dispatched": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber} का माल भेजा गया`,
    body: (p) =>
      `${p.vendorName} ने बीजक ${p.invoiceNumber} के साथ आपूर्ति आदेश ${p.supplyOrderNumber} का माल भेज दिया है। ` +
      `माल पहुँचने पर मानक पर प्राप्ति दर्ज करें।`,
    sms: (p, f) => `मानक: ${f.clip(p.vendorName)} ने आदेश ${p.supplyOrderNumber} भेजा, बीजक ${p.invoiceNumber}। पहुँचने पर प्राप्ति दर्ज करें।`,
  },
  "supplyOrder.received": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber} की प्राप्ति दर्ज`,
    body: (p, f) =>
      `${f.name(p.consigneeName)} ने आपूर्ति आदेश ${p.supplyOrderNumber} की प्राप्ति दर्ज की है। इसके बाद प्रेषण-पश्चात निरीक्षण होगा।`,
    sms: (p, f) => `मानक: ${f.name(p.consigneeName)} ने आपूर्ति आदेश ${p.supplyOrderNumber} की प्राप्ति दर्ज की।`,
  },
  "supplyOrder.cancelled": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber} रद्द`,
    body: (p) => `क्रेता ने आपूर्ति आदेश ${p.supplyOrderNumber} रद्द कर दिया है।\n\nकारण: ${p.reason}\n\nमाल न भेजें।`,
    sms: (p) => `मानक: क्रेता ने आपूर्ति आदेश ${p.supplyOrderNumber} रद्द किया। माल न भेजें।`,
  },
  "supplyOrder.cancelledAfterFailures": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber} निरीक्षण में बार-बार असफल होने पर रद्द`,
    body: (p) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} पूर्व-प्रेषण निरीक्षण में ${p.inspections} बार असफल रहा, जो क्रय नीति में अनुमत अधिकतम है, ` +
      `इसलिए यह अपने-आप रद्द हो गया है। इसकी मात्रा अगले पात्र विक्रेता को आवंटित की जा रही है। माल न भेजें।`,
    sms: (p) => `मानक: आपूर्ति आदेश ${p.supplyOrderNumber} ${p.inspections} बार निरीक्षण में असफल होने पर रद्द। माल न भेजें।`,
  },
  "inspection.deadlineReminder": {
    subject: (p, f) => `आपूर्ति आदेश ${p.supplyOrderNumber} का प्रेषण-पश्चात निरीक्षण ${f.date(p.deadline)} तक`,
    body: (p, f) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} का प्रेषण-पश्चात निरीक्षण ${f.date(p.deadline)} तक दर्ज करें। ` +
      `सुपुर्दगी के 15 दिन में निरीक्षण न हुआ तो क़ानूनन माल स्वीकृत माना जाएगा और फिर अस्वीकार नहीं हो सकेगा।`,
    sms: (p, f) => `मानक: आदेश ${p.supplyOrderNumber} का प्रेषण-पश्चात निरीक्षण ${f.date(p.deadline)} तक दर्ज करें।`,
  },
  "inspection.escalated": {
    subject: (p) => `विलंबित: आपूर्ति आदेश ${p.supplyOrderNumber} का प्रेषण-पश्चात निरीक्षण`,
    body: (p, f) =>
      `${p.inspectorName} को सौंपा गया आपूर्ति आदेश ${p.supplyOrderNumber} का प्रेषण-पश्चात निरीक्षण ${f.date(p.deadline)} तक ` +
      `होना था और दर्ज नहीं हुआ। कृपया व्यवस्था करें: सुपुर्दगी के 15 दिन बाद माल स्वीकृत माना जाएगा।`,
    sms: (p, f) => `मानक: आदेश ${p.supplyOrderNumber} (${f.clip(p.inspectorName)}) का निरीक्षण ${f.date(p.deadline)} से विलंबित।`,
  },
  "supplyOrder.deemedAccepted": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber}: माल स्वीकृत माना गया`,
    body: (p, f) =>
      `सुपुर्दगी (${f.date(p.deliveredOn)}) के 15 दिन में कोई आपत्ति दर्ज नहीं हुई, इसलिए आपूर्ति आदेश ${p.supplyOrderNumber} का माल ` +
      `स्वीकृत माना गया (एमएसएमईडी अधिनियम धारा 2(ख))। बिल बन गया है; भुगतान की नियत तिथि सुपुर्दगी के दिन से गिनी जाती है।`,
    sms: (p, f) => `मानक: आदेश ${p.supplyOrderNumber} का माल स्वीकृत माना गया (सुपुर्दगी ${f.date(p.deliveredOn)})। बिल बना।`,
  },
  "supplyOrder.shortDelivered": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber}: ${p.quantity} नहीं मिला या स्वीकृत नहीं`,
    body: (p) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} में ${p.quantity} कम है। विक्रेता शेष माल प्रतिस्थापन में भेज सकता है; ` +
      `या क्रेता शेष माल किसी अन्य विक्रेता से मँगा सकता है, अथवा कारण लिखकर आदेश कम मात्रा पर बंद कर सकता है।`,
    sms: (p) => `मानक: आदेश ${p.supplyOrderNumber} में ${p.quantity} कम। पोर्टल पर निर्णय लें।`,
  },
  "supplyOrder.shortfallDecided": {
    subject: (p) => `आपूर्ति आदेश ${p.supplyOrderNumber}: ${p.decision === "CLOSE_SHORT" ? "कम मात्रा पर बंद" : "शेष माल अन्य विक्रेता को"}`,
    body: (p) =>
      (p.decision === "CLOSE_SHORT"
        ? `क्रेता ने आपूर्ति आदेश ${p.supplyOrderNumber} को ${p.quantity} कम पर बंद किया। कारण: ${p.reason}। `
        : `क्रेता ने आपूर्ति आदेश ${p.supplyOrderNumber} का शेष ${p.quantity} फिर से आवंटित कराया। `) +
      `स्वीकृत मात्रा का बिल बन गया है।`,
    sms: (p) => `मानक: आदेश ${p.supplyOrderNumber} ${p.decision === "CLOSE_SHORT" ? "कम मात्रा पर बंद" : "शेष पुनः आवंटित"} (${p.quantity})। बिल बना।`,
  },
  "bill.generated": {
    subject: (p, f) => `बिल ${p.billNumber} बना: ${f.money(p.netPayablePaise)}, देय तिथि ${f.date(p.dueDate)}`,
    body: (p, f) =>
      `आपूर्ति आदेश ${p.supplyOrderNumber} का बिल ${p.billNumber} अपने-आप बन गया है। ` +
      `शुद्ध देय राशि: ${f.money(p.netPayablePaise)}। देय तिथि: ${f.date(p.dueDate)}।`,
    sms: (p, f) => `मानक: बिल ${p.billNumber} ${f.money(p.netPayablePaise)} बना, देय तिथि ${f.date(p.dueDate)}।`,
  },
  "bill.dueSoon": {
    subject: (p, f) => `बिल ${p.billNumber} की देय तिथि ${f.date(p.dueDate)}`,
    body: (p, f) =>
      `${f.money(p.netPayablePaise)} के बिल ${p.billNumber} की देय तिथि ${f.date(p.dueDate)} है। देय तिथि से पहले मानक पर ` +
      `भुगतान जारी करें; देर से भुगतान पर एमएसएमईडी अधिनियम की धारा 16 के तहत ब्याज लगता है।`,
    sms: (p, f) => `मानक: बिल ${p.billNumber} ${f.money(p.netPayablePaise)} की देय तिथि ${f.date(p.dueDate)} है।`,
  },
  "bill.overdue": {
    subject: (p, f) => `बकाया: बिल ${p.billNumber} की देय तिथि ${f.date(p.dueDate)} थी`,
    body: (p, f) =>
      `${f.money(p.netPayablePaise)} के बिल ${p.billNumber} की देय तिथि ${f.date(p.dueDate)} थी और भुगतान नहीं हुआ है। ` +
      `एमएसएमईडी अधिनियम की धारा 16 के तहत बैंक दर के तीन गुना पर मासिक चक्रवृद्धि ब्याज लग रहा है। मानक पर भुगतान जारी करें।`,
    sms: (p, f) => `मानक: बिल ${p.billNumber} ${f.money(p.netPayablePaise)} ${f.date(p.dueDate)} से बकाया; ब्याज लग रहा है।`,
  },
  "payment.released": {
    subject: (p, f) => `भुगतान जारी: बिल ${p.billNumber} के लिए ${f.money(p.amountPaise)}`,
    body: (p, f) =>
      `बिल ${p.billNumber} के विरुद्ध ${f.money(p.amountPaise)} का भुगतान जारी कर दिया गया है। बैंक संदर्भ (UTR): ${p.bankReference}।`,
    sms: (p, f) => `मानक: बिल ${p.billNumber} का ${f.money(p.amountPaise)} भुगतान जारी, UTR ${p.bankReference}।`,
  },
  "payment.initiated": {
    subject: (p, f) => `भुगतान बैंक को भेजा गया: बिल ${p.billNumber} के लिए ${f.money(p.amountPaise)}`,
    body: (p, f) =>
      `कार्यालय ने बिल ${p.billNumber} के विरुद्ध ${f.money(p.amountPaise)} का भुगतान अपने बैंक को भेज दिया है (संदर्भ ${p.endToEndId})। ` +
      `बैंक की पुष्टि होने पर आपको फिर सूचित किया जाएगा।`,
    sms: (p, f) => `मानक: बिल ${p.billNumber} का ${f.money(p.amountPaise)} बैंक को भेजा गया, संदर्भ ${p.endToEndId}।`,
  },
  "payment.returned": {
    subject: (p) => `बिल ${p.billNumber} का भुगतान बैंक से लौट आया`,
    body: (p, f) =>
      `बिल ${p.billNumber} के विरुद्ध ${f.money(p.amountPaise)} का भुगतान बैंक ने लौटा दिया (${p.reason})। ` +
      `मानक प्रोफ़ाइल में अपना बैंक खाता और IFSC जाँचें; कार्यालय फिर से भुगतान करेगा।`,
    sms: (p) => `मानक: बिल ${p.billNumber} का भुगतान बैंक से लौटा (${p.reason})। अपना बैंक विवरण जाँचें।`,
  },
  "incident.raised": {
    subject: (p) => `शिकायत ${p.incidentNumber} (${INCIDENT_CATEGORY_HI[p.category]}) दर्ज हुई`,
    body: (p) =>
      `आपके एक आदेश पर ${INCIDENT_CATEGORY_HI[p.category]} की शिकायत ${p.incidentNumber} दर्ज हुई है। ` +
      `इसे मानक पर पढ़ें और वहाँ दिखाई गई अंतिम तिथि से पहले उत्तर दें; उत्तर न मिलने पर शिकायत ऊपर भेजी जाती है।`,
    sms: (p) => `मानक: शिकायत ${p.incidentNumber} दर्ज हुई। पोर्टल पर उत्तर दें।`,
  },
  "incident.responded": {
    subject: (p) => `शिकायत ${p.incidentNumber} का उत्तर मिला`,
    body: (p) => `शिकायत ${p.incidentNumber} (${INCIDENT_CATEGORY_HI[p.category]}) का उत्तर दिया गया है। उत्तर मानक पर पढ़ें।`,
    sms: (p) => `मानक: शिकायत ${p.incidentNumber} का उत्तर मिला।`,
  },
  "incident.message": {
    subject: (p) => `शिकायत ${p.incidentNumber} पर नया संदेश`,
    body: (p) => `शिकायत ${p.incidentNumber} (${INCIDENT_CATEGORY_HI[p.category]}) पर नया संदेश है। इसे मानक पर पढ़ें।`,
    sms: (p) => `मानक: शिकायत ${p.incidentNumber} पर नया संदेश।`,
  },
  "incident.escalated": {
    subject: (p) => `शिकायत ${p.incidentNumber} ${ESCALATION_HI[p.escalatedTo]} को भेजी गई`,
    body: (p) =>
      `शिकायत ${p.incidentNumber} (${INCIDENT_CATEGORY_HI[p.category]}) की अंतिम तिथि निकल गई; निर्णय के लिए इसे ` +
      `${ESCALATION_HI[p.escalatedTo]} को भेजा गया है (स्तर ${p.level})।`,
    sms: (p) => `मानक: शिकायत ${p.incidentNumber} ${ESCALATION_HI[p.escalatedTo]} को भेजी गई।`,
  },
  "incident.resolved": {
    subject: (p) => `शिकायत ${p.incidentNumber} बंद: ${OUTCOME_HI[p.outcome]}`,
    body: (p) => `शिकायत ${p.incidentNumber} (${INCIDENT_CATEGORY_HI[p.category]}) "${OUTCOME_HI[p.outcome]}" परिणाम के साथ बंद हुई। कारण मानक पर देखें।`,
    sms: (p) => `मानक: शिकायत ${p.incidentNumber} बंद: ${OUTCOME_HI[p.outcome]}।`,
  },
  "riskFlag.reviewed": {
    subject: (p) => `जोखिम संकेत की समीक्षा: ${RISK_KIND_HI[p.kind]}`,
    body: (p) =>
      `उद्योग विभाग ने आपसे संबंधित सार्वजनिक जोखिम संकेत "${RISK_KIND_HI[p.kind]}" की समीक्षा की है। ` +
      `सार्वजनिक पृष्ठों पर संकेत के साथ दिखने वाली टिप्पणी: "${p.note}"।`,
    sms: (p) => `मानक: जोखिम संकेत "${RISK_KIND_HI[p.kind]}" की समीक्षा हुई। विवरण पोर्टल पर।`,
  },
  "auth.passwordReset": {
    subject: () => `मानक का पासवर्ड बदलें`,
    body: (p) =>
      `आपके मानक खाते का पासवर्ड बदलने का अनुरोध आया है। नया पासवर्ड चुनने के लिए ${p.validMinutes} मिनट के भीतर यह लिंक खोलें: ${p.url}\n` +
      `लिंक एक ही बार चलता है। अनुरोध आपने नहीं किया तो इसे अनदेखा करें: आपका पासवर्ड नहीं बदलेगा।`,
    sms: (p) => `मानक: ${p.validMinutes} मिनट में पासवर्ड बदलें: ${p.url}`,
  },
  "otp.code": {
    subject: () => `साइन-इन कोड`,
    body: (p) => otpHi(p),
    sms: (p) => otpHi(p),
  },
};

function otpEn(p: EventParams["otp.code"]): string {
  return `${p.code} is your Manak sign-in code. It is valid for ${p.validMinutes} minutes. Do not share it with anyone.`;
}

function otpHi(p: EventParams["otp.code"]): string {
  return `${p.code} आपका मानक साइन-इन कोड है। ${p.validMinutes} मिनट तक मान्य। किसी को न बताएँ।`;
}

function supplyOrdersEn(n: number): string {
  return n === 1 ? `1 supply order` : `${n} supply orders`;
}

// Oblique case after "में": one "आदेश", several "आदेशों".
function supplyOrdersHi(n: number): string {
  return n === 1 ? `आपूर्ति आदेश` : `आपूर्ति आदेशों`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const CATALOGUES: Record<UiLocale, Catalogue> = { en, hi };

const KIND: Record<UiLocale, Record<InspectionKind, string>> = {
  en: { PRE: "pre-dispatch", POST: "post-dispatch" },
  hi: { PRE: "प्रेषण-पूर्व", POST: "प्रेषण-पश्चात" },
};

// ICU may put a no-break or narrow no-break space in dates ("1:30 pm"); either would push an
// English SMS out of GSM-7 into UCS-2, so SMS get plain spaces.
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

// India's DLT rules cap an SMS template variable at 30 characters; names longer than that are
// cut, and the e-mail carries them whole.
const SMS_VARIABLE_MAX = 30;

function formatFor(locale: UiLocale, forSms: boolean): Format {
  const ellipsis = locale === "en" ? "..." : "…"; // "…" is not GSM-7
  const clip = (s: string) =>
    !forSms || s.length <= SMS_VARIABLE_MAX ? s : `${s.slice(0, SMS_VARIABLE_MAX - ellipsis.length).trimEnd()}${ellipsis}`;
  return {
    date: (d) => plainSpaces(formatDateIst(d, locale)),
    dateTime: (d) => plainSpaces(formatDateTimeIst(d, locale)),
    name: (l) => clip(l[locale]),
    kind: (k) => KIND[locale][k],
    clip,
    // "Rs" keeps English SMS in GSM-7; Hindi SMS are UCS-2 whatever we do, so they keep "₹".
    money: (paise) => (!forSms ? formatInr(paise, locale) : `${locale === "en" ? "Rs " : "₹"}${paiseToRupeesString(paise)}`),
  };
}

const CHROME: Record<UiLocale, { greeting(name: string): string; open: string; brand: string; choose: string; mandatory: string }> = {
  en: {
    greeting: (name) => `Dear ${name},`,
    open: "Open in Manak",
    brand: "Manak — government purchase from Chhattisgarh's local small enterprises.",
    choose: "To choose which messages you receive, visit",
    mandatory: "This message cannot be switched off: it concerns a payment, a rejection or an order you must act on.",
  },
  hi: {
    greeting: (name) => `नमस्ते ${name},`,
    open: "मानक पर खोलें",
    brand: "मानक — छत्तीसगढ़ के स्थानीय लघु उद्यमों से शासकीय क्रय।",
    choose: "कौन-से संदेश मिलें, यह चुनने के लिए देखें",
    mandatory: "यह संदेश बंद नहीं किया जा सकता: यह भुगतान, अस्वीकृति या ऐसे आदेश से जुड़ा है जिस पर आपको कार्रवाई करनी है।",
  },
};

/** Where links in e-mails point: the public address of the portal. */
export function appBaseUrl(): string {
  return (process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export type Rendered = {
  subject: string;
  /** The message itself: the in-app list's text and the heart of the e-mail. */
  body: string;
  /** The whole plain-text e-mail: greeting, body, link, footer. */
  text: string;
  html: string;
  sms: string;
};

export function renderNotification<E extends NotifyEvent>(
  event: E,
  locale: UiLocale,
  params: EventParams[E],
  options: { recipientName?: string; link?: string } = {},
): Rendered {
  const copy = CATALOGUES[locale][event] as Copy<EventParams[E]>;
  const rich = formatFor(locale, false);
  const chrome = CHROME[locale];
  const subject = copy.subject(params, rich);
  const body = copy.body(params, rich);
  const sms = copy.sms(params, formatFor(locale, true));
  const url = options.link ? `${appBaseUrl()}${options.link}` : null;
  const greeting = options.recipientName ? chrome.greeting(options.recipientName) : null;
  const footer = isMandatory(event)
    ? [chrome.brand, chrome.mandatory]
    : [chrome.brand, `${chrome.choose}: ${appBaseUrl()}/settings/notifications`];

  const text = [greeting, body, url ? `${chrome.open}: ${url}` : null, `--\n${footer.join("\n")}`]
    .filter((part) => part !== null)
    .join("\n\n");

  const paragraphs = body.split("\n\n").map((para) => `<p style="margin:0 0 12px">${escapeHtml(para)}</p>`);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;background:#f8fafc;font-family:'Noto Sans Devanagari','Noto Sans',Arial,sans-serif;color:#0f172a;line-height:1.5">`,
    `<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff">`,
    `<p style="margin:0 0 16px;font-weight:700;color:#115e59">${locale === "hi" ? "मानक" : "Manak"}</p>`,
    greeting ? `<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>` : "",
    ...paragraphs,
    url
      ? `<p style="margin:20px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#115e59;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(chrome.open)}</a></p>`
      : "",
    `<hr style="border:none;border-top:1px solid #cbd5e1;margin:20px 0">`,
    ...footer.map((line) => `<p style="margin:0 0 6px;font-size:13px;color:#475569">${escapeHtml(line)}</p>`),
    `</div></body></html>`,
  ].join("");

  return { subject, body, text, html, sms };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
