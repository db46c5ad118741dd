// `npm run db:check` in CI: fails when prisma/schema.prisma and prisma/migrations disagree.
// Uses DATABASE_URL when given, otherwise a throw-away embedded PostgreSQL.
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/dev/embedded-pg";
import { run } from "../lib/dev/run";

const root = path.resolve(import.meta.dirname, "..");
const pg = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `manak-dbcheck-${process.pid}`), port: Number(process.env.DBCHECK_PG_PORT ?? 54328), database: "manak_check", persistent: false });
try {
  await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "check"], { ...process.env, DATABASE_URL: pg.url });
} finally {
  await pg.stop();
}
