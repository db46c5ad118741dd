// The production web node: Next's request handler (what `next start` runs) inside a plain Node
// HTTP server that adds what a node behind a balancer needs (issue 16):
// - a request id per request (the balancer's X-Request-Id, or a new one), sent back in the
//   response, on every JSON log line of the request and on the audit events it writes;
// - one JSON access-log line per request (pino) and the request-latency histogram;
// - GET /api/metrics (Prometheus text) for a bearer token METRICS_TOKEN (404 when unset);
// - graceful shutdown: on SIGTERM readiness turns 503, no new connections are taken, requests in
//   flight finish (up to SHUTDOWN_GRACE_MS, 25 s), then the process exits 0;
// - the client's address, the one thing Next does not pass on: worked out from the TCP peer and
//   TRUSTED_PROXY_HOPS (lib/auth/client-ip.ts) and stamped on the request, replacing any header of
//   that name the client sent.
// Usage: PORT=3000 tsx scripts/serve.ts (after `npm run build`; `npm start` runs it).
import { randomUUID, timingSafeEqual } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { addressFromForwarded, CLIENT_IP_HEADER, trustedProxyHops } from "../lib/auth/client-ip";
import { log } from "../lib/log";
import { clusterMetricsText, metrics, routeGroup } from "../lib/metrics";
import { createPrisma, type Db } from "../lib/prisma-client";
import { withRequestContext } from "../lib/request-context";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 25_000);
const metricsToken = process.env.METRICS_TOKEN ?? "";
const hops = trustedProxyHops();
// lib/auth/client-ip.ts trusts the stamped header only in a process started here.
process.env.MANAK_CLIENT_IP_HEADER = "1";

// What `next start` sets; React and Next pick their production paths from it.
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
const app = next({ dev: false, dir: root, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

let metricsDb: Db | undefined;
async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse) {
  const given = Buffer.from(String(req.headers.authorization ?? "").replace(/^Bearer /, ""));
  const expected = Buffer.from(metricsToken);
  if (!metricsToken || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const { registry } = metrics();
  metricsDb ??= createPrisma(process.env.DATABASE_URL, { name: "metrics", max: 2 });
  const cluster = await clusterMetricsText(metricsDb).catch((error) => {
    log.warn({ err: error }, "cluster metrics unavailable");
    return "";
  });
  res.writeHead(200, { "Content-Type": registry.contentType, "Cache-Control": "no-store" }).end((await registry.metrics()) + cluster);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,80}$/;
const server = http.createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_IP_HEADER] = addressFromForwarded(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress, hops);
  const given = req.headers["x-request-id"];
  const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  const started = performance.now();
  const pathname = (req.url ?? "/").split("?")[0];
  res.on("finish", () => {
    const seconds = (performance.now() - started) / 1000;
    const route = routeGroup(pathname);
    metrics().requestSeconds.observe({ method: req.method ?? "GET", route, status: String(res.statusCode) }, seconds);
    if (route !== "/_next") {
      log.info({ requestId, method: req.method, path: pathname, status: res.statusCode, ms: Math.round(seconds * 1000) }, "request");
    }
  });
  if (pathname === "/api/metrics") {
    void serveMetrics(req, res).catch((error) => {
      log.error({ err: error, requestId }, "metrics failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
    return;
  }
  const signedIn = /(?:^|;\s*)(?:__Secure-)?manak\.session=/.test(req.headers.cookie ?? "");
  withRequestContext({ requestId, signedIn }, () => {
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, requestId }, "request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => log.info({ port, trustedProxyHops: hops }, "web node listening"));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  // Whatever hangs after the grace period (a pool to a database that is gone), the process ends.
  setTimeout(() => process.exit(0), graceMs + 5_000).unref();
  (globalThis as unknown as Record<symbol, boolean>)[Symbol.for("manak.draining")] = true;
  log.info({ signal, graceMs }, "web node draining: no new connections, finishing requests in flight");
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 250);
  const timedOut = await Promise.race([closed.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), graceMs))]);
  clearInterval(idleSweep);
  if (timedOut) {
    log.warn("grace period over: closing the remaining connections");
    server.closeAllConnections();
  }
  const prisma = (globalThis as unknown as { manakPrisma?: Db }).manakPrisma;
  await Promise.allSettled([prisma?.$disconnect(), metricsDb?.$disconnect(), app.close()]);
  log.info("web node stopped");
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));
