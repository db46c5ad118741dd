// `DATABASE_URL=… npm run db:restore -- PATH`: restores a backup made by `npm run db:backup` into
// the database DATABASE_URL names, created when missing; it must hold no data yet. Applies this
// release's migrations first (manak-copy format), loads the rows, then checks every table's row
// count against the backup and verifies the audit chain; exits 1 if anything differs.
import path from "node:path";
import { ensureDatabase } from "../lib/dev/embedded-pg";
import { restoreDatabase } from "../lib/ops/backup";
import { migrate } from "./lib/boot";

const from = process.argv.slice(2).find((a) => !a.startsWith("--"));
const url = process.env.DATABASE_URL;
if (!from || !url) {
  console.error("Usage: DATABASE_URL=postgresql://…/new_database npm run db:restore -- PATH");
  process.exit(2);
}
const target = new URL(url);
const name = target.pathname.slice(1);
target.pathname = "/postgres";
await ensureDatabase(target.toString(), name);
try {
  const result = await restoreDatabase(url, path.resolve(from), migrate);
  console.log(
    `[manak] restored ${from} into ${name}: ${result.tables} tables, ${result.rows} rows, ` +
      `audit chain of ${result.auditEvents} events verified, ${(result.ms / 1000).toFixed(1)} s`,
  );
  process.exit(0);
} catch (error) {
  console.error(`[manak] restore failed: ${(error as Error).message}`);
  process.exit(1);
}
