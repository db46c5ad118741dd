// The risk-flag job (issue 18; lib/services/risk/compute-risk-flags.ts, run hourly by the worker)
// on a bench data set: the job's function called directly, twice — the first run on a database
// without flags inserts them all; the second is the hourly steady state (every finding seen again,
// upserted with today's numbers). Reports each run's time and the flags of each kind.
// Writes RiskFlag rows and one audit event per kind that added flags, as the worker would.
//   BENCH_DATABASE_URL=postgresql://…/manak_bench npx tsx bench/risk-flags.ts
// bench/run.ts runs it as section 8 on its data set.
import pg from "pg";
import "./lib/server-only";

export type RiskFlagsBench = {
  runs: { ms: number; skipped: boolean; found: Record<string, number>; added: Record<string, number> }[];
  flagsByKind: Record<string, number>;
  flagsBefore: number;
  window: { orders: number; supplyOrders: number; bills: number };
};

export async function benchRiskFlags(databaseUrl: string, runs = 2): Promise<RiskFlagsBench> {
  const { createPrisma } = await import("../lib/prisma-client");
  const { computeRiskFlags } = await import("../lib/services/risk/compute-risk-flags");
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, options: "-c TimeZone=UTC" });
  const client = createPrisma(databaseUrl, { name: "bench-risk", max: 2 });
  try {
    const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0].n);
    const flagsBefore = await count(`SELECT count(*) AS n FROM "RiskFlag"`);
    const year = `now() - interval '365 days'`;
    const window = {
      orders: await count(`SELECT count(*) AS n FROM "PurchaseOrder" WHERE "createdAt" >= ${year}`),
      supplyOrders: await count(`SELECT count(*) AS n FROM "SupplyOrder" WHERE "createdAt" >= ${year}`),
      bills: await count(`SELECT count(*) AS n FROM "Bill" WHERE "generatedAt" >= ${year}`),
    };
    const results: RiskFlagsBench["runs"] = [];
    for (let i = 0; i < runs; i++) {
      const run = await computeRiskFlags(client);
      results.push({ ms: run.ms, skipped: run.skipped, found: run.found, added: run.added });
    }
    const { rows } = await pool.query<{ kind: string; n: string }>(`SELECT kind::text, count(*) AS n FROM "RiskFlag" GROUP BY 1 ORDER BY 1`);
    return { runs: results, flagsByKind: Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)])), flagsBefore, window };
  } finally {
    await client.$disconnect();
    await pool.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("BENCH_DATABASE_URL is not set");
  const result = await benchRiskFlags(url);
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
