// Abuse limits (issue 13, item 4): a body announced as huge is refused with 413 from its
// Content-Length, before the server reads it — the suite sends 64 KB of a declared 1 GB and waits
// a few seconds; a server that starts reading just waits for the rest.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { CALLERS, jarOf } from "./support/callers";
import { PORT } from "./support/http";
import { record } from "./support/report";

const DECLARED = 1024 * 1024 * 1024;

function hugeBody(path: string, headers: Record<string, string>): Promise<number | "no answer"> {
  return new Promise((resolve) => {
    const boundary = "----ManakHuge";
    const request = http.request({ host: "localhost", port: PORT, path, method: "POST", agent: false, headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": DECLARED } });
    const timer = setTimeout(() => {
      request.destroy();
      resolve("no answer");
    }, 8_000);
    request.on("response", (response) => {
      clearTimeout(timer);
      response.resume();
      request.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", () => undefined);
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="remarks"\r\n\r\n`);
    request.write(Buffer.alloc(64 * 1024, 0x61));
  });
}

const ROUTES: { path: string; as: "anonymous" | "buyer"; headers?: Record<string, string> }[] = [
  { path: "/api/webhooks/twilio", as: "anonymous", headers: { "x-twilio-signature": "c2lnbmF0dXJl" } },
  { path: "/api/receipts", as: "buyer" },
];

for (const route of ROUTES) {
  test(`POST ${route.path} with Content-Length 1 GB (as ${route.as}) is refused with 413 before the body is read`, async () => {
    const jar = await jarOf(CALLERS[route.as]);
    const cookie = jar.header();
    const status = await hugeBody(route.path, { ...route.headers, ...(cookie ? { cookie } : {}) });
    record("limits", `POST ${route.path}, Content-Length 1 GB, 64 KB sent, as ${route.as}`, 1, String(status), status === 413 ? "refused" : "FAIL");
    expect(status).toBe(413);
  });
}
