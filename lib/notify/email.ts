/**
 * E-mail over SMTP with nodemailer. With no SMTP_HOST the mail goes to the local catcher the dev
 * command starts (sinks.ts), so a fresh clone sends real SMTP without any account.
 */
import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import { PermanentSendError, type OutboundMessage, type Transport } from "./transport";

export type EmailConfig = {
  host: string;
  port: number;
  user?: string;
  password?: string;
  from: string;
  /** Connection, greeting and socket timeout; the worker's lock must outlast one send. */
  timeoutMs: number;
  maxConnections: number;
};

export function emailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EmailConfig {
  const local = !env.SMTP_HOST;
  return {
    host: env.SMTP_HOST ?? "127.0.0.1",
    port: Number(env.SMTP_PORT ?? (local ? 2525 : 587)),
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    from: env.SMTP_FROM ?? "Manak <no-reply@manak.local>",
    timeoutMs: Number(env.SMTP_TIMEOUT_MS ?? 20_000),
    maxConnections: Number(env.SMTP_MAX_CONNECTIONS ?? 5),
  };
}

/**
 * The Message-ID is a function of the dedupe key, so a message re-sent after a worker died
 * between the server's "250 OK" and recording it carries the same id, and receivers (and our
 * catcher's viewer) can recognise the copy.
 */
export function messageIdFor(dedupeKey: string): string {
  return `<${createHash("sha256").update(dedupeKey).digest("hex").slice(0, 32)}@notify.manak>`;
}

export function createEmailTransport(config: EmailConfig): Transport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.port === 465,
    auth: config.user ? { user: config.user, pass: config.password ?? "" } : undefined,
    pool: true,
    maxConnections: config.maxConnections,
    // The outbox is the only place that retries; the pool re-queuing on its own could send twice.
    maxRequeues: 0,
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
  });

  return {
    async send(message: OutboundMessage) {
      try {
        const info = await transporter.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.body,
          html: message.html ?? undefined,
          messageId: messageIdFor(message.dedupeKey),
        });
        return { providerId: String(info.messageId) };
      } catch (error) {
        // A recipient refused with a 5xx reply will be refused again; anything else may pass later.
        const e = error as { code?: string; responseCode?: number; message?: string };
        if (e.code === "EENVELOPE" && (e.responseCode ?? 0) >= 500) {
          throw new PermanentSendError(e.message ?? "recipient refused", { cause: error });
        }
        throw error;
      }
    },
    close() {
      transporter.close();
    },
  };
}
