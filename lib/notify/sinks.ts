/**
 * Local stand-ins for the mail server and Twilio, for the dev command and the tests: a real SMTP
 * server that accepts everything, and an HTTP server that answers Twilio's "create message" call.
 * Each keeps what it caught in memory and, given a database, as DevMessage rows (the admin's dev
 * inbox). Faults can be injected to exercise the worker's retries.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Db } from "@/lib/prisma-client";
import { readMail } from "./mime";
import { smsSegments } from "./sms-segments";

/**
 * Faults apply per message (SMTP: at MAIL FROM, so a pooled connection cannot dodge them).
 * refuse: a temporary refusal (SMTP 451; HTTP socket reset); nothing is kept.
 * stall: no answer for `ms`, then the same as refuse; nothing is kept.
 * lateAck: the message IS kept, but the answer comes after `ms` — the client may have given up,
 *   which is the window where a retry delivers a copy (docs/adr/0003-notification-outbox.md).
 * status (SMS only): Twilio answers with an HTTP error (500, 429 …); nothing is kept.
 */
export type SinkFault =
  | { kind: "refuse"; times: number }
  | { kind: "stall"; times: number; ms: number }
  | { kind: "lateAck"; times: number; ms: number }
  | { kind: "status"; times: number; status: number };

type Faults = { push(f: SinkFault): void; clear(): void; take(kinds: SinkFault["kind"][]): SinkFault | null };

function faultQueue(): Faults {
  const queue: SinkFault[] = [];
  return {
    push: (f) => void queue.push({ ...f }),
    clear: () => void queue.splice(0),
    take(kinds) {
      const head = queue[0];
      if (!head || !kinds.includes(head.kind)) return null;
      if (--head.times <= 0) queue.shift();
      return head;
    },
  };
}

export type CaughtMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  raw: string;
};

export type SmtpCatcher = {
  port: number;
  messages: CaughtMail[];
  fail(fault: Exclude<SinkFault, { kind: "status" }>): void;
  /** Forgets what was caught and any faults not yet used. */
  reset(): void;
  close(): Promise<void>;
};

export async function startSmtpCatcher({ port, db, host = "127.0.0.1" }: { port: number; db?: Db; host?: string }): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  const faults = faultQueue();
  const refusal = () => Object.assign(new Error("Temporary local problem, try again later"), { responseCode: 451 });

  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no TLS certificate to trust, nothing to authenticate.
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    banner: "Manak development mail catcher",
    size: 25 * 1024 * 1024,
    closeTimeout: 500,
    onMailFrom(_address, _session, callback) {
      const fault = faults.take(["refuse", "stall"]);
      if (fault?.kind === "refuse") return callback(refusal());
      if (fault?.kind === "stall") return void setTimeout(() => callback(refusal()), fault.ms);
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        try {
          const raw = Buffer.concat(chunks).toString("utf8");
          const mail = readMail(raw);
          const caught: CaughtMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            ...mail,
            raw,
          };
          messages.push(caught);
          await db?.devMessage.create({
            data: { channel: "EMAIL", toAddress: caught.to.join(", "), subject: caught.subject, body: caught.text, raw },
          });
          const fault = faults.take(["lateAck"]);
          if (fault?.kind === "lateAck") setTimeout(() => callback(), fault.ms);
          else callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    fail: (fault) => faults.push(fault),
    reset() {
      messages.length = 0;
      faults.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type CaughtSms = {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  acceptedAt: Date;
};

export type SmsSink = {
  port: number;
  url: string;
  messages: CaughtSms[];
  fail(fault: SinkFault): void;
  /** Forgets what was caught and any faults not yet used. */
  reset(): void;
  close(): Promise<void>;
};

const CREATE_MESSAGE = /^\/2010-04-01\/Accounts\/(AC[0-9a-zA-Z]+)\/Messages\.json$/;

/**
 * Answers `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` (send) and `GET` on the same
 * path (list, filtered by `To` and `DateSent>`) the way Twilio does.
 */
export async function startSmsSink({ port, db, host = "127.0.0.1" }: { port: number; db?: Db; host?: string }): Promise<SmsSink> {
  const messages: CaughtSms[] = [];
  const faults = faultQueue();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sink");
    const match = CREATE_MESSAGE.exec(url.pathname);
    if (match && req.method === "GET") return json(res, 200, listPage(match[1], messages, url.searchParams));
    if (req.method !== "POST" || !match) return json(res, 404, twilioError(20404, "The requested resource was not found", 404));
    const form = new URLSearchParams(await readBody(req));

    const fault = faults.take(["refuse", "stall", "status", "lateAck"]);
    if (fault?.kind === "refuse") return void req.socket.destroy();
    if (fault?.kind === "stall") return void setTimeout(() => req.socket.destroy(), fault.ms);
    if (fault?.kind === "status") return json(res, fault.status, twilioError(20000 + fault.status, http.STATUS_CODES[fault.status] ?? "Error", fault.status));

    const to = form.get("To");
    const body = form.get("Body");
    if (!to || !body) return json(res, 400, twilioError(21604, "A 'To' phone number and a 'Body' are required.", 400));
    const sms: CaughtSms = {
      sid: `SM${randomBytes(16).toString("hex")}`,
      to,
      from: form.get("From"),
      messagingServiceSid: form.get("MessagingServiceSid"),
      body,
      statusCallback: form.get("StatusCallback"),
      acceptedAt: new Date(),
    };
    messages.push(sms);
    try {
      await db?.devMessage.create({ data: { channel: "SMS", toAddress: to, body, raw: JSON.stringify({ ...sms, accountSid: match[1] }) } });
    } catch {
      return json(res, 500, twilioError(20500, "Internal Server Error", 500));
    }
    const reply = () => json(res, 201, { ...messageResource(match[1], sms), status: "queued", date_sent: null });
    if (fault?.kind === "lateAck") setTimeout(reply, fault.ms);
    else reply();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}`,
    messages,
    fail: (fault) => faults.push(fault),
    reset() {
      messages.length = 0;
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function messageResource(accountSid: string, sms: CaughtSms) {
  return {
    sid: sms.sid,
    account_sid: accountSid,
    to: sms.to,
    from: sms.from,
    messaging_service_sid: sms.messagingServiceSid,
    body: sms.body,
    status: "sent",
    num_segments: String(smsSegments(sms.body).segments),
    direction: "outbound-api",
    api_version: "2010-04-01",
    date_created: sms.acceptedAt.toUTCString(),
    date_sent: sms.acceptedAt.toUTCString(),
    error_code: null,
    error_message: null,
    uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sms.sid}.json`,
  };
}

/** One page of Twilio's message list (newest first), with the filters the worker uses. */
function listPage(accountSid: string, messages: CaughtSms[], query: URLSearchParams) {
  const to = query.get("To");
  const after = query.get("DateSent>");
  const since = after ? Date.parse(after) : Number.NEGATIVE_INFINITY;
  const pageSize = Math.min(Math.max(Number(query.get("PageSize")) || 50, 1), 1000);
  const found = messages
    .filter((m) => (!to || m.to === to) && m.acceptedAt.getTime() >= since)
    .reverse()
    .slice(0, pageSize)
    .map((m) => messageResource(accountSid, m));
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  return { messages: found, page: 0, page_size: pageSize, start: 0, end: Math.max(found.length - 1, 0), uri, first_page_uri: uri, next_page_uri: null, previous_page_uri: null };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function twilioError(code: number, message: string, status: number) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

function json(res: http.ServerResponse, status: number, payload: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}
