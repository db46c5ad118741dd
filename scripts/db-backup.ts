// `npm run db:backup [-- --out=PATH] [--copy-format]`: a consistent backup of DATABASE_URL (or the
// local embedded database) while the app runs: pg_dump's custom format when a pg_dump for this
// server version is installed, otherwise the manak-copy folder format (lib/ops/backup.ts).
// Default PATH: $BACKUP_DIR (or .data/backups)/manak-<UTC timestamp>. Prints the format, size, rows and time.
import path from "node:path";
import { backupDatabase } from "../lib/ops/backup";
import { bootDatabase, dataDir } from "./lib/boot";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const out = path.resolve(arg("out") ?? path.join(process.env.BACKUP_DIR ?? path.join(dataDir, "backups"), `manak-${stamp}`));
const database = await bootDatabase();
try {
  const result = await backupDatabase(database.url, out, { forceCopyFormat: process.argv.includes("--copy-format") });
  console.log(
    `[manak] backup (${result.format}) written to ${result.path}: ${(result.bytes / 1024).toFixed(0)} KiB` +
      `${result.rows ? `, ${result.rows} rows` : ""}, ${(result.ms / 1000).toFixed(1)} s`,
  );
} finally {
  await database.stop();
}
process.exit(0);
