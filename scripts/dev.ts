// `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data, local mail
// and SMS sinks, the notification worker and Next's dev server — one command.
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed-data/demo-accounts";
import { guardDevCache } from "../lib/dev/dev-cache";
import { run, start } from "../lib/dev/run";
import { bootDatabase, dataDir, localAuditKeyFile, localSecret, migrate, onShutdown, root } from "./lib/boot";

const port = process.env.PORT ?? "3000";
const t0 = performance.now();
const database = await bootDatabase();
await migrate(database.url);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: localSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  AUDIT_SIGNING_KEY_FILE: localAuditKeyFile(),
  NEXT_TELEMETRY_DISABLED: "1",
};
await run(process.execPath, ["--import", "tsx", path.join(root, "prisma/seed.ts")], env);

// A stale Turbopack cache makes idle pages reload in a loop (lib/dev/dev-cache.ts).
const devStoppedCleanly = guardDevCache(root, dataDir);
const tsx = path.join(root, "node_modules/.bin/tsx");
const children = [
  start(tsx, [path.join(root, "scripts/sinks.ts")], env),
  start(tsx, [path.join(root, "scripts/worker.ts")], env),
  start(path.join(root, "node_modules/.bin/next"), ["dev", "--port", port], env),
];
onShutdown(async () => {
  for (const { child } of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => c.exited));
  await database.stop();
  devStoppedCleanly();
});

console.log(`\n[manak] ready in ${((performance.now() - t0) / 1000).toFixed(1)} s before Next compiles: http://localhost:${port}`);
console.log(`[manak] demo accounts (password ${DEMO_PASSWORD}):`);
for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(9)} ${a.email}`);
console.log(`[manak] caught e-mail and SMS: http://localhost:${port}/admin/dev-inbox (as admin)\n`);
