import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { startEmbeddedPostgres } from "../../lib/dev/embedded-pg";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

const TEMPLATE = "manak_template";

// Several test runs may share the machine (CI, a developer's watch mode), so ask the OS for a port.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throw-away embedded Postgres (or uses TEST_DATABASE_URL's server), applies the
 * migrations once into a template database, and lets every test file copy it.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) {
    const port = Number(process.env.TEST_PG_PORT ?? (await freePort()));
    const pgServer = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `manak-test-pg-${process.pid}`), port, database: "postgres", persistent: false,
    });
    adminUrl = pgServer.url;
    stop = pgServer.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templateUrl = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${TEMPLATE}$1`);
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: templateUrl }, stdio: "inherit",
  });
  project.provide("adminUrl", adminUrl);
  project.provide("templateDb", TEMPLATE);
  return stop;
}
