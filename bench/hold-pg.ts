// Starts the bench's embedded PostgreSQL on a kept data folder and holds it until SIGINT/SIGTERM
// (for measurements run by hand against the bench data set: backups, risk flags, payment batch).
//   BENCH_PG_DIR=… BENCH_PG_PORT=55490 npx tsx bench/hold-pg.ts
import { startBenchPostgres } from "./lib/postgres";

const database = await startBenchPostgres({ dataDir: process.env.BENCH_PG_DIR, port: Number(process.env.BENCH_PG_PORT ?? 55490), keep: true, reuse: true });
console.log(`[bench] postgres up: ${database.url}`);
const stop = () => void database.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
