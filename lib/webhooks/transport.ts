/**
 * Sends a webhook delivery (an outbox row of channel WEBHOOK): POST the stored JSON body to the
 * subscription's URL, signed with its secret (sign.ts), and succeed only on a 2xx answer within
 * the timeout. Anything else — refused connection, 5xx, a receiver that stalls or answers after
 * the timeout — throws, and the worker retries with backoff until the row is DEAD (ADR 0003).
 * A receiver that processed a request whose answer came too late gets it again with the same
 * event id: delivery is at least once, and receivers dedupe on `Manak-Event-Id`.
 */
import type { Db } from "@/lib/prisma-client";
import { PermanentSendError, type OutboundMessage, type Transport } from "@/lib/notify/transport";
import { SIGNATURE_HEADER, signatureHeader } from "./sign";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export function createWebhookTransport(db: Db, { timeoutMs = WEBHOOK_TIMEOUT_MS, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {}): Transport {
  return {
    async send(message: OutboundMessage) {
      const delivery = await db.notification.findUnique({
        where: { id: message.id },
        select: { event: true, webhookSubscription: { select: { secret: true, active: true, url: true } } },
      });
      const subscription = delivery?.webhookSubscription;
      if (!subscription) throw new PermanentSendError("webhook subscription missing");
      if (!subscription.active) throw new PermanentSendError("webhook subscription deactivated");
      let response: Response;
      try {
        response = await fetchImpl(subscription.url, {
          method: "POST",
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
          headers: {
            "Content-Type": "application/json",
            "User-Agent": "Manak-Webhooks/1",
            "Manak-Event-Id": message.subject,
            "Manak-Event": delivery.event,
            [SIGNATURE_HEADER]: signatureHeader(subscription.secret, message.body),
          },
          body: message.body,
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        throw new Error(timedOut ? `no answer within ${timeoutMs} ms` : `request failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      // The body is not needed; reading a little frees the connection without waiting on a huge one.
      await response.body?.cancel().catch(() => {});
      if (response.status >= 200 && response.status < 300) return { providerId: `HTTP ${response.status}` };
      // 410 Gone: the receiver says this endpoint will never take deliveries again.
      if (response.status === 410) throw new PermanentSendError("HTTP 410 Gone");
      throw new Error(`HTTP ${response.status}`);
    },
  };
}
