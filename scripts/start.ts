// `npm start`: the built app (`npm run build` first) on the same database settings as `npm run dev`
// (DATABASE_URL, or the embedded PostgreSQL in .data/pg), with migrations applied. In production the
// notification worker runs as its own process (`npm run worker`).
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
const next = start(path.join(root, "node_modules/.bin/next"), ["start", "--port", port], env);
onShutdown(async () => {
  next.child.kill("SIGTERM");
  await next.exited;
  await database.stop();
});
await next.exited;
await database.stop();
