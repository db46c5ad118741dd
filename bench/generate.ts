// The benchmark's data set, at the scale of a national portal: 50,000 items, 10⁵ vendors, 10⁶
// offers (each serving three districts), 5,000 offices with buyers and budgets, 10⁶ purchase
// orders over 2¾ financial years with their supply orders, inspections, bills and payments, and
// 10⁶ audit events on a valid hash chain. `--quick` is 1/10 of every figure.
//
// The audit chain first (hashed in Node, bench/audit-verify.ts), then the demo seed (reference
// data, demo accounts, demo orders through the services), then everything else with set-based
// SQL: INSERT … SELECT over generate_series(), unnest() of arrays for rows built in Node (item
// names). The orders are planned once in an unlogged table (one row per order line, every id,
// amount, status and date decided there) and each real table is filled from the plan, so supply
// orders, bills, payments, budgets and document counters agree with each other. Foreign-key
// triggers are off for the bulk tables (session_replication_role = replica) — the plan is
// consistent by construction — and their secondary indexes are dropped and rebuilt at the end.
//
//   npx tsx bench/generate.ts [--quick] [--keep]     (a throw-away database, or BENCH_DATABASE_URL)
import path from "node:path";
import pg from "pg";
import { generateAuditEvents } from "./audit-verify";
import { DEFAULT_DATA_DIR, startBenchPostgres } from "./lib/postgres";
import { round } from "./lib/stats";
import { run } from "../lib/dev/run";
import { createPrisma } from "../lib/prisma-client";
import { seed } from "../prisma/seed";
import { ITEMS } from "../prisma/seed-data/catalogue";

export type Scale = {
  items: number;
  vendors: number;
  offers: number;
  offices: number;
  purchaseOrders: number;
  auditEvents: number;
};

export const FULL_SCALE: Scale = { items: 50_000, vendors: 100_000, offers: 1_000_000, offices: 5_000, purchaseOrders: 1_000_000, auditEvents: 1_000_000 };
export const QUICK_SCALE: Scale = { items: 5_000, vendors: 10_000, offers: 100_000, offices: 500, purchaseOrders: 100_000, auditEvents: 100_000 };

export type GenerationReport = { seconds: number; steps: { step: string; seconds: number; rows: number }[]; counts: Record<string, number> };

/** Orders are spread from 1 April 2024 (10:00 IST) to a day before generation. */
const ORDERS_FROM = "2024-04-01 04:30:00";

const BULK_TABLES = ["Item", "Offer", "OfferDistrict", "PurchaseOrder", "PurchaseOrderLine", "SupplyOrder", "SupplyOrderLine", "Inspection", "Bill", "Payment", "AuditEvent"];

/** Drops the indexes of `tables` that back no constraint (primary keys stay); returns their definitions. */
async function dropSecondaryIndexes(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables.map((t) => `"${t}"`)],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  return rows.map((r) => r.def);
}

/** Runs independent statements on two connections at once (index builds, VACUUM). */
async function inParallel(url: string, statements: string[], connections = 2): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`SET maintenance_work_mem = '512MB'`);
        for (let i = next++; i < statements.length; i = next++) await c.query(statements[i]);
      } finally {
        await c.end();
      }
    }),
  );
}

export async function generateDataSet(url: string, scale: Scale, log: (line: string) => void = console.log): Promise<GenerationReport> {
  if (scale.offers % scale.items !== 0) throw new Error("offers must be a multiple of items (each item gets the same number of offers)");
  const started = performance.now();
  const steps: GenerationReport["steps"] = [];
  const step = async (name: string, fn: () => Promise<number>) => {
    const t0 = performance.now();
    const rows = await fn();
    const seconds = round((performance.now() - t0) / 1000, 1);
    steps.push({ step: name, seconds, rows });
    log(`  ${name}: ${rows.toLocaleString("en-US")} rows in ${seconds} s`);
  };

  // The chain comes first, from the genesis hash: the demo seed (which places orders through the
  // services) and anything the bench does later append to it with recordAudit, so it stays valid.
  const indexes: string[] = [];
  await step("audit events (hash chain computed in Node)", async () => {
    const pool = new pg.Pool({ connectionString: url, max: 2, options: "-c TimeZone=UTC -c synchronous_commit=off" });
    try {
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent"`);
      if (rows[0].n !== "0") throw new Error("the audit chain must start empty: the bench writes its own from the genesis hash");
      const client = await pool.connect();
      try {
        indexes.push(...(await dropSecondaryIndexes(client, ["AuditEvent"])));
      } finally {
        client.release();
      }
      await generateAuditEvents(pool, scale.auditEvents);
      await pool.query(`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'seq'), $1)`, [scale.auditEvents]);
    } finally {
      await pool.end();
    }
    return scale.auditEvents;
  });

  await step("demo seed", async () => {
    const db = createPrisma(url);
    try {
      const counts = await seed(db, { demo: true });
      return Object.values(counts).reduce((s, n) => s + n, 0);
    } finally {
      await db.$disconnect();
    }
  });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql = async (text: string, values?: unknown[]) => (await client.query(text, values)).rowCount ?? 0;
  try {
    // UTC like the app's sessions (timestamps are UTC without time zone); no fsync wait per batch.
    await client.query(`SET TimeZone = 'UTC'; SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`);
    const perItem = scale.offers / scale.items;

    // Secondary indexes of the bulk tables are dropped and rebuilt at the end: one sorted build
    // per index is several times faster than maintaining it row by row (the definitions come from
    // the catalogue, so every index the migrations made is rebuilt exactly).
    await step("drop secondary indexes of the bulk tables", async () => {
      indexes.push(...(await dropSecondaryIndexes(client, BULK_TABLES.filter((t) => t !== "AuditEvent"))));
      return indexes.length;
    });
    await step("items (+ search trigger)", () => insertItems(client, scale.items));
    await step("item GST rates", () =>
      sql(`INSERT INTO "ItemGstRate" (id, "itemId", "rateBp", "effectiveFrom")
           SELECT uuidv7(), i.id, b.rate, DATE '2025-04-01'
             FROM "Item" i JOIN unnest($1::text[], $2::int[]) AS b(code, rate) ON left(i.code, 7) = b.code
            WHERE i.code LIKE '%-V%'`, [ITEMS.map((i) => i.code), ITEMS.map((i) => i.gstRateBp)]));

    // Everything below is plain bulk data: no search trigger needed, foreign keys hold by construction.
    await client.query(`SET session_replication_role = replica`);
    await step("vendors and their sign-ins", () => insertVendors(client, scale.vendors));
    await step("offers", () => insertOffers(client, scale, perItem));
    await step("offer districts", () =>
      sql(`INSERT INTO "OfferDistrict" ("offerId", "districtId")
           SELECT o.id, d.ids[1 + (v.dn + s) % cardinality(d.ids)]
             FROM bench_offer o JOIN bench_vendor v ON v.n = o.vendor_n
            CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM "District") d
            CROSS JOIN LATERAL unnest(ARRAY[0, 1 + o.n % 5, 7 + o.n % 11]) AS s`));
    await step("offices, budget heads, buyers and finance staff", () => insertOffices(client, scale.offices));
    await step("order plan (unlogged)", () => planOrders(client, scale, perItem));
    await step("purchase orders", () => insertPurchaseOrders(client));
    await step("purchase order lines", () => insertPurchaseOrderLines(client));
    await step("supply orders", () => insertSupplyOrders(client));
    await step("supply order lines", () => insertSupplyOrderLines(client));
    await step("bills", () => insertBills(client));
    await step("payments", () => insertPayments(client));
    await step("inspectors and inspections", () => insertInspections(client));
    await step("budget heads and document counters brought in line", () => settleBudgetsAndCounters(client));
    await client.query(`SET session_replication_role = DEFAULT`);
    await client.query(`DROP TABLE bench_item, bench_vendor, bench_offer, bench_office, bench_po, bench_line, bench_inspector`);
    // The offers went in without their triggers: summarise every item's offers in one statement.
    await step("offer summaries (ItemOfferSummary)", () =>
      sql(`SELECT "item_offer_summary_refresh"(ARRAY(SELECT "id" FROM "Item"))`).then(() => scale.items));

    await step("rebuild the secondary indexes (two at a time)", async () => {
      await inParallel(url, indexes);
      return indexes.length;
    });
    // Visibility map and statistics, as autovacuum would leave them on a database in service.
    await step("VACUUM ANALYZE (big tables two at a time)", async () => {
      await inParallel(url, BULK_TABLES.map((t) => `VACUUM (ANALYZE) "${t}"`));
      await client.query(`VACUUM (ANALYZE)`);
      return 0;
    });

    const counts: Record<string, number> = {};
    for (const table of ["Item", "Vendor", "Offer", "OfferDistrict", "Office", "User", "PurchaseOrder", "PurchaseOrderLine", "SupplyOrder", "SupplyOrderLine", "Inspection", "Bill", "Payment", "AuditEvent"]) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      counts[table] = Number(rows[0].n);
    }
    return { seconds: round((performance.now() - started) / 1000, 1), steps, counts };
  } finally {
    await client.end();
  }
}

// ─── items ──────────────────────────────────────────────────────────────────────────────────────

// Variants of the 59 seed items, the way a catalogue grows: grades, colours, the cluster that makes
// it, a model number — English and Hindi together, so both languages find them.
const GRADES = [
  ["Standard", "मानक"], ["Premium", "प्रीमियम"], ["Heavy duty", "हैवी ड्यूटी"], ["Economy", "किफ़ायती"],
  ["Deluxe", "डीलक्स"], ["Export quality", "निर्यात गुणवत्ता"], ["ISI marked", "आईएसआई चिह्नित"], ["Eco", "इको"],
] as const;
const COLOURS = [
  ["grey", "स्लेटी"], ["green", "हरा"], ["blue", "नीला"], ["brown", "भूरा"],
  ["white", "सफ़ेद"], ["black", "काला"], ["red", "लाल"], ["cream", "क्रीम"],
] as const;
const CLUSTERS = [
  ["Raipur", "रायपुर"], ["Bastar", "बस्तर"], ["Durg", "दुर्ग"], ["Bilaspur", "बिलासपुर"], ["Korba", "कोरबा"],
  ["Rajnandgaon", "राजनांदगांव"], ["Jagdalpur", "जगदलपुर"], ["Ambikapur", "अंबिकापुर"], ["Kanker", "कांकेर"],
  ["Dhamtari", "धमतरी"], ["Mahasamund", "महासमुंद"], ["Janjgir", "जांजगीर"],
] as const;

async function insertItems(client: pg.Client, total: number): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Item"`);
  const wanted = total - Number(rows[0].n);
  const cols = { code: [] as string[], nameEn: [] as string[], nameHi: [] as string[], descEn: [] as string[], descHi: [] as string[], category: [] as string[], unit: [] as string[], hsn: [] as string[], reserved: [] as boolean[], pdi: [] as boolean[], specs: [] as string[] };
  for (let k = 0; k < wanted; k++) {
    const base = ITEMS[k % ITEMS.length];
    const v = Math.floor(k / ITEMS.length) + 1;
    const [gEn, gHi] = GRADES[v % GRADES.length];
    const [cEn, cHi] = COLOURS[Math.floor(v / GRADES.length) % COLOURS.length];
    const [pEn, pHi] = CLUSTERS[Math.floor(v / (GRADES.length * COLOURS.length)) % CLUSTERS.length];
    const model = 100 + ((k * 7919) % 9000);
    cols.code.push(`${base.code}-V${String(v).padStart(4, "0")}`);
    cols.nameEn.push(`${base.nameEn} – ${gEn}, ${cEn}, model ${model}`);
    cols.nameHi.push(`${base.nameHi} – ${gHi}, ${cHi}, मॉडल ${model}`);
    cols.descEn.push(`${gEn} ${base.nameEn.toLowerCase()} in ${cEn}, made in the ${pEn} cluster to the specification below.`);
    cols.descHi.push(`${pHi} क्लस्टर में बना ${gHi} ${base.nameHi}, ${cHi} रंग, नीचे दिए विनिर्देश अनुसार।`);
    cols.category.push(base.category);
    cols.unit.push(base.unit);
    cols.hsn.push(base.hsn);
    cols.reserved.push(base.reserved);
    cols.pdi.push(base.preDispatchInspection);
    cols.specs.push(JSON.stringify(base.specs));
  }
  const batch = 5_000;
  for (let from = 0; from < wanted; from += batch) {
    const slice = <T>(a: T[]) => a.slice(from, from + batch);
    await client.query(
      `INSERT INTO "Item" (id, code, "nameEn", "nameHi", "descriptionEn", "descriptionHi", "categoryId", unit, hsn, reserved, "preDispatchInspection", specs, "createdAt")
       SELECT uuidv7(), t.code, t."nameEn", t."nameHi", t.de, t.dh, c.id, t.unit, t.hsn, t.reserved, t.pdi, t.specs::jsonb, TIMESTAMP '2025-04-01 04:30:00'
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::boolean[], $11::text[])
           AS t(code, "nameEn", "nameHi", de, dh, category, unit, hsn, reserved, pdi, specs)
         JOIN "Category" c ON c.code = t.category`,
      [slice(cols.code), slice(cols.nameEn), slice(cols.nameHi), slice(cols.descEn), slice(cols.descHi), slice(cols.category), slice(cols.unit), slice(cols.hsn), slice(cols.reserved), slice(cols.pdi), slice(cols.specs)],
    );
  }
  // Numbered for the plan: n = 0 … items-1, with a typical price from the seed's own offers.
  await client.query(`
    CREATE UNLOGGED TABLE bench_item AS
    WITH seed_price AS (
      SELECT i.code, avg(o."unitPricePaise")::bigint AS price FROM "Offer" o JOIN "Item" i ON i.id = o."itemId" GROUP BY i.code)
    SELECT (row_number() OVER (ORDER BY i.code) - 1)::int AS n, i.id, i.reserved,
           (coalesce(sp.price, 50000) * (0.7 + (hashtext(i.code) & 1023) / 1280.0))::bigint AS price,
           coalesce(g."rateBp", 1800) AS rate
      FROM "Item" i
      LEFT JOIN seed_price sp ON sp.code = left(i.code, 7)
      LEFT JOIN LATERAL (SELECT r."rateBp" FROM "ItemGstRate" r WHERE r."itemId" = i.id ORDER BY r."effectiveFrom" DESC LIMIT 1) g ON true;
    CREATE UNIQUE INDEX ON bench_item (n)`);
  return wanted;
}

// ─── vendors and offers ─────────────────────────────────────────────────────────────────────────

const NAME_PREFIX = ["Shree", "Maa", "Jai", "Om", "New", "Sai", "Durga", "Laxmi", "Bastar", "Chhattisgarh", "Mahamaya", "Danteshwari"];
const NAME_CORE = ["Ganesh", "Bamboo", "Steel", "Textiles", "Agro", "Handloom", "Kosa", "Bell Metal", "Dhokra", "Terracotta", "Wood Craft", "Fabricators", "Electricals", "Minerals", "Food Products"];
const NAME_SUFFIX = ["Udyog", "Industries", "Enterprises", "Traders", "Works", "Mahila Samiti", "Gramodyog", "& Sons"];
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]`;

async function insertVendors(client: pg.Client, count: number): Promise<number> {
  // PAN: Z + four letters from k + four digits + F (unique for k < 26⁴); GSTIN: state + PAN + 1Z + a letter.
  const inserted = await client.query(`
    WITH d AS (SELECT array_agg(id ORDER BY id) AS ids FROM "District"),
    g AS (
      SELECT k,
             'Z' || chr(65 + (k / 17576) % 26) || chr(65 + (k / 676) % 26) || chr(65 + (k / 26) % 26) || chr(65 + k % 26)
                 || lpad((k % 10000)::text, 4, '0') || 'F' AS pan,
             CASE WHEN k % 5 = 4 THEN (ARRAY['27', '21', '23', '20', '09'])[1 + (k / 5) % 5] ELSE '22' END AS state,
             TIMESTAMP '2023-01-02 04:30:00' + (k::float8 / ${count}) * INTERVAL '1300 days' AS registered
        FROM generate_series(0, ${count - 1}) AS k)
    INSERT INTO "Vendor" (id, "legalName", "udyamNumber", gstin, pan, "stateCode", "bankAccount", ifsc, address, pincode, "districtId",
                          "isSc", "isSt", "isWomenOwned", email, mobile, status, "statusReason", "decidedAt", "registeredAt", "enterpriseClass")
    SELECT uuidv7(),
           (${sqlArray(NAME_PREFIX)})[1 + k % ${NAME_PREFIX.length}] || ' ' || (${sqlArray(NAME_CORE)})[1 + (k / ${NAME_PREFIX.length}) % ${NAME_CORE.length}]
             || ' ' || (${sqlArray(NAME_SUFFIX)})[1 + (k / ${NAME_PREFIX.length * NAME_CORE.length}) % ${NAME_SUFFIX.length}],
           'UDYAM-CG-' || lpad((1 + k % 33)::text, 2, '0') || '-' || lpad(k::text, 7, '0'),
           state || pan || '1Z' || chr(65 + k % 26), pan, state,
           lpad(((k::bigint * 7919 * 104729) % 1000000000000)::text, 12, '0'), 'SBIN0' || lpad((k % 100000)::text, 6, '0'),
           'Plot ' || (1 + k % 300) || ', Industrial Area', '49' || lpad((k % 10000)::text, 4, '0'),
           d.ids[1 + k % cardinality(d.ids)],
           k % 13 = 0, k % 8 = 0, k % 7 = 0,
           'vendor-' || lpad(k::text, 7, '0') || '@bench.manak.local', '+9170' || lpad(k::text, 8, '0'),
           (CASE k % 50 WHEN 1 THEN 'PENDING' WHEN 2 THEN 'SUSPENDED' WHEN 3 THEN 'REJECTED' ELSE 'ACTIVE' END)::"VendorStatus",
           CASE k % 50 WHEN 2 THEN 'Supplies not made against two accepted orders' WHEN 3 THEN 'Udyam registration could not be verified' END,
           CASE WHEN k % 50 = 1 THEN NULL ELSE registered + INTERVAL '3 days' END,
           registered,
           (CASE WHEN k % 20 = 19 THEN 'MEDIUM' WHEN k % 4 = 3 THEN 'SMALL' ELSE 'MICRO' END)::"EnterpriseClass"
      FROM g, d`);
  await client.query(`
    CREATE UNLOGGED TABLE bench_vendor AS
    SELECT (row_number() OVER (ORDER BY v.email) - 1)::int AS n, v.id, v."stateCode",
           (SELECT count(*) FROM "District" x WHERE x.id < v."districtId")::int AS dn
      FROM "Vendor" v WHERE v.email LIKE '%@bench.manak.local';
    CREATE UNIQUE INDEX ON bench_vendor (n)`);
  // One sign-in per firm, on the firm's e-mail and mobile, so supply-order notices reach someone.
  const users = await client.query(`
    INSERT INTO "User" (id, email, mobile, name, "passwordHash", role, locale, "vendorId", "createdAt")
    SELECT uuidv7(), v.email, v.mobile, 'Proprietor, ' || v."legalName", (SELECT "passwordHash" FROM "User" WHERE email = 'buyer@demo.manak.in'),
           'VENDOR', (CASE WHEN v."stateCode" = '22' THEN 'hi' ELSE 'en' END)::"Locale", v.id, v."registeredAt"
      FROM "Vendor" v WHERE v.email LIKE '%@bench.manak.local'`);
  return (inserted.rowCount ?? 0) + (users.rowCount ?? 0);
}

async function insertOffers(client: pg.Client, scale: Scale, perItem: number): Promise<number> {
  // Offer n belongs to item n / perItem; consecutive offers of one item go to distinct vendors
  // (n · 7919 mod vendors, 7919 being prime to the vendor count). Prices scatter ±15 % around
  // the item's typical price; one offer in 33 is withdrawn.
  await client.query(`
    CREATE UNLOGGED TABLE bench_offer AS
    SELECT g.n, uuidv7() AS id, g.n / ${perItem} AS item_n, ((g.n::bigint * 7919) % ${scale.vendors})::int AS vendor_n,
           greatest(100, (i.price * (0.85 + ((hashint4(g.n) & 1023) / 1023.0) * 0.3)))::bigint AS price
      FROM generate_series(0, ${scale.offers - 1}) AS g(n) JOIN bench_item i ON i.n = g.n / ${perItem};
    CREATE UNIQUE INDEX ON bench_offer (n)`);
  const inserted = await client.query(`
    INSERT INTO "Offer" (id, "vendorId", "itemId", "unitPricePaise", "minQuantity", "maxQuantity", "monthlyCapacity", "leadTimeDays",
                         "matchesL1", status, "createdAt", "updatedAt")
    SELECT o.id, v.id, i.id, o.price, 1 + o.n % 5, 1000 * (1 + o.n % 50), 2000 * (1 + o.n % 40), 3 + o.n % 25,
           o.n % 10 <> 0, (CASE WHEN o.n % 33 = 0 THEN 'WITHDRAWN' ELSE 'ACTIVE' END)::"OfferStatus",
           TIMESTAMP '2024-01-01 04:30:00' + (o.n % 600) * INTERVAL '1 day', TIMESTAMP '2025-04-01 04:30:00' + (o.n % 500) * INTERVAL '1 day'
      FROM bench_offer o JOIN bench_vendor v ON v.n = o.vendor_n JOIN bench_item i ON i.n = o.item_n`);
  return inserted.rowCount ?? 0;
}

// ─── offices ────────────────────────────────────────────────────────────────────────────────────

const OFFICE_KINDS = [
  ["SED", "Block Education Office", "खंड शिक्षा अधिकारी कार्यालय"],
  ["HFW", "Primary Health Centre", "प्राथमिक स्वास्थ्य केंद्र"],
  ["PRD", "Gram Panchayat", "ग्राम पंचायत"],
  ["PWD", "PWD Sub-division", "लोक निर्माण उपसंभाग"],
  ["TWD", "Pre-matric Tribal Hostel", "प्री-मैट्रिक आदिवासी छात्रावास"],
  ["HOME", "Police Station", "पुलिस थाना"],
] as const;

async function insertOffices(client: pg.Client, count: number): Promise<number> {
  const kinds = { code: OFFICE_KINDS.map((k) => k[0]), en: OFFICE_KINDS.map((k) => k[1]), hi: OFFICE_KINDS.map((k) => k[2]) };
  let rows = 0;
  rows += (await client.query(`
    WITH d AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg("nameEn" ORDER BY id) AS en, array_agg("nameHi" ORDER BY id) AS hi FROM "District"),
    kind AS (SELECT (ordinality - 1)::int AS kn, code, en, hi FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(code, en, hi))
    INSERT INTO "Office" (id, code, "nameEn", "nameHi", kind, "departmentId", "districtId", address, pincode, "createdAt")
    SELECT uuidv7(), 'BENCH-' || lpad(k::text, 5, '0'),
           kind.en || ' no. ' || (1 + k / 6) || ', ' || d.en[1 + k % cardinality(d.ids)],
           kind.hi || ' क्र. ' || (1 + k / 6) || ', ' || d.hi[1 + k % cardinality(d.ids)],
           (CASE WHEN kind.code = 'PRD' THEN 'GRAM_PANCHAYAT' ELSE 'OFFICE' END)::"OfficeKind",
           dep.id, d.ids[1 + k % cardinality(d.ids)], 'Main Road', '49' || lpad((k % 10000)::text, 4, '0'), TIMESTAMP '2024-03-01 04:30:00'
      FROM generate_series(0, $1 - 1) AS k CROSS JOIN d
      JOIN kind ON kind.kn = k % 6 JOIN "Department" dep ON dep.code = kind.code`, [count, kinds.code, kinds.en, kinds.hi])).rowCount ?? 0;
  await client.query(`
    CREATE UNLOGGED TABLE bench_office AS
    SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, id, kind, "districtId" AS district_id FROM "Office" WHERE code LIKE 'BENCH-%';
    CREATE UNIQUE INDEX ON bench_office (n)`);
  rows += (await client.query(`
    INSERT INTO "BudgetHead" (id, "officeId", "financialYear", code, "nameEn", "nameHi", "allottedPaise", "updatedAt")
    SELECT uuidv7(), o.id, fy, '2202-00-000-0000-31', 'Materials and supplies', 'सामग्री एवं प्रदाय', 10000000000000, now()
      FROM bench_office o CROSS JOIN unnest(ARRAY['2024-25', '2025-26', '2026-27']) AS fy`)).rowCount ?? 0;
  // Every bench account shares the demo accounts' password hash (argon2 is slow on purpose).
  rows += (await client.query(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "officeId", "createdAt")
    SELECT uuidv7(), lower(r.role) || '-' || lpad(o.n::text, 5, '0') || '@bench.manak.local', initcap(lower(r.role)) || ' ' || o.n,
           (SELECT "passwordHash" FROM "User" WHERE email = 'buyer@demo.manak.in'), r.role::"Role",
           (CASE WHEN o.kind = 'GRAM_PANCHAYAT' THEN 'hi' ELSE 'en' END)::"Locale", o.id, TIMESTAMP '2024-03-01 04:30:00'
      FROM bench_office o CROSS JOIN unnest(ARRAY['BUYER', 'FINANCE']) AS r(role)`)).rowCount ?? 0;
  return rows;
}

// ─── orders ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The plan: one row per purchase-order line, with the supply order (one per line), its bill and
 * payment decided from the order's age. Old orders are mostly paid; recent ones are spread over
 * the workflow's states; a few were rejected, expired or cancelled.
 */
async function planOrders(client: pg.Client, scale: Scale, perItem: number): Promise<number> {
  await client.query(`
    CREATE UNLOGGED TABLE bench_po AS
    WITH t AS (
      SELECT k, TIMESTAMP '${ORDERS_FROM}' + (k::float8 / ${scale.purchaseOrders}) * ((now() AT TIME ZONE 'UTC') - INTERVAL '1 day' - TIMESTAMP '${ORDERS_FROM}')
                + ((hashint4(k) & 4095) - 2048) * INTERVAL '1 second' AS created_at
        FROM generate_series(0, ${scale.purchaseOrders - 1}) AS k)
    SELECT k, created_at, uuidv7(created_at - (now() AT TIME ZONE 'UTC')) AS id,
           ((k::bigint * 48271) % ${scale.offices})::int AS office_n, CASE WHEN k % 3 = 0 THEN 2 ELSE 1 END AS lines,
           CASE WHEN extract(month FROM created_at + INTERVAL '5:30') >= 4
                THEN extract(year FROM created_at + INTERVAL '5:30')::int ELSE extract(year FROM created_at + INTERVAL '5:30')::int - 1 END AS fy_start
      FROM t`);
  await client.query(`CREATE UNIQUE INDEX ON bench_po (k)`);
  const planned = await client.query(`
    CREATE UNLOGGED TABLE bench_line AS
    WITH l AS (
      SELECT p.k, p.id AS po_id, p.created_at, p.office_n, p.fy_start, ln AS line_no,
             ((p.k::bigint * 31 + ln * 7919) % ${scale.items})::int AS item_n, (hashint4(p.k * 2 + ln + 1000000007) & 2147483647) % ${perItem} AS j,
             1 + (p.k * 13 + ln * 5) % 60 AS quantity,
             (hashint4(p.k * 2 + ln) & 2147483647) % 100 AS r,
             extract(epoch FROM (now() AT TIME ZONE 'UTC') - p.created_at) / 86400 AS age
        FROM bench_po p CROSS JOIN LATERAL generate_series(1, p.lines) AS ln),
    s AS (
      SELECT l.*, o.id AS offer_id, o.price, v.id AS vendor_id, v."stateCode" = '22' AS local, i.id AS item_id, i.rate,
             (CASE
               WHEN age > 45 THEN CASE WHEN r < 78 THEN 'CLOSED' WHEN r < 84 THEN 'BILLED' WHEN r < 89 THEN 'REJECTED'
                                       WHEN r < 92 THEN 'EXPIRED' WHEN r < 95 THEN 'CANCELLED' ELSE 'CLOSED' END
               WHEN age > 15 THEN CASE WHEN r < 30 THEN 'CLOSED' WHEN r < 55 THEN 'BILLED' WHEN r < 70 THEN 'RECEIVED'
                                       WHEN r < 80 THEN 'DISPATCHED' WHEN r < 85 THEN 'REJECTED' WHEN r < 88 THEN 'EXPIRED'
                                       WHEN r < 90 THEN 'CANCELLED' ELSE 'READY_TO_DISPATCH' END
               -- Awaiting acceptance only inside the three-day window: the worker's sweep expires the rest.
               ELSE CASE WHEN r < 20 AND age < 2.5 THEN 'AWAITING_ACCEPTANCE' WHEN r < 45 THEN 'READY_TO_DISPATCH' WHEN r < 55 THEN 'AWAITING_PRE_INSPECTION'
                         WHEN r < 75 THEN 'DISPATCHED' WHEN r < 90 THEN 'RECEIVED' ELSE 'BILLED' END
             END) AS so_status
        FROM l JOIN bench_offer o ON o.n = l.item_n * ${perItem} + l.j JOIN bench_vendor v ON v.n = o.vendor_n JOIN bench_item i ON i.n = l.item_n)
    SELECT s.*, s.quantity * s.price AS value, (s.quantity * s.price * s.rate + 5000) / 10000 AS gst,
           s.price + (2 * s.price * s.rate + 10000) / 20000 AS landed_unit,
           uuidv7(s.created_at - (now() AT TIME ZONE 'UTC')) AS pol_id, uuidv7(s.created_at - (now() AT TIME ZONE 'UTC')) AS so_id,
           uuidv7(s.created_at - (now() AT TIME ZONE 'UTC')) AS sol_id,
           s.so_status IN ('BILLED', 'CLOSED') AS billed, s.so_status = 'CLOSED' AS paid,
           s.so_status IN ('REJECTED', 'EXPIRED', 'CANCELLED', 'CLOSED') AS settled,
           s.created_at + INTERVAL '15 days' + (s.r % 7) * INTERVAL '1 day' AS billed_at,
           CASE WHEN s.so_status IN ('BILLED', 'CLOSED') THEN uuidv7(s.created_at - (now() AT TIME ZONE 'UTC') + INTERVAL '15 days') END AS bill_id
      FROM s`);
  await client.query(`CREATE INDEX ON bench_line (k)`);
  return planned.rowCount ?? 0;
}

const fyOf = (ts: string) => `CASE WHEN extract(month FROM ${ts} + INTERVAL '5:30') >= 4 THEN extract(year FROM ${ts} + INTERVAL '5:30')::int ELSE extract(year FROM ${ts} + INTERVAL '5:30')::int - 1 END`;
const fyLabel = (start: string) => `(${start})::text || '-' || lpad(((${start} + 1) % 100)::text, 2, '0')`;

/** Numbers already issued in `series` for financial year `fyStart` (the demo seed's): generated ones follow. */
const issued = (series: string, fyStart: string) =>
  `coalesce((SELECT value FROM "DocumentCounter" dc WHERE dc.series = '${series}' AND dc."financialYear" = ${fyLabel(fyStart)}), 0)`;

async function insertPurchaseOrders(client: pg.Client): Promise<number> {
  const r = await client.query(`
    WITH agg AS (
      SELECT k, sum(value + gst) AS total, sum(value + gst) FILTER (WHERE NOT settled) AS blocked,
             bool_and(so_status = 'CANCELLED') AS cancelled, bool_and(settled) AS closed
        FROM bench_line GROUP BY k)
    INSERT INTO "PurchaseOrder" (id, number, "officeId", "consigneeOfficeId", "budgetHeadId", "placedById", "policyVersionId",
                                 "deliverBy", status, "blockedPaise", "totalPaise", "directPurchase", "createdAt", "closedAt")
    SELECT p.id, 'PO/' || ${fyLabel("p.fy_start")} || '/' || lpad((${issued("PO", "p.fy_start")} + row_number() OVER (PARTITION BY p.fy_start ORDER BY p.created_at, p.k))::text, 6, '0'),
           o.id, o.id, b.id, u.id, (SELECT id FROM "PolicyVersion" ORDER BY version LIMIT 1),
           (p.created_at + INTERVAL '30 days')::date,
           (CASE WHEN a.cancelled THEN 'CANCELLED' WHEN a.closed THEN 'CLOSED' ELSE 'OPEN' END)::"PurchaseOrderStatus",
           coalesce(a.blocked, 0), a.total, p.k % 25 = 0, p.created_at,
           CASE WHEN a.closed THEN p.created_at + INTERVAL '40 days' END
      FROM bench_po p JOIN agg a ON a.k = p.k
      JOIN bench_office o ON o.n = p.office_n
      JOIN "BudgetHead" b ON b."officeId" = o.id AND b."financialYear" = ${fyLabel("p.fy_start")}
      JOIN "User" u ON u."officeId" = o.id AND u.role = 'BUYER'`);
  return r.rowCount ?? 0;
}

async function insertPurchaseOrderLines(client: pg.Client): Promise<number> {
  const r = await client.query(`
    INSERT INTO "PurchaseOrderLine" (id, "purchaseOrderId", "lineNo", "itemId", quantity, "consigneeOfficeId", "deliverBy", status, "unfulfilledQty")
    SELECT l.pol_id, l.po_id, l.line_no, l.item_id, l.quantity, o.id, (l.created_at + INTERVAL '30 days')::date,
           (CASE WHEN l.so_status = 'CANCELLED' THEN 'CANCELLED' ELSE 'ALLOCATED' END)::"PurchaseOrderLineStatus", 0
      FROM bench_line l JOIN bench_office o ON o.n = l.office_n`);
  return r.rowCount ?? 0;
}

async function insertSupplyOrders(client: pg.Client): Promise<number> {
  const r = await client.query(`
    INSERT INTO "SupplyOrder" (id, number, "purchaseOrderId", "vendorId", "policyVersionId", status, "valuePaise", "gstPaise", "intraState",
                               "deliverBy", "acceptBy", "reminderSentAt", "acceptedAt", "decidedAt", "rejectReason", "preInspectionRequired",
                               "deliveredAt", "goodsAcceptedAt", "cancelReason", "createdAt", "updatedAt")
    SELECT l.so_id, 'SO/' || ${fyLabel("l.fy_start")} || '/' || lpad((${issued("SO", "l.fy_start")} + row_number() OVER (PARTITION BY l.fy_start ORDER BY l.created_at, l.k, l.line_no))::text, 6, '0'),
           l.po_id, l.vendor_id, (SELECT id FROM "PolicyVersion" ORDER BY version LIMIT 1), l.so_status::"SupplyOrderStatus",
           l.value, l.gst, l.local, (l.created_at + INTERVAL '30 days')::date, l.created_at + INTERVAL '3 days',
           -- The SLA reminder goes out a day before the deadline; the ones already due were sent.
           CASE WHEN l.so_status = 'AWAITING_ACCEPTANCE' AND l.age > 2 THEN l.created_at + INTERVAL '2 days' END,
           CASE WHEN l.so_status NOT IN ('AWAITING_ACCEPTANCE', 'REJECTED', 'EXPIRED') THEN l.created_at + INTERVAL '1 day' END,
           CASE WHEN l.so_status <> 'AWAITING_ACCEPTANCE' THEN l.created_at + INTERVAL '1 day' END,
           CASE WHEN l.so_status = 'REJECTED' THEN 'Raw material not available this month' END,
           l.so_status = 'AWAITING_PRE_INSPECTION',
           CASE WHEN l.so_status IN ('RECEIVED', 'BILLED', 'CLOSED') THEN l.created_at + INTERVAL '10 days' END,
           CASE WHEN l.so_status IN ('RECEIVED', 'BILLED', 'CLOSED') THEN l.created_at + INTERVAL '14 days' END,
           CASE WHEN l.so_status = 'CANCELLED' THEN 'Requirement withdrawn by the office' END,
           l.created_at, l.created_at + INTERVAL '14 days'
      FROM bench_line l`);
  return r.rowCount ?? 0;
}

async function insertSupplyOrderLines(client: pg.Client): Promise<number> {
  const r = await client.query(`
    INSERT INTO "SupplyOrderLine" (id, "supplyOrderId", "purchaseOrderLineId", "offerId", "itemId", quantity, "unitPricePaise", "offerPricePaise",
                                   "gstRateBp", "landedUnitPaise", rank, "allocationReason", "dispatchedQty", "receivedQty", "acceptedQty")
    SELECT l.sol_id, l.so_id, l.pol_id, l.offer_id, l.item_id, l.quantity, l.price, l.price, l.rate, l.landed_unit, 1,
           jsonb_build_object('rule', CASE WHEN l.r % 10 = 0 THEN 'MSE_PREFERENCE_MATCH_L1' ELSE 'L1' END,
                              'competing', jsonb_build_array(jsonb_build_object('vendor', 'Competing vendor', 'landedUnitPaise', (l.landed_unit + 100)::text, 'eligible', true))),
           CASE WHEN l.so_status IN ('DISPATCHED', 'RECEIVED', 'BILLED', 'CLOSED') THEN l.quantity ELSE 0 END,
           CASE WHEN l.so_status IN ('RECEIVED', 'BILLED', 'CLOSED') THEN l.quantity ELSE 0 END,
           CASE WHEN l.so_status IN ('RECEIVED', 'BILLED', 'CLOSED') THEN l.quantity ELSE 0 END
      FROM bench_line l`);
  return r.rowCount ?? 0;
}

async function insertBills(client: pg.Client): Promise<number> {
  // CGST + SGST for a local vendor, IGST otherwise; GST TDS above ₹2.5 lakh; liquidated damages on one bill in ten.
  const r = await client.query(`
    WITH b AS (
      SELECT l.*, CASE WHEN l.value > 25000000 THEN l.value * 200 / 10000 ELSE 0 END AS tds,
             CASE WHEN l.r % 10 = 3 THEN l.value * 50 / 10000 ELSE 0 END AS ld, ${fyOf("l.billed_at")} AS bill_fy
        FROM bench_line l WHERE l.billed)
    INSERT INTO "Bill" (id, number, "supplyOrderId", "officeId", "vendorId", status, "grossPaise", "cgstPaise", "sgstPaise", "igstPaise",
                        "tdsCgstPaise", "tdsSgstPaise", "tdsIgstPaise", "liquidatedDamagesPaise", "netPayablePaise", "weeksLate", "dueDate", "generatedAt")
    SELECT b.bill_id, 'BILL/' || ${fyLabel("b.bill_fy")} || '/' || lpad((${issued("BILL", "b.bill_fy")} + row_number() OVER (PARTITION BY b.bill_fy ORDER BY b.billed_at, b.k, b.line_no))::text, 6, '0'),
           b.so_id, o.id, b.vendor_id, (CASE WHEN b.paid THEN 'PAID' ELSE 'PENDING' END)::"BillStatus", b.value,
           CASE WHEN b.local THEN b.gst / 2 ELSE 0 END, CASE WHEN b.local THEN b.gst - b.gst / 2 ELSE 0 END, CASE WHEN b.local THEN 0 ELSE b.gst END,
           CASE WHEN b.local THEN b.tds / 2 ELSE 0 END, CASE WHEN b.local THEN b.tds - b.tds / 2 ELSE 0 END, CASE WHEN b.local THEN 0 ELSE b.tds END,
           b.ld, b.value + b.gst - b.tds - b.ld, CASE WHEN b.ld > 0 THEN 1 ELSE 0 END, (b.billed_at + INTERVAL '10 days')::date, b.billed_at
      FROM b JOIN bench_office o ON o.n = b.office_n`);
  return r.rowCount ?? 0;
}

async function insertPayments(client: pg.Client): Promise<number> {
  // Paid 3 to 32 days after the bill: the later ones past the 10-day due date, with MSMED interest
  // (three times the bank rate, compounded monthly — approximated here as simple interest).
  const r = await client.query(`
    WITH p AS (
      SELECT l.*, b."netPayablePaise" AS net, b."dueDate", l.billed_at + (3 + l.r % 30) * INTERVAL '1 day' + INTERVAL '2 hours' AS paid_at
        FROM bench_line l JOIN "Bill" b ON b.id = l.bill_id WHERE l.paid)
    INSERT INTO "Payment" (id, "billId", "bankReference", "amountPaise", "interestPaise", "daysLate", "paidAt", "idempotencyKey", "releasedById", "createdAt")
    SELECT uuidv7(p.paid_at - (now() AT TIME ZONE 'UTC')), p.bill_id, 'SBINR' || lpad((p.k * 2 + p.line_no)::text, 11, '0'),
           p.net, p.net * 3 * 575 * greatest(0, p.paid_at::date - p."dueDate") / (365 * 10000), greatest(0, p.paid_at::date - p."dueDate"),
           p.paid_at, 'bench-payment-' || p.k || '-' || p.line_no, u.id, p.paid_at
      FROM p JOIN bench_office o ON o.n = p.office_n JOIN "User" u ON u."officeId" = o.id AND u.role = 'FINANCE'`);
  return r.rowCount ?? 0;
}

/**
 * Two inspectors per district (the demo inspector one of them in his), and the inspections the
 * supply orders' states imply: a pre-dispatch one assigned while awaiting it, a post-dispatch one
 * assigned once goods are received, and passed for everything billed or closed.
 */
async function insertInspections(client: pg.Client): Promise<number> {
  let rows = (await client.query(`
    WITH d AS (SELECT id, slug FROM "District"), s AS (SELECT generate_series(1, 2) AS slot),
    u AS (
      INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "agencyId", "createdAt")
      SELECT uuidv7(), 'inspector-' || d.slug || '-' || s.slot || '@bench.manak.local', 'Inspector ' || d.slug || ' ' || s.slot,
             (SELECT "passwordHash" FROM "User" WHERE email = 'buyer@demo.manak.in'), 'INSPECTOR', 'hi',
             (SELECT id FROM "InspectionAgency" ORDER BY code LIMIT 1), TIMESTAMP '2024-03-01 04:30:00'
        FROM d CROSS JOIN s
      RETURNING id, "agencyId", email)
    INSERT INTO "Inspector" (id, "userId", "agencyId", "districtId")
    SELECT uuidv7(), u.id, u."agencyId", d.id FROM u JOIN d ON u.email LIKE 'inspector-' || d.slug || '-_@bench.manak.local'`)).rowCount ?? 0;
  await client.query(`
    CREATE UNLOGGED TABLE bench_inspector AS
    SELECT "districtId" AS district_id, slot, id FROM (
      SELECT i."districtId", i.id, (row_number() OVER (PARTITION BY i."districtId" ORDER BY (u.email = 'inspector@demo.manak.in') DESC, u.email) - 1)::int AS slot
        FROM "Inspector" i JOIN "User" u ON u.id = i."userId") x
     WHERE slot < 2`);
  rows += (await client.query(`
    INSERT INTO "Inspection" (id, "supplyOrderId", kind, attempt, "inspectorId", status, "scheduledOn", checklist, "acceptedQty", "rejectedQty", remarks, "inspectedAt", "createdAt")
    SELECT uuidv7(l.created_at - (now() AT TIME ZONE 'UTC')), l.so_id,
           (CASE WHEN l.so_status = 'AWAITING_PRE_INSPECTION' THEN 'PRE' ELSE 'POST' END)::"InspectionKind", 1, i.id,
           (CASE WHEN l.so_status IN ('BILLED', 'CLOSED') THEN 'PASSED' ELSE 'ASSIGNED' END)::"InspectionStatus",
           (l.created_at + CASE WHEN l.so_status = 'AWAITING_PRE_INSPECTION' THEN INTERVAL '3 days' ELSE INTERVAL '12 days' END)::date,
           CASE WHEN l.so_status IN ('BILLED', 'CLOSED') THEN '[{"key": "finish", "requirement": "As per sample", "observed": "As per sample", "ok": true}]'::jsonb END,
           CASE WHEN l.so_status IN ('BILLED', 'CLOSED') THEN l.quantity END, CASE WHEN l.so_status IN ('BILLED', 'CLOSED') THEN 0 END,
           CASE WHEN l.so_status IN ('BILLED', 'CLOSED') THEN 'Quantity and finish as ordered' END,
           CASE WHEN l.so_status IN ('BILLED', 'CLOSED') THEN l.created_at + INTERVAL '13 days' END,
           l.created_at + CASE WHEN l.so_status = 'AWAITING_PRE_INSPECTION' THEN INTERVAL '1 day' ELSE INTERVAL '10 days' END
      FROM bench_line l JOIN bench_office o ON o.n = l.office_n
      JOIN bench_inspector i ON i.district_id = o.district_id AND i.slot = l.k % 2
     WHERE l.so_status IN ('AWAITING_PRE_INSPECTION', 'RECEIVED', 'BILLED', 'CLOSED')`)).rowCount ?? 0;
  return rows;
}

async function settleBudgetsAndCounters(client: pg.Client): Promise<number> {
  let rows = 0;
  rows += (await client.query(`
    WITH spent AS (
      SELECT l.po_id, sum(pay."amountPaise" + pay."interestPaise") AS paise
        FROM bench_line l JOIN "Payment" pay ON pay."billId" = l.bill_id GROUP BY l.po_id)
    UPDATE "BudgetHead" h SET "blockedPaise" = x.blocked, "spentPaise" = x.spent
      FROM (SELECT po."budgetHeadId", sum(po."blockedPaise") AS blocked, coalesce(sum(s.paise), 0) AS spent
              FROM "PurchaseOrder" po LEFT JOIN spent s ON s.po_id = po.id GROUP BY po."budgetHeadId") x
     WHERE h.id = x."budgetHeadId"`)).rowCount ?? 0;
  // The next number of each series continues after the generated ones (numbers are gapless per year).
  rows += (await client.query(`
    INSERT INTO "DocumentCounter" (series, "financialYear", value)
    SELECT split_part(number, '/', 1), split_part(number, '/', 2), max(split_part(number, '/', 3)::int)
      FROM (SELECT number FROM "PurchaseOrder" UNION ALL SELECT number FROM "SupplyOrder" UNION ALL SELECT number FROM "Bill") n
     GROUP BY 1, 2
    ON CONFLICT (series, "financialYear") DO UPDATE SET value = greatest("DocumentCounter".value, excluded.value)`)).rowCount ?? 0;
  return rows;
}

// ─── standalone ─────────────────────────────────────────────────────────────────────────────────

async function main() {
  const quick = process.argv.includes("--quick");
  const keep = process.argv.includes("--keep");
  const root = path.resolve(import.meta.dirname, "..");
  const server = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startBenchPostgres({ port: Number(process.env.BENCH_PG_PORT ?? 55490), keep, reuse: false });
  try {
    await run(process.execPath, [path.join(root, "scripts/migrate.mjs"), "deploy"], { ...process.env, DATABASE_URL: server.url });
    const report = await generateDataSet(server.url, quick ? QUICK_SCALE : FULL_SCALE);
    console.log(`generated in ${report.seconds} s`, report.counts);
    if (keep) console.log(`kept: ${DEFAULT_DATA_DIR} (${server.url})`);
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
