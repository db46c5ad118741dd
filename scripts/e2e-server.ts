// The server Playwright tests talk to: the built app (`next start`) on a fresh embedded database
// with the demo data, plus the local mail/SMS sinks and the notification worker.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { run, start } from "../lib/dev/run";
import { migrate, onShutdown, root } from "./lib/boot";

const port = process.env.E2E_PORT ?? "3100";
const pg = await startEmbeddedPostgres({
  dataDir: path.join(os.tmpdir(), `manak-e2e-pg-${process.pid}`),
  port: Number(process.env.E2E_PG_PORT ?? 54331),
  database: "manak_e2e",
  persistent: false,
});
await migrate(pg.url);
// A throw-away audit-checkpoint key: the worker signs checkpoint #1 when it starts.
const auditKeyFile = path.join(os.tmpdir(), `manak-e2e-audit-key-${process.pid}.pem`);
writeFileSync(auditKeyFile, generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: pg.url,
  NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  SMTP_PORT: process.env.E2E_SMTP_PORT ?? "2625",
  SMS_SINK_PORT: process.env.E2E_SMS_PORT ?? "2626",
  DEV_SINKS: "1",
  AUDIT_SIGNING_KEY_FILE: auditKeyFile,
  // The demo accounts the specs sign in with; refused in production unless a test server says so.
  MANAK_ALLOW_DEMO_ACCOUNTS: "1",
};
await run(process.execPath, ["--import", "tsx", path.join(root, "prisma/seed.ts")], env);
const tsx = path.join(root, "node_modules/.bin/tsx");
// The security suite compares database checksums around each request, so it runs without the
// worker (whose deliveries and sweeps would change rows between two snapshots).
const withWorker = process.env.E2E_WORKER !== "0";
const children = [
  start(tsx, [path.join(root, "scripts/sinks.ts")], env),
  ...(withWorker ? [start(tsx, [path.join(root, "scripts/worker.ts")], env)] : []),
  start(tsx, [path.join(root, "scripts/serve.ts")], { ...env, PORT: port, NODE_ENV: "production" }),
];
onShutdown(async () => {
  for (const { child } of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => c.exited));
  await pg.stop();
});
