// `npm start`: the built app (`npm run build` first) on the same database settings as `npm run dev`
// (DATABASE_URL, or the embedded PostgreSQL in .data/pg), with migrations applied. In production the
// notification worker runs as its own process (`npm run worker`).
import path from "node:path";
import { start } from "../lib/dev/run";
import { bootDatabase, localSecret, migrate, onShutdown, root } from "./lib/boot";

const port = process.env.PORT ?? "3000";
const database = await bootDatabase();
await migrate(database.url);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET ? undefined : localSecret(),
  NEXT_TELEMETRY_DISABLED: "1",
};
// scripts/serve.ts rather than `next start`: it knows each request's client address (lib/auth/client-ip.ts).
const next = start(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/serve.ts")], { ...env, PORT: port, NODE_ENV: "production" });
onShutdown(async () => {
  next.child.kill("SIGTERM");
  await next.exited;
  await database.stop();
});
await next.exited;
await database.stop();
