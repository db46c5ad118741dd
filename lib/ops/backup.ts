/**
 * Backups and restores of the whole database (issue 16; docs/operations.md "Backups").
 *
 * Two formats, chosen by what the machine has:
 * - pg_dump's custom format (`pg_dump -Fc`), when a pg_dump at least as new as the server is on
 *   PATH (production: Debian/PGDG's postgresql-client-18). pg_restore restores it.
 * - Otherwise "manak-copy": a folder with manifest.json and one gzip'd binary COPY file per table,
 *   all read in one REPEATABLE READ snapshot, so the backup is consistent while the app runs.
 *   It needs no client binaries (the embedded PostgreSQL ships none, and Debian 12's pg_dump 15
 *   refuses a version 18 server). The schema is not in it: restore applies this release's
 *   migrations, which must be the ones the backup was taken with (the manifest lists them).
 * Either way the restore is checked: row counts against the backup's, and the audit chain.
 */
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { verifyAuditChain } from "@/lib/audit/verify";

export const COPY_FORMAT = "manak-copy/1";

export type Manifest = {
  format: typeof COPY_FORMAT;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; rows: number; file: string; bytes: number; sha256: string }[];
  sequences: { name: string; lastValue: string | null }[];
  auditHead: { seq: string; hash: string } | null;
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  return client;
}

/** A pg_dump that can dump this server (its major version at least the server's), or null. */
export function usablePgDump(serverMajor: number): string | null {
  const found = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
  if (found.status !== 0) return null;
  const major = Number(/(\d+)(?:\.\d+)?/.exec(found.stdout)?.[1] ?? 0);
  return major >= serverMajor ? "pg_dump" : null;
}

/** Data tables: every table of the public schema but the migration ledger. */
async function dataTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

export type BackupResult = { format: "pg_dump-custom" | typeof COPY_FORMAT; path: string; bytes: number; ms: number; rows: number };

export async function backupDatabase(url: string, out: string, opts: { forceCopyFormat?: boolean } = {}): Promise<BackupResult> {
  const started = performance.now();
  const client = await connect(url);
  try {
    const serverMajor = Math.floor(Number((await client.query<{ v: string }>("SHOW server_version_num")).rows[0].v) / 10_000);
    const pgDump = opts.forceCopyFormat ? null : usablePgDump(serverMajor);
    if (pgDump) {
      const file = out.endsWith(".dump") ? out : `${out}.dump`;
      await mkdir(path.dirname(file), { recursive: true });
      execFileSync(pgDump, ["--format=custom", "--no-owner", "--file", file, "--dbname", url], { stdio: "inherit" });
      return { format: "pg_dump-custom", path: file, bytes: (await stat(file)).size, ms: performance.now() - started, rows: 0 };
    }
    await mkdir(out, { recursive: true });
    if ((await readdir(out)).length > 0) throw new Error(`${out} is not empty`);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const serverVersion = (await client.query<{ v: string }>("SHOW server_version")).rows[0].v;
    const migrations = (
      await client.query<{ name: string }>(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      )
    ).rows.map((r) => r.name);
    const sequences = (
      await client.query<{ name: string; lastValue: string | null }>(
        `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows;
    const head = (await client.query<{ seq: string; hash: string }>(`SELECT seq::text, hash FROM "AuditEvent" ORDER BY seq DESC LIMIT 1`)).rows[0] ?? null;
    const tables: Manifest["tables"] = [];
    for (const [i, name] of (await dataTables(client)).entries()) {
      const file = `${String(i).padStart(3, "0")}-${name}.copy.gz`;
      const hash = createHash("sha256");
      const source = client.query(copyTo(`COPY ${quote(name)} TO STDOUT (FORMAT binary)`));
      source.on("data", (chunk: Buffer) => hash.update(chunk));
      await pipeline(source, createGzip({ level: 6 }), createWriteStream(path.join(out, file)));
      tables.push({ name, rows: Number(source.rowCount ?? 0), file, bytes: (await stat(path.join(out, file))).size, sha256: hash.digest("hex") });
    }
    await client.query("COMMIT");
    const manifest: Manifest = { format: COPY_FORMAT, createdAt: new Date().toISOString(), serverVersion, migrations, tables, sequences, auditHead: head };
    await writeFile(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
    return {
      format: COPY_FORMAT, path: out, bytes: tables.reduce((sum, t) => sum + t.bytes, 0), ms: performance.now() - started,
      rows: tables.reduce((sum, t) => sum + t.rows, 0),
    };
  } finally {
    await client.end();
  }
}

export type RestoreResult = { ms: number; rows: number; auditEvents: number; tables: number };

/**
 * Restores `from` into the database at `url`, which must hold no data yet (a fresh database, or
 * one just migrated). `migrate` applies this release's migrations to it (the caller passes the
 * project's migrate command); for a pg_dump file, pg_restore does the schema itself.
 */
export async function restoreDatabase(url: string, from: string, migrate: (url: string) => Promise<void>): Promise<RestoreResult> {
  const started = performance.now();
  if (!(await stat(from)).isDirectory()) {
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", url, from], { stdio: "inherit" });
    return { ...(await checkRestored(url, null)), ms: performance.now() - started };
  }
  const manifest = JSON.parse(await readFile(path.join(from, "manifest.json"), "utf8")) as Manifest;
  if (manifest.format !== COPY_FORMAT) throw new Error(`${from}: not a ${COPY_FORMAT} backup`);
  const shipped = (await readdir(path.join(process.cwd(), "prisma/migrations"), { withFileTypes: true }))
    .filter((e) => e.isDirectory()).map((e) => e.name).sort();
  if (shipped.join() !== manifest.migrations.join()) {
    throw new Error(
      "The backup was taken at another schema version than this release's migrations. Restore it with the release that made it, then run npm run db:migrate.\n" +
        `backup: ${manifest.migrations.at(-1)}; this release: ${shipped.at(-1)}`,
    );
  }
  await migrate(url);
  const client = await connect(url);
  try {
    const existing = new Set(await dataTables(client));
    const missing = manifest.tables.filter((t) => !existing.has(t.name));
    if (missing.length) throw new Error(`tables missing after migrating: ${missing.map((t) => t.name).join(", ")}`);
    const { rows: busy } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent"`);
    if (busy[0].n !== "0") throw new Error("the target database already has audit events: restore only into a fresh database");
    await client.query("BEGIN");
    // Triggers off for the load (the audit log's append-only guard, foreign keys): the rows are
    // restored as they were, in any table order. Needs a superuser, as restoring does anyway.
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`TRUNCATE ${manifest.tables.map((t) => quote(t.name)).join(", ")}`);
    for (const table of manifest.tables) {
      await pipeline(createReadStream(path.join(from, table.file)), createGunzip(), client.query(copyFrom(`COPY ${quote(table.name)} FROM STDIN (FORMAT binary)`)));
    }
    for (const seq of manifest.sequences) {
      if (seq.lastValue !== null) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [quote(seq.name), seq.lastValue]);
    }
    await client.query("COMMIT");
    const { rows: views } = await client.query<{ name: string }>(`SELECT matviewname AS name FROM pg_matviews WHERE schemaname = 'public'`);
    for (const view of views) await client.query(`REFRESH MATERIALIZED VIEW ${quote(view.name)}`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { ...(await checkRestored(url, manifest)), ms: performance.now() - started };
}

/** Row counts (against the manifest's, when there is one) and the audit chain of a restored database. */
export async function checkRestored(url: string, manifest: Manifest | null): Promise<Omit<RestoreResult, "ms">> {
  const client = await connect(url);
  try {
    let rows = 0;
    const tables = await dataTables(client);
    for (const name of tables) {
      const n = Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quote(name)}`)).rows[0].n);
      const expected = manifest?.tables.find((t) => t.name === name)?.rows;
      if (manifest && expected !== n) throw new Error(`restored ${name} has ${n} rows, the backup ${expected ?? "none"}`);
      rows += n;
    }
    const chain = await verifyAuditChain(client);
    if (!chain.ok) throw new Error(`the restored audit chain is broken at seq ${chain.broken.seq}`);
    if (manifest?.auditHead) {
      const head = (await client.query<{ seq: string; hash: string }>(`SELECT seq::text, hash FROM "AuditEvent" ORDER BY seq DESC LIMIT 1`)).rows[0];
      if (head?.hash !== manifest.auditHead.hash) throw new Error("the restored audit chain does not end where the backup's did");
    }
    return { rows, auditEvents: chain.count, tables: tables.length };
  } finally {
    await client.end();
  }
}
