// The production server entry (`npm start` and the end-to-end server run this instead of
// `next start`): Next's own request handler behind a plain Node HTTP server, so the one thing
// Next does not pass on — the TCP peer's address — can be turned into the client address
// (lib/auth/client-ip.ts) before any request reaches the app. Any header of that name the client
// sent is replaced.
import http from "node:http";
import next from "next";
import { addressFromForwarded, CLIENT_IP_HEADER, trustedProxyHops } from "../lib/auth/client-ip";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const hops = trustedProxyHops();
process.env.MANAK_CLIENT_IP_HEADER = "1";

const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_IP_HEADER] = addressFromForwarded(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress, hops);
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Manak ready on http://localhost:${port} (trusted proxy hops: ${hops})`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
