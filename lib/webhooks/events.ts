/**
 * The events a department system can subscribe to, and the audit actions they come from. Pure.
 * Webhooks are read off the audit chain (fanout.ts), so every state change that is audited with a
 * purchase order can be published without touching the service that made it.
 */
export const WEBHOOK_EVENTS = {
  "order.placed": ["purchaseOrder.place"],
  "supplyOrder.accepted": ["supplyOrder.accept"],
  "supplyOrder.dispatched": ["supplyOrder.dispatch", "supplyOrder.replacementDispatch"],
  "supplyOrder.received": ["supplyOrder.receive"],
  "inspection.recorded": ["inspection.pass", "inspection.fail"],
  "bill.generated": ["bill.generate"],
  "payment.made": ["payment.release"],
} as const satisfies Record<string, readonly string[]>;

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];

const BY_ACTION = new Map<string, WebhookEvent>(
  WEBHOOK_EVENT_NAMES.flatMap((event) => WEBHOOK_EVENTS[event].map((action) => [action, event] as const)),
);

export const WEBHOOK_ACTIONS = [...BY_ACTION.keys()];

export function webhookEventOf(action: string): WebhookEvent | null {
  return BY_ACTION.get(action) ?? null;
}

/** The event id a receiver dedupes on: the audit event's sequence number, so every retry carries the same one. */
export const webhookEventId = (auditSeq: bigint) => `evt_${auditSeq.toString().padStart(12, "0")}`;
