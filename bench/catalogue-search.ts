// Catalogue search latency (issue 4; figures in docs/performance.md "Catalogue search").
//
// Calls the app's own searchCatalogue() — the function behind /catalogue and
// /api/catalogue/search, both of its queries — for CATALOGUE_QUERIES (English and Hindi words,
// prefixes, misspellings, item codes, filters, second pages), first on the demo seed, then after
// adding a generated catalogue on top: `--offers` offers (default 100,000) over offers/20 items and
// offers/20 vendors, written with set-based INSERT … SELECT. Each query runs once to warm up, then
// the list is run RUNS times round; the figures are nearest-rank p50/p95 over all timed runs, plus
// the slowest query's own p95.
//
//   npx tsx bench/catalogue-search.ts [--offers=100000] [--keep] [--reuse]
//
// Its own embedded PostgreSQL in .data/bench-catalogue-pg on BENCH_PG_PORT (default 55419).
// `--keep` leaves the data there; `--reuse` measures a kept generated data set again (after
// applying any new migrations) without seeding or generating.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { run } from "../lib/dev/run";
import { createPrisma } from "../lib/prisma-client";
import { seed } from "../prisma/seed";
import { ITEMS } from "../prisma/seed-data/catalogue";
import { startBenchPostgres } from "./lib/postgres";
import { round, summarise, type Summary } from "./lib/stats";

const root = path.resolve(import.meta.dirname, "..");
const RUNS = 10;

/** At least 40 different searches a visitor might make; `page2` follows the first page's cursor. */
export const CATALOGUE_QUERIES: { name: string; params: Record<string, string>; page2?: boolean }[] = [
  { name: "no filter, first page", params: {} },
  { name: "no filter, second page", params: {}, page2: true },
  { name: "english: chair", params: { q: "chair" } },
  { name: "english: steel", params: { q: "steel" } },
  { name: "english: steel, second page", params: { q: "steel" }, page2: true },
  { name: "english: almirah", params: { q: "almirah" } },
  { name: "english: notebook", params: { q: "notebook" } },
  { name: "english: blanket", params: { q: "blanket" } },
  { name: "english: broom", params: { q: "broom" } },
  { name: "english: uniform", params: { q: "uniform" } },
  { name: "english: two words", params: { q: "steel chair" } },
  { name: "english: three words", params: { q: "school uniform shirt" } },
  { name: "english: LED bulb", params: { q: "LED bulb" } },
  { name: "english prefix: alm", params: { q: "alm" } },
  { name: "english prefix: spray", params: { q: "spray" } },
  { name: "english infix: irah", params: { q: "irah" } },
  { name: "typo: chiar", params: { q: "chiar" } },
  { name: "typo: almriah", params: { q: "almriah" } },
  { name: "typo: notbok", params: { q: "notbok" } },
  { name: "typo: blankit", params: { q: "blankit" } },
  { name: "typo: detergant", params: { q: "detergant" } },
  { name: "hindi: कुर्सी", params: { q: "कुर्सी" } },
  { name: "hindi: अलमारी", params: { q: "अलमारी" } },
  { name: "hindi: कंबल", params: { q: "कंबल" } },
  { name: "hindi: झाड़ू", params: { q: "झाड़ू" } },
  { name: "hindi: स्टील कुर्सी", params: { q: "स्टील कुर्सी" } },
  { name: "hindi without nukta: झाडू", params: { q: "झाडू" } },
  { name: "hindi prefix: कुर", params: { q: "कुर" } },
  { name: "hindi prefix: अलमा", params: { q: "अलमा" } },
  { name: "hindi typo: कुर्सि", params: { q: "कुर्सि" } },
  { name: "hindi category: फर्नीचर", params: { q: "फर्नीचर" } },
  { name: "code: FUR-004", params: { q: "FUR-004" } },
  { name: "code: stn-006", params: { q: "stn-006" } },
  { name: "short word: A4", params: { q: "A4" } },
  { name: "category FUR", params: { category: "FUR" } },
  { name: "category TEX + uniform", params: { category: "TEX", q: "uniform" } },
  { name: "reserved only", params: { reserved: "1" } },
  { name: "reserved + chair", params: { reserved: "1", q: "chair" } },
  { name: "district raipur", params: { district: "raipur" } },
  { name: "district bastar + chair", params: { district: "bastar", q: "chair" } },
  { name: "district sukma + reserved", params: { district: "sukma", reserved: "1" } },
  { name: "price 100–2,000", params: { min: "100", max: "2000" } },
  { name: "price ≥ 10,000", params: { min: "10000" } },
  { name: "price ≤ 50 + category", params: { max: "50", category: "STN" } },
  { name: "price band + almirah", params: { q: "almirah", min: "10000", max: "20000" } },
  { name: "district + price + category", params: { district: "durg", category: "FUR", min: "1000", max: "15000" } },
  { name: "no match", params: { q: "xylophone" } },
];

type SearchModule = typeof import("../lib/queries/catalogue-search");
type SearchDomain = typeof import("../lib/domain/catalogue/search");

export type SearchFigures = { overall: Summary; slowest: { name: string; p95: number }; perQuery: { name: string; p50: number; p95: number; items: number }[] };

/**
 * Times every query in CATALOGUE_QUERIES in-process, through the app's own function. Each query
 * runs once to warm up; then the timed runs go round the whole list RUNS times, so a burst of load
 * from elsewhere on the machine spreads over all queries instead of spoiling one.
 */
export async function measureCatalogueSearch(search: SearchModule, domain: SearchDomain, runs = RUNS): Promise<SearchFigures> {
  const prepared = [];
  for (const query of CATALOGUE_QUERIES) {
    let params: Record<string, string> = query.params;
    if (query.page2) {
      const first = await search.searchCatalogue(domain.parseCatalogueSearch(params).search);
      if (first.nextCursor) params = { ...params, cursor: first.nextCursor };
    }
    const parsed = domain.parseCatalogueSearch(params).search;
    const warm = await search.searchCatalogue(parsed);
    prepared.push({ name: query.name, parsed, items: warm.items.length, samples: [] as number[] });
  }
  for (let i = 0; i < runs; i++) {
    for (const query of prepared) {
      const t0 = performance.now();
      await search.searchCatalogue(query.parsed);
      query.samples.push(performance.now() - t0);
    }
  }
  const perQuery = prepared.map((q) => {
    const summary = summarise(q.samples);
    return { name: q.name, p50: summary.p50, p95: summary.p95, items: q.items };
  });
  const slowest = perQuery.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  return { overall: summarise(prepared.flatMap((q) => q.samples)), slowest: { name: slowest.name, p95: slowest.p95 }, perQuery };
}

const ADJECTIVES: [string, string][] = [
  ["standard", "मानक"], ["heavy duty", "मज़बूत"], ["economy", "किफ़ायती"], ["deluxe", "डीलक्स"],
  ["compact", "छोटा"], ["large", "बड़ा"], ["export quality", "उत्तम गुणवत्ता"], ["ISI marked", "आईएसआई चिह्नित"],
];

/**
 * A catalogue of `offers` offers on top of the seed: offers/20 items (variants of the 59 seed
 * items: "Steel folding chair, deluxe, model 12"), offers/20 vendors (one in ten from another
 * state; a few suspended or pending), 20 offers per item from distinct vendors (one in 33
 * withdrawn), each serving its vendor's district and two more, or (one in five) every district.
 */
async function generateCatalogue(url: string, offers: number) {
  const items = Math.floor(offers / 20);
  const vendors = Math.floor(offers / 20);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const t0 = performance.now();
    const result = await client.query(sql, values);
    console.log(`  ${name}: ${(result.rowCount ?? 0).toLocaleString("en-US")} rows in ${round((performance.now() - t0) / 1000, 1)} s`);
  };
  try {
    await step(
      "items",
      `INSERT INTO "Item" (id, code, "nameEn", "nameHi", "categoryId", unit, hsn, reserved, "preDispatchInspection", specs)
       SELECT uuidv7(), b.code || '-' || v, b."nameEn" || ', ' || a.en || ', model ' || v, b."nameHi" || ', ' || a.hi || ', मॉडल ' || v,
              b."categoryId", b.unit, b.hsn, b.reserved, b."preDispatchInspection", b.specs
       FROM (SELECT row_number() OVER (ORDER BY code) - 1 AS k, * FROM "Item") b
       CROSS JOIN generate_series(1, ceil($1::numeric / 59)::int) AS v
       JOIN unnest($2::text[], $3::text[]) WITH ORDINALITY AS a(en, hi, o) ON a.o = (v + b.k) % 8 + 1
       WHERE (v - 1) * 59 + b.k < $1`,
      [items, ADJECTIVES.map((a) => a[0]), ADJECTIVES.map((a) => a[1])],
    );
    await step(
      "GST rates",
      `INSERT INTO "ItemGstRate" (id, "itemId", "rateBp", "effectiveFrom")
       SELECT uuidv7(), i.id, r."rateBp", r."effectiveFrom" FROM "Item" i
       JOIN "Item" b ON i.code LIKE b.code || '-%' AND b.code ~ '^[A-Z]{3}-[0-9]{3}$'
       JOIN "ItemGstRate" r ON r."itemId" = b.id`,
    );
    await step(
      "vendors",
      `INSERT INTO "Vendor" (id, "legalName", "udyamNumber", gstin, pan, "stateCode", "bankAccount", ifsc, address, pincode, "districtId",
                             email, mobile, status, "registeredAt", "enterpriseClass")
       SELECT uuidv7(), 'Bench Udyog ' || n, 'UDYAM-CG-99-' || lpad(n::text, 7, '0'),
              (CASE WHEN n % 10 = 0 THEN '27' ELSE '22' END) || 'BNCHU' || lpad((n % 10000)::text, 4, '0') || chr(65 + n / 10000 % 26) || '1Z' || chr(65 + n % 26),
              'BNCHU' || lpad((n % 10000)::text, 4, '0') || chr(65 + n / 10000 % 26), CASE WHEN n % 10 = 0 THEN '27' ELSE '22' END,
              lpad(n::text, 12, '0'), 'SBIN0001234', 'Industrial Area', '492001', 1 + n % 33,
              'bench' || n || '@bench.manak.in', '+917' || lpad(n::text, 9, '0'),
              (CASE WHEN n % 33 = 1 THEN 'SUSPENDED' WHEN n % 33 = 2 THEN 'PENDING' ELSE 'ACTIVE' END)::"VendorStatus",
              now() - (n || ' minutes')::interval, 'MICRO'
       FROM generate_series(0, $1 - 1) AS n`,
      [vendors],
    );
    await client.query(`CREATE TEMP TABLE bench_v AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, "districtId" FROM "Vendor" WHERE email LIKE '%@bench.manak.in'`);
    await client.query(`CREATE TEMP TABLE bench_i AS
      SELECT row_number() OVER (ORDER BY i.id) - 1 AS n, i.id, coalesce(p.price, 50000) AS price
      FROM "Item" i
      LEFT JOIN LATERAL (SELECT avg(o."unitPricePaise")::bigint AS price FROM "Offer" o JOIN "Item" b ON b.id = o."itemId" WHERE i.code LIKE b.code || '-%') p ON true
      WHERE i.code ~ '^[A-Z]{3}-[0-9]{3}-[0-9]+$'`);
    await step(
      "offers",
      `INSERT INTO "Offer" (id, "vendorId", "itemId", "unitPricePaise", "minQuantity", "maxQuantity", "monthlyCapacity", "leadTimeDays", "matchesL1", status, "updatedAt")
       SELECT uuidv7(), v.id, i.id, i.price * (85 + (g * 37) % 40) / 100, 1 + g % 5, 200 + g % 800, 500 + g % 2000, 5 + g % 25, g % 4 <> 0,
              (CASE WHEN g % 33 = 0 THEN 'WITHDRAWN' ELSE 'ACTIVE' END)::"OfferStatus", now()
       FROM generate_series(0, $1 - 1) AS g
       JOIN bench_i i ON i.n = g / 20
       JOIN bench_v v ON v.n = (g::bigint * 7919) % $2
       ON CONFLICT DO NOTHING`,
      [items * 20, vendors],
    );
    await step(
      "offer districts",
      `INSERT INTO "OfferDistrict" ("offerId", "districtId")
       SELECT o.id, d.id FROM "Offer" o JOIN bench_v v ON v.id = o."vendorId"
       JOIN "District" d ON (abs(hashtext(o.id::text)) % 5 = 0) OR d.id IN (v."districtId", 1 + (v."districtId" + 7) % 33, 1 + (v."districtId" + 16) % 33)
       ON CONFLICT DO NOTHING`,
    );
    await step(
      "offer prices",
      `INSERT INTO "OfferPrice" (id, "offerId", "unitPricePaise", "effectiveFrom")
       SELECT uuidv7(), o.id, o."unitPricePaise", o."createdAt" FROM "Offer" o JOIN bench_v v ON v.id = o."vendorId"`,
    );
    // As autovacuum would have by now: statistics, and the visibility map index-only scans rely on.
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

function print(label: string, figures: SearchFigures) {
  console.log(`\n${label}: p50 ${figures.overall.p50} ms, p95 ${figures.overall.p95} ms over ${figures.overall.n} runs of ${CATALOGUE_QUERIES.length} queries`);
  console.log(`  slowest query: ${figures.slowest.name} (p95 ${figures.slowest.p95} ms)`);
  for (const q of figures.perQuery) console.log(`    ${q.name.padEnd(34)} p50 ${String(q.p50).padStart(6)}  p95 ${String(q.p95).padStart(6)}  items ${q.items}`);
}

async function main() {
  const offers = Number(process.argv.find((a) => a.startsWith("--offers="))?.split("=")[1] ?? 100_000);
  const reuse = process.argv.includes("--reuse");
  const database = await startBenchPostgres({
    port: Number(process.env.BENCH_PG_PORT ?? 55419),
    dataDir: path.join(root, ".data/bench-catalogue-pg"),
    keep: reuse || process.argv.includes("--keep"),
    reuse,
  });
  try {
    await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: database.url });
    process.env.DATABASE_URL = database.url;
    await import("./lib/server-only");
    const search = await import("../lib/queries/catalogue-search");
    const domain = await import("../lib/domain/catalogue/search");

    let seeded: SearchFigures | null = null;
    let counts: Awaited<ReturnType<typeof countCatalogue>>;
    if (reuse && database.fresh === false) {
      await sql(database.url, "VACUUM ANALYZE");
      counts = await countCatalogue(database.url);
    } else {
      const seeding = createPrisma(database.url);
      await seed(seeding, { demo: true });
      await seeding.$disconnect();
      await sql(database.url, "VACUUM ANALYZE");
      seeded = await measureCatalogueSearch(search, domain);
      print(`Seeded data (${ITEMS.length} items)`, seeded);
      console.log(`\nGenerating ${offers.toLocaleString("en-US")} offers…`);
      await generateCatalogue(database.url, offers);
      counts = await countCatalogue(database.url);
    }
    const large = await measureCatalogueSearch(search, domain);
    print(`Generated data (${Number(counts.items).toLocaleString("en-US")} items, ${Number(counts.offers).toLocaleString("en-US")} offers, ${Number(counts.districts).toLocaleString("en-US")} offer-districts)`, large);

    mkdirSync(path.join(root, "bench/results"), { recursive: true });
    const file = path.join(root, "bench/results/catalogue-search.json");
    writeFileSync(file, JSON.stringify({ measuredAt: new Date().toISOString(), runsPerQuery: RUNS, seeded, generated: { counts, figures: large } }, null, 2));
    console.log(`\nWritten to ${path.relative(root, file)}`);
    await (globalThis as unknown as { manakPrisma?: { $disconnect(): Promise<void> } }).manakPrisma?.$disconnect();
  } finally {
    await database.stop();
  }
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function countCatalogue(url: string) {
  const [row] = await sql(
    url,
    `SELECT (SELECT count(*) FROM "Item") AS items, (SELECT count(*) FROM "Vendor") AS vendors, (SELECT count(*) FROM "Offer") AS offers,
            (SELECT count(*) FROM "OfferDistrict") AS districts, (SELECT count(*) FROM "CatalogueWord") AS words`,
  );
  return row as { items: string; vendors: string; offers: string; districts: string; words: string };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
