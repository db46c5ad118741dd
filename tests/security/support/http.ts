// Raw HTTP against the production server: node:http rather than fetch, so that the suite controls
// every header (Origin, X-Forwarded-For, a lying Content-Length) and sees redirects as they are.
import http from "node:http";

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const HOST = `localhost:${PORT}`;
export const BASE = `http://${HOST}`;

export type Field = [name: string, value: string | { filename: string; type: string; data: Buffer }];

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** name → value of every Set-Cookie (an empty value is a deletion). */
  setCookies: Map<string, string>;
};

export type SendOptions = {
  method?: string;
  headers?: Record<string, string | number>;
  body?: Buffer | string;
  port?: number;
  timeoutMs?: number;
  /** Body bytes are capped, so a 1 MB echo does not fill the test's memory. */
  maxBodyBytes?: number;
};

export function send(path: string, opts: SendOptions = {}): Promise<RawResponse> {
  const { method = "GET", headers = {}, body, port = PORT, timeoutMs = 30_000, maxBodyBytes = 2_000_000 } = opts;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "localhost", port, path, method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        if (size < maxBodyBytes) chunks.push(chunk);
        size += chunk.length;
      });
      response.on("end", () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), setCookies: parseSetCookies(response.headers["set-cookie"]) });
      });
      response.on("error", reject);
    });
    const timer = setTimeout(() => request.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (body !== undefined) request.write(body);
    request.end();
  });
}

function parseSetCookies(list: string[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of list ?? []) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(line);
    out.set(pair.slice(0, at).trim(), expired ? "" : pair.slice(at + 1).trim());
  }
  return out;
}

/** A browser's cookie jar for one caller: what the server set is sent back. */
export class Jar {
  readonly cookies = new Map<string, string>();
  constructor(init: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(init)) this.cookies.set(k, v);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  take(response: RawResponse) {
    for (const [k, v] of response.setCookies) {
      if (v === "") this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
  }
  clone(): Jar {
    return new Jar(Object.fromEntries(this.cookies));
  }
}

export function multipart(fields: Field[], boundary = `----ManakSecurity${Math.random().toString(16).slice(2)}`): { body: Buffer; contentType: string } {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    const safeName = name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    if (typeof value === "string") {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${safeName}"\r\n\r\n`), Buffer.from(value, "utf8"), Buffer.from("\r\n"));
    } else {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${safeName}"; filename="${value.filename}"\r\nContent-Type: ${value.type}\r\n\r\n`),
        value.data,
        Buffer.from("\r\n"),
      );
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Pages that must keep answering 200 (a polluted Object.prototype breaks Next's renderer). */
export const HEALTH_PAGES = ["/", "/catalogue", "/orders", "/dashboard"] as const;

/** Status of each page (0: no answer within the timeout); stops at the first failure when asked. */
export async function pagesStatus(opts: { timeoutMs?: number; stopAtFirstFailure?: boolean } = {}): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const page of HEALTH_PAGES) {
    out[page] = (await send(page, { timeoutMs: opts.timeoutMs ?? 60_000 }).catch(() => ({ status: 0 }))).status;
    if (opts.stopAtFirstFailure && out[page] !== 200) break;
  }
  return out;
}
