// `npm start`: the built app (`npm run build` first) on the same database settings as `npm run dev`
// (DATABASE_URL, or the embedded PostgreSQL in .data/pg), with migrations applied, served by
// scripts/serve.ts (Next's handler plus request ids, JSON logs, metrics and graceful shutdown). In
// production the notification worker runs as its own process (`npm run worker`), and several web
// nodes run `npm run serve` behind a balancer after one `npm run db:migrate` (docs/operations.md).
import path from "node:path";
import { start } from "../lib/dev/run";
import { bootDatabase, localAuditKeyFile, localSecret, migrate, onShutdown, root } from "./lib/boot";

const port = process.env.PORT ?? "3000";
const database = await bootDatabase();
await migrate(database.url);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET ? undefined : localSecret(),
  AUDIT_SIGNING_KEY_FILE: localAuditKeyFile(),
  NEXT_TELEMETRY_DISABLED: "1",
};
// `node --import tsx`: SIGTERM reaches the server itself, which drains (the tsx CLI would relay it
// and SIGKILL a server slow to acknowledge).
const next = start(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], { ...env, PORT: port, NODE_ENV: "production" });
onShutdown(async () => {
  next.child.kill("SIGTERM");
  await next.exited;
  await database.stop();
});
await next.exited;
await database.stop();
