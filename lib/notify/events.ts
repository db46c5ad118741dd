/**
 * Every notification the workflow sends: its name, the parameters its templates need, who may
 * receive it (for the preferences form), on which channels, and whether it may be switched off.
 * Pure data; no I/O.
 */
import type { NotificationChannel, Role } from "@/lib/generated/prisma/enums";

/** A name that differs by language (item, office, district), rendered in the recipient's. */
export type Localized = { en: string; hi: string };

export type InspectionKind = "PRE" | "POST";

/** The parameters each event's templates render. Money is paise, dates are instants (shown in IST). */
export type EventParams = {
  "vendor.registered": { vendorName: string; districtName: Localized };
  "vendor.registrationReceived": { vendorName: string; reference: string; decisionBy: Date };
  "vendor.approved": { vendorName: string };
  "vendor.rejected": { vendorName: string; reason: string };
  "vendor.suspended": { vendorName: string; reason: string };
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
  "bill.generated": { billNumber: string; supplyOrderNumber: string; netPayablePaise: bigint; dueDate: Date };
  "bill.dueSoon": { billNumber: string; netPayablePaise: bigint; dueDate: Date };
  "bill.overdue": { billNumber: string; netPayablePaise: bigint; dueDate: Date };
  "payment.released": { billNumber: string; amountPaise: bigint; bankReference: string };
  "complaint.raised": { purchaseOrderNumber: string; subject: string };
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
  "bill.generated": { audience: ["VENDOR", "FINANCE"], channels: ALL, mandatory: false },
  "bill.dueSoon": { audience: ["FINANCE"], channels: ALL, mandatory: false },
  "bill.overdue": { audience: ["FINANCE"], channels: ALL, mandatory: false },
  "payment.released": { audience: ["VENDOR", "BUYER"], channels: ALL, mandatory: true },
  "complaint.raised": { audience: ["ADMIN", "VENDOR"], channels: ALL, mandatory: false },
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
