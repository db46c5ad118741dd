/**
 * Issue 9 §2: catalogue search, 40+ varied queries — English and Hindi, whole words, prefixes of
 * one and two characters, misspellings, several words, item codes, and filters — through the
 * HTTP endpoint the catalogue page uses, and the same SQL sent directly with pg. The SQL is what
 * searchCatalogue (lib/queries/catalogue.ts) sends for each query, recorded below Prisma
 * (sql-capture.ts) and replayed with the recorded parameters.
 */
import type pg from "pg";
import { timeGet } from "./app";
import { captureSql, type Statement } from "./sql-capture";
import { summarise, type Summary } from "./stats";

export type CatalogueQuery = { kind: string; params: Record<string, string> };

const q = (kind: string, text: string, extra: Record<string, string> = {}): CatalogueQuery => ({ kind, params: { q: text, ...extra } });

export const CATALOGUE_QUERIES: CatalogueQuery[] = [
  // whole words, English
  q("word en", "chair"), q("word en", "almirah"), q("word en", "blanket"), q("word en", "broom"), q("word en", "honey"),
  q("word en", "brick"), q("word en", "notebook"), q("word en", "sprayer"),
  // whole words, Hindi
  q("word hi", "कुर्सी"), q("word hi", "अलमारी"), q("word hi", "कंबल"), q("word hi", "झाड़ू"), q("word hi", "शहद"),
  q("word hi", "ईंट"), q("word hi", "पंखा"), q("word hi", "दाल"),
  // prefixes of one and two characters
  q("prefix 1", "c"), q("prefix 1", "s"), q("prefix 1", "क"), q("prefix 1", "स"),
  q("prefix 2", "ch"), q("prefix 2", "st"), q("prefix 2", "कु"), q("prefix 2", "अल"),
  // misspellings
  q("misspelt", "chiar"), q("misspelt", "almira"), q("misspelt", "blankit"), q("misspelt", "notebok"), q("misspelt", "detergant"),
  q("misspelt", "wheelbarow"), q("misspelt", "कुरसी"), q("misspelt", "अलमारि"),
  // several words
  q("multi-word", "steel chair"), q("multi-word", "school uniform shirt"), q("multi-word", "led bulb 9 w"), q("multi-word", "स्टील अलमारी"),
  q("multi-word", "ceiling fan 1200"), q("multi-word", "premium grey almirah"), q("multi-word", "सूती तौलिया सफ़ेद"),
  // codes
  q("code", "FUR-004"), q("code", "ELE-003-V0012"),
  // filters, and browsing without words
  q("filter", "", { category: "FUR" }), q("filter", "chair", { district: "raipur" }), q("filter", "broom", { max: "500" }),
  q("filter", "", { reserved: "1", district: "bastar" }), q("filter", "कुर्सी", { category: "FUR", min: "1000", max: "20000" }),
  q("browse", ""),
];

export type CatalogueResult = {
  queries: number;
  runs: number;
  raw: Summary;
  http: Summary | null;
  /** HTTP ÷ raw at the median and at p95. */
  ratioP50: number | null;
  ratioP95: number | null;
  byKind: Record<string, { raw: Summary; http: Summary | null; ratioP50: number | null; ratioP95: number | null }>;
  slowest: { query: string; rawP95: number; httpP95: number | null }[];
};

type SearchModule = typeof import("../../lib/domain/catalogue/search");
type CatalogueModule = typeof import("../../lib/queries/catalogue");

const ENDPOINT = "/api/catalogue/search";

export async function benchCatalogue(opts: { pool: pg.Pool; baseUrl: string | null; runs: number }): Promise<CatalogueResult> {
  const { parseCatalogueSearch }: SearchModule = await import("../../lib/domain/catalogue/search");
  const { searchCatalogue }: CatalogueModule = await import("../../lib/queries/catalogue");

  // Record each query's statements (a first call also warms the app's connections).
  const recorded: Statement[][] = [];
  for (const query of CATALOGUE_QUERIES) {
    const { search } = parseCatalogueSearch(query.params);
    const statements: Statement[] = [];
    const stop = captureSql((_client, s) => statements.push(s));
    try {
      await searchCatalogue(search);
    } finally {
      stop();
    }
    recorded.push(statements);
  }

  const client = await opts.pool.connect();
  const raw: number[][] = CATALOGUE_QUERIES.map(() => []);
  const http: number[][] = CATALOGUE_QUERIES.map(() => []);
  const url = (query: CatalogueQuery) => `${opts.baseUrl}${ENDPOINT}?${new URLSearchParams(query.params)}`;
  try {
    if (opts.baseUrl) for (const query of CATALOGUE_QUERIES) await timeGet(url(query)); // warm-up
    // Interleaved, so a hiccup of the machine falls on both sides alike.
    for (let r = 0; r < opts.runs; r++) {
      for (let i = 0; i < CATALOGUE_QUERIES.length; i++) {
        const t0 = performance.now();
        for (const s of recorded[i]) await client.query(s.text, s.values);
        raw[i].push(performance.now() - t0);
        if (opts.baseUrl) http[i].push(await timeGet(url(CATALOGUE_QUERIES[i])));
      }
    }
  } finally {
    client.release();
  }

  const ratio = (a: number | undefined, b: number) => (a === undefined ? null : Math.round((a / b) * 100) / 100);
  const byKind: CatalogueResult["byKind"] = {};
  for (const kind of new Set(CATALOGUE_QUERIES.map((x) => x.kind))) {
    const idx = CATALOGUE_QUERIES.flatMap((x, i) => (x.kind === kind ? [i] : []));
    const r = summarise(idx.flatMap((i) => raw[i]));
    const h = opts.baseUrl ? summarise(idx.flatMap((i) => http[i])) : null;
    byKind[kind] = { raw: r, http: h, ratioP50: ratio(h?.p50, r.p50), ratioP95: ratio(h?.p95, r.p95) };
  }
  const rawAll = summarise(raw.flat());
  const httpAll = opts.baseUrl ? summarise(http.flat()) : null;
  const slowest = CATALOGUE_QUERIES.map((query, i) => ({
    query: new URLSearchParams(query.params).toString(),
    rawP95: summarise(raw[i]).p95,
    httpP95: opts.baseUrl ? summarise(http[i]).p95 : null,
  }))
    .sort((a, b) => (b.httpP95 ?? b.rawP95) - (a.httpP95 ?? a.rawP95))
    .slice(0, 5);
  return {
    queries: CATALOGUE_QUERIES.length,
    runs: opts.runs,
    raw: rawAll,
    http: httpAll,
    ratioP50: ratio(httpAll?.p50, rawAll.p50),
    ratioP95: ratio(httpAll?.p95, rawAll.p95),
    byKind,
    slowest,
  };
}
