/**
 * Every notification the workflow sends: its name, the parameters its templates need, who may
 * receive it (for the preferences form), on which channels, and whether it may be switched off.
 * Pure data; no I/O.
 */
import type { NotificationChannel, Role } from "@/lib/generated/prisma/enums";
import type { PenaltyKindName } from "@/lib/domain/penalty/rules";

/** A name that differs by language (item, office, district), rendered in the recipient's. */
export type Localized = { en: string; hi: string };

export type InspectionKind = "PRE" | "POST";

export type IncidentCategoryName = "QUALITY" | "SHORT_DELIVERY" | "LATE_DELIVERY" | "CONDUCT" | "DELAYED_PAYMENT" | "WRONGFUL_REJECTION" | "INSPECTION_NOT_DONE" | "OTHER" | "PENALTY_APPEAL";
export type IncidentEscalationName = "OFFICE_HEAD" | "DEPARTMENT_ADMIN" | "MSE_FACILITATION_COUNCIL";
export type IncidentOutcomeName = "UPHELD" | "NOT_UPHELD" | "SETTLED" | "WITHDRAWN";

export type RiskFlagKindName = "ORDER_SPLITTING" | "PRICE_OUTLIER" | "VENDOR_CONCENTRATION" | "REPEATED_REJECTIONS" | "LATE_PAYMENT";

/** The parameters each event's templates render. Money is paise, dates are instants (shown in IST). */
export type EventParams = {
  "vendor.registered": { vendorName: string; districtName: Localized };
  "vendor.registrationReceived": { vendorName: string; reference: string; decisionBy: Date };
  "vendor.approved": { vendorName: string };
  "vendor.rejected": { vendorName: string; reason: string };
  "vendor.suspended": { vendorName: string; reason: string };
  "vendor.classChanged": { vendorName: string; enterpriseClass: "MICRO" | "SMALL" | "MEDIUM"; reason: string };
  /** A graded penalty (warning, points, suspension, debarment) decided by the industries department. */
  "penalty.imposed": { vendorName: string; kind: PenaltyKindName; points: number; startsAt: Date; endsAt: Date; reason: string };
  "penalty.revoked": { vendorName: string; kind: PenaltyKindName; reason: string };
  "bankRate.added": { rateBp: number; effectiveFrom: Date };
  "supplyOrder.created": { supplyOrderNumber: string; valuePaise: bigint; acceptBy: Date };
  "supplyOrder.slaReminder": { supplyOrderNumber: string; acceptBy: Date };
  "supplyOrder.reallocatedAway": { supplyOrderNumber: string };
  "supplyOrder.reallocated": { supplyOrderNumber: string; newSupplyOrderNumbers: string };
  "supplyOrder.accepted": { supplyOrderNumber: string; vendorName: string };
  "supplyOrder.rejected": { supplyOrderNumber: string; vendorName: string; reason: string };
  "purchaseOrder.allocated": { purchaseOrderNumber: string; supplyOrderCount: number };
  "purchaseOrder.lineUnfulfilled": { purchaseOrderNumber: string; itemName: Localized; quantity: number };
  "inspection.assigned": { supplyOrderNumber: string; kind: InspectionKind; scheduledOn: Date; vendorName: string };
  "inspection.scheduled": { supplyOrderNumber: string; kind: InspectionKind; scheduledOn: Date };
  "inspection.passed": { supplyOrderNumber: string; kind: InspectionKind };
  "inspection.failed": { supplyOrderNumber: string; kind: InspectionKind; remarks: string };
  "supplyOrder.dispatched": { supplyOrderNumber: string; vendorName: string; invoiceNumber: string };
  "supplyOrder.received": { supplyOrderNumber: string; consigneeName: Localized };
  "supplyOrder.cancelled": { supplyOrderNumber: string; reason: string };
  "supplyOrder.cancelledAfterFailures": { supplyOrderNumber: string; inspections: number };
  "inspection.deadlineReminder": { supplyOrderNumber: string; deadline: Date };
  "inspection.escalated": { supplyOrderNumber: string; inspectorName: string; deadline: Date };
  "supplyOrder.deemedAccepted": { supplyOrderNumber: string; deliveredOn: Date };
  "supplyOrder.shortDelivered": { supplyOrderNumber: string; quantity: number };
  "supplyOrder.shortfallDecided": { supplyOrderNumber: string; quantity: number; decision: "CLOSE_SHORT" | "REALLOCATE"; reason: string };
  "bill.generated": { billNumber: string; supplyOrderNumber: string; netPayablePaise: bigint; dueDate: Date };
  "bill.dueSoon": { billNumber: string; netPayablePaise: bigint; dueDate: Date };
  "bill.overdue": { billNumber: string; netPayablePaise: bigint; dueDate: Date };
  "payment.released": { billNumber: string; amountPaise: bigint; bankReference: string };
  "payment.initiated": { billNumber: string; amountPaise: bigint; endToEndId: string };
  "payment.returned": { billNumber: string; amountPaise: bigint; reason: string };
  /** Incidents (issue 18): never the raiser's words, which may hold personal data — the number and category. */
  "incident.raised": { incidentNumber: string; category: IncidentCategoryName };
  "incident.responded": { incidentNumber: string; category: IncidentCategoryName };
  "incident.message": { incidentNumber: string; category: IncidentCategoryName };
  "incident.escalated": { incidentNumber: string; category: IncidentCategoryName; level: number; escalatedTo: IncidentEscalationName };
  "incident.resolved": { incidentNumber: string; category: IncidentCategoryName; outcome: IncidentOutcomeName };
  /** An admin reviewed a public risk flag about the recipient's office or firm. */
  "riskFlag.reviewed": { kind: RiskFlagKindName; note: string };
  "otp.code": { code: string; validMinutes: number };
  "auth.passwordReset": { url: string; validMinutes: number };
};

export type NotifyEvent = keyof EventParams;
/** Events sent to users (everything but the one-time code, which goes to a bare mobile number). */
export type UserEvent = Exclude<NotifyEvent, "otp.code" | "auth.passwordReset">;

type EventInfo = {
  /** Roles that receive it: the preferences form shows a role only its own events. */
  audience: readonly Role[];
  channels: readonly NotificationChannel[];
  /** Cannot be switched off: money, rejections, and what the recipient must act on. */
  mandatory: boolean;
};

const ALL: readonly NotificationChannel[] = ["EMAIL", "SMS", "IN_APP"];

export const EVENTS: Record<NotifyEvent, EventInfo> = {
  "vendor.registered": { audience: ["ADMIN"], channels: ALL, mandatory: false },
  "vendor.registrationReceived": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "vendor.approved": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "vendor.rejected": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "vendor.suspended": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "vendor.classChanged": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "penalty.imposed": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "penalty.revoked": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "bankRate.added": { audience: ["ADMIN"], channels: ["EMAIL", "IN_APP"], mandatory: false },
  "supplyOrder.created": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "supplyOrder.slaReminder": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "supplyOrder.reallocatedAway": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "supplyOrder.reallocated": { audience: ["BUYER"], channels: ALL, mandatory: false },
  "supplyOrder.accepted": { audience: ["BUYER"], channels: ALL, mandatory: false },
  "supplyOrder.rejected": { audience: ["BUYER"], channels: ALL, mandatory: true },
  "purchaseOrder.allocated": { audience: ["BUYER"], channels: ALL, mandatory: false },
  "purchaseOrder.lineUnfulfilled": { audience: ["BUYER"], channels: ALL, mandatory: false },
  "inspection.assigned": { audience: ["INSPECTOR"], channels: ALL, mandatory: false },
  "inspection.scheduled": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "inspection.passed": { audience: ["VENDOR", "BUYER"], channels: ALL, mandatory: false },
  "inspection.failed": { audience: ["VENDOR", "BUYER"], channels: ALL, mandatory: false },
  "supplyOrder.dispatched": { audience: ["BUYER"], channels: ALL, mandatory: false },
  "supplyOrder.received": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "supplyOrder.cancelled": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "supplyOrder.cancelledAfterFailures": { audience: ["VENDOR", "BUYER"], channels: ALL, mandatory: false },
  "inspection.deadlineReminder": { audience: ["INSPECTOR"], channels: ALL, mandatory: true },
  "inspection.escalated": { audience: ["INSPECTOR", "ADMIN"], channels: ALL, mandatory: true },
  "supplyOrder.deemedAccepted": { audience: ["VENDOR", "BUYER", "INSPECTOR"], channels: ALL, mandatory: true },
  "supplyOrder.shortDelivered": { audience: ["VENDOR", "BUYER"], channels: ALL, mandatory: true },
  "supplyOrder.shortfallDecided": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "bill.generated": { audience: ["VENDOR", "FINANCE"], channels: ALL, mandatory: false },
  "bill.dueSoon": { audience: ["FINANCE"], channels: ALL, mandatory: false },
  "bill.overdue": { audience: ["FINANCE"], channels: ALL, mandatory: false },
  "payment.released": { audience: ["VENDOR", "BUYER"], channels: ALL, mandatory: true },
  "payment.initiated": { audience: ["VENDOR"], channels: ALL, mandatory: false },
  "payment.returned": { audience: ["VENDOR"], channels: ALL, mandatory: true },
  "incident.raised": { audience: ["BUYER", "VENDOR", "INSPECTOR", "ADMIN"], channels: ALL, mandatory: true },
  "incident.responded": { audience: ["BUYER", "VENDOR", "ADMIN"], channels: ["EMAIL", "IN_APP"], mandatory: false },
  "incident.message": { audience: ["BUYER", "VENDOR", "INSPECTOR", "ADMIN"], channels: ["EMAIL", "IN_APP"], mandatory: false },
  "incident.escalated": { audience: ["BUYER", "VENDOR", "INSPECTOR", "FINANCE", "ADMIN"], channels: ALL, mandatory: true },
  "incident.resolved": { audience: ["BUYER", "VENDOR", "INSPECTOR"], channels: ALL, mandatory: true },
  "riskFlag.reviewed": { audience: ["BUYER", "FINANCE", "VENDOR"], channels: ["EMAIL", "IN_APP"], mandatory: false },
  "otp.code": { audience: [], channels: ["SMS"], mandatory: true },
  "auth.passwordReset": { audience: [], channels: ["EMAIL", "SMS"], mandatory: true },
};

export const NOTIFY_EVENTS = Object.keys(EVENTS) as NotifyEvent[];

/** Channels a person can switch per event; the in-app list always keeps everything. */
export const SWITCHABLE_CHANNELS = ["EMAIL", "SMS"] as const;
export type SwitchableChannel = (typeof SWITCHABLE_CHANNELS)[number];

export function isMandatory(event: NotifyEvent): boolean {
  return EVENTS[event].mandatory;
}

/** The events a role receives, in workflow order (for the preferences form). */
export function eventsFor(role: Role): UserEvent[] {
  return NOTIFY_EVENTS.filter((e): e is UserEvent => EVENTS[e].audience.includes(role));
}

export function isNotifyEvent(value: string): value is NotifyEvent {
  return Object.hasOwn(EVENTS, value);
}
