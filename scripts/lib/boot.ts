import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/dev/embedded-pg";
import { run } from "../../lib/dev/run";
import { devKeyFile, loadSigningKey } from "../../lib/audit/signing-key";

export const root = path.resolve(import.meta.dirname, "../..");
export const dataDir = path.join(root, ".data");

/**
 * The database the app runs on: DATABASE_URL when given (a real PostgreSQL), otherwise an
 * embedded PostgreSQL whose data stays in .data/pg between runs.
 */
export async function bootDatabase(): Promise<RunningPostgres> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  mkdirSync(dataDir, { recursive: true });
  const port = Number(process.env.PG_PORT ?? 54320);
  const t0 = performance.now();
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, database: "manak", persistent: true });
  console.log(`[manak] embedded PostgreSQL on port ${port} (${Math.round(performance.now() - t0)} ms)`);
  return pg;
}

export async function migrate(url: string) {
  await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: url });
}

/** A session-signing secret for local runs, made once and kept in the git-ignored .data folder. */
export function localSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "dev-secret");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/**
 * The audit-checkpoint signing key for local runs (lib/audit/signing-key.ts): the file generated
 * once into .data, handed to the worker and the app as AUDIT_SIGNING_KEY_FILE (`next start` runs
 * as production, which generates none). Undefined when a key is configured, or in production.
 */
export function localAuditKeyFile(): string | undefined {
  if (process.env.AUDIT_SIGNING_KEY || process.env.AUDIT_SIGNING_KEY_FILE || process.env.NODE_ENV === "production") return process.env.AUDIT_SIGNING_KEY_FILE;
  const env = { ...process.env, MANAK_DATA_DIR: dataDir };
  loadSigningKey(env);
  return devKeyFile(env);
}

export function onShutdown(fn: () => Promise<void>) {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      await fn().catch((e) => console.error(e));
      process.exit(0);
    });
  }
}
