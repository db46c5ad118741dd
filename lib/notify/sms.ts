/**
 * SMS through the twilio SDK. The SDK has no base-URL option, so to reach the local sink (dev and
 * tests) we hand it an HTTP client that rewrites each request's address; everything else — form
 * encoding, auth, error mapping to RestException — is the SDK's own code path.
 */
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import { PermanentSendError, type OutboundMessage, type Transport } from "./transport";

export type SmsConfig = {
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  /** Send to this base URL instead of https://api.twilio.com (the local sink). */
  apiBase?: string;
  /** Public address of the portal; when set, Twilio reports delivery to our webhook. */
  publicBaseUrl?: string;
  timeoutMs: number;
};

const DEV_ACCOUNT_SID = `AC${"0".repeat(32)}`;

export function smsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmsConfig {
  const timeoutMs = Number(env.TWILIO_TIMEOUT_MS ?? 15_000);
  const publicBaseUrl = env.PUBLIC_BASE_URL || undefined;
  if (env.TWILIO_ACCOUNT_SID) {
    if (!env.TWILIO_AUTH_TOKEN || !(env.TWILIO_FROM || env.TWILIO_MESSAGING_SERVICE_SID)) {
      throw new Error("SMS: TWILIO_ACCOUNT_SID needs TWILIO_AUTH_TOKEN and TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID");
    }
    return {
      accountSid: env.TWILIO_ACCOUNT_SID,
      authToken: env.TWILIO_AUTH_TOKEN,
      from: env.TWILIO_FROM || undefined,
      messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID || undefined,
      apiBase: env.TWILIO_API_BASE || undefined,
      publicBaseUrl,
      timeoutMs,
    };
  }
  if (env.NODE_ENV === "production" && !env.TWILIO_API_BASE && env.DEV_SINKS !== "1") {
    throw new Error("SMS is not configured: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM (or DEV_SINKS=1 for the local sink)");
  }
  // No account: the local SMS sink, with placeholder credentials it does not check.
  return {
    accountSid: DEV_ACCOUNT_SID,
    authToken: env.TWILIO_AUTH_TOKEN ?? "dev-sink",
    from: env.TWILIO_FROM ?? "MANAK",
    apiBase: env.TWILIO_API_BASE ?? `http://127.0.0.1:${env.SMS_SINK_PORT ?? 2526}`,
    publicBaseUrl,
    timeoutMs,
  };
}

/** The SDK's own HTTP client, pointed at another origin. */
export class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string, options?: RequestClient.RequestClientOptions) {
    super(options);
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const url = new URL(opts.uri);
    return super.request<TData>({ ...opts, uri: `${this.base.replace(/\/+$/, "")}${url.pathname}${url.search}` });
  }
}

export function statusCallbackUrl(publicBaseUrl: string, notificationId: bigint): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}/api/webhooks/twilio?notification=${notificationId}`;
}

export function createSmsTransport(config: SmsConfig): Transport {
  const httpClient = config.apiBase
    ? new RedirectingRequestClient(config.apiBase, { timeout: config.timeoutMs, keepAlive: true })
    : new twilio.RequestClient({ timeout: config.timeoutMs, keepAlive: true });
  const client = twilio(config.accountSid, config.authToken, { httpClient });

  return {
    async send(message: OutboundMessage) {
      try {
        const sent = await client.messages.create({
          to: message.to,
          body: message.body,
          ...(config.messagingServiceSid ? { messagingServiceSid: config.messagingServiceSid } : { from: config.from }),
          // Carries our row id, so a delivery report can settle a row whose worker died before
          // recording Twilio's sid (see docs/adr/0003-notification-outbox.md).
          ...(config.publicBaseUrl ? { statusCallback: statusCallbackUrl(config.publicBaseUrl, message.id) } : {}),
        });
        return { providerId: sent.sid };
      } catch (error) {
        // 4xx other than 429 (invalid number, unsubscribed recipient …) will not pass on a retry.
        if (error instanceof twilio.RestException && error.status >= 400 && error.status < 500 && error.status !== 429) {
          throw new PermanentSendError(`Twilio ${error.status} (${error.code}): ${error.message}`, { cause: error });
        }
        throw error;
      }
    },
    async findAccepted(message: OutboundMessage, since: Date) {
      // Twilio keeps every message it accepted; the list filters by number and time on its side.
      // A message is ours when the number and the whole text match: each text names its order,
      // bill or code, so two notifications to one number do not share one.
      const listed = await client.messages.list({ to: message.to, dateSentAfter: since, pageSize: 50, limit: 200 });
      return listed.find((m) => m.body === message.body && m.status !== "failed" && m.status !== "undelivered")?.sid ?? null;
    },
  };
}
