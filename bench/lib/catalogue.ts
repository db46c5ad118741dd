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
import { CATALOGUE_QUERIES } from "../catalogue-search";

export type CatalogueQuery = { name: string; params: Record<string, string>; page2?: boolean };

// The catalogue's own list (bench/catalogue-search.ts, issue 4), plus the one- and two-character
// prefixes issue 9 asks for, which a visitor typing into the box sends first.
const SHORT_PREFIXES: CatalogueQuery[] = [
  { name: "prefix 1: c", params: { q: "c" } },
  { name: "prefix 1: क", params: { q: "क" } },
  { name: "prefix 2: ch", params: { q: "ch" } },
  { name: "prefix 2: st", params: { q: "st" } },
  { name: "prefix 2: कु", params: { q: "कु" } },
];
// Issue 17: what the search now understands — Hindi in Roman letters, synonyms, units glued to
// numbers — and a thing Manak does not sell (nothing matched: corrections tried, then suggestions).
const UNDERSTANDING: CatalogueQuery[] = [
  { name: "roman hindi: kursi", params: { q: "kursi" } },
  { name: "roman hindi: almari", params: { q: "almari" } },
  { name: "synonym: मेज", params: { q: "मेज" } },
  { name: "synonym: cupboard", params: { q: "cupboard" } },
  { name: "units: led bulb 9w", params: { q: "led bulb 9w" } },
  { name: "not sold: बाल्टी", params: { q: "बाल्टी" } },
];
export const QUERIES: CatalogueQuery[] = [...CATALOGUE_QUERIES, ...SHORT_PREFIXES, ...UNDERSTANDING];

export type Relevance = { queries: number; recallAt3: number; wrongForAbsent: number; missed: string[]; wrong: string[] };

/**
 * The relevance test set (tests/relevance/catalogue-queries.json) on this data: the share of
 * queries for sold items whose expected codes are all in the top 3, and the share of things not
 * sold that found items. On the generated catalogue, variants of a seed item share its words and
 * sort right after it, so they may fill a top 3 the seed item alone would lead.
 */
export async function benchRelevance(): Promise<Relevance> {
  const { readFileSync } = await import("node:fs");
  const path = await import("node:path");
  const { parseCatalogueSearch }: SearchModule = await import("../../lib/domain/catalogue/search");
  const { searchCatalogue }: CatalogueModule = await import("../../lib/queries/catalogue-search");
  const cases: { q: string; kind: string; top3: string[] }[] = JSON.parse(
    readFileSync(path.join(import.meta.dirname, "../../tests/relevance/catalogue-queries.json"), "utf8"),
  );
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const c of cases) {
    const items = (await searchCatalogue(parseCatalogueSearch({ q: c.q }).search)).items;
    const top = items.slice(0, 3).map((item) => item.code);
    if (c.top3.length === 0 && items.length > 0) wrong.push(`${c.q} → ${top.join(" ")}`);
    if (c.top3.length > 0 && !c.top3.every((code) => top.includes(code))) missed.push(`${c.q} → ${top.join(" ")}`);
  }
  const sold = cases.filter((c) => c.top3.length > 0).length;
  return {
    queries: cases.length,
    recallAt3: Math.round(((sold - missed.length) / sold) * 1000) / 1000,
    wrongForAbsent: Math.round((wrong.length / (cases.length - sold)) * 1000) / 1000,
    missed,
    wrong,
  };
}

/** Queries grouped for the table: "english: chair" and "english prefix: alm" are kinds "english" and "english prefix". */
const kindOf = (q: CatalogueQuery) => (q.page2 ? "second page" : q.name.includes(":") ? q.name.split(":")[0] : "filters");

export type CatalogueResult = {
  queries: number;
  runs: number;
  raw: Summary;
  http: Summary | null;
  /** HTTP ÷ raw at the median and at p95. */
  ratioP50: number | null;
  ratioP95: number | null;
  byKind: Record<string, { raw: Summary; http: Summary | null; ratioP50: number | null; ratioP95: number | null }>;
  /** Every query's p95, slowest first. */
  perQuery: { query: string; rawP95: number; httpP95: number | null }[];
};

type SearchModule = typeof import("../../lib/domain/catalogue/search");
type CatalogueModule = typeof import("../../lib/queries/catalogue-search");

const ENDPOINT = "/api/catalogue/search";

export async function benchCatalogue(opts: { pool: pg.Pool; baseUrl: string | null; runs: number }): Promise<CatalogueResult> {
  const { parseCatalogueSearch }: SearchModule = await import("../../lib/domain/catalogue/search");
  const { searchCatalogue }: CatalogueModule = await import("../../lib/queries/catalogue-search");

  // Record each query's statements (a first call also warms the app's connections).
  const recorded: Statement[][] = [];
  const params: Record<string, string>[] = [];
  for (const query of QUERIES) {
    let p = query.params;
    if (query.page2) {
      const first = await searchCatalogue(parseCatalogueSearch(p).search);
      if (first.nextCursor) p = { ...p, cursor: first.nextCursor };
    }
    params.push(p);
    const { search } = parseCatalogueSearch(p);
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
  const raw: number[][] = QUERIES.map(() => []);
  const http: number[][] = QUERIES.map(() => []);
  const url = (i: number) => `${opts.baseUrl}${ENDPOINT}?${new URLSearchParams(params[i])}`;
  try {
    if (opts.baseUrl) for (let i = 0; i < QUERIES.length; i++) await timeGet(url(i)); // warm-up
    // Interleaved, so a hiccup of the machine falls on both sides alike.
    for (let r = 0; r < opts.runs; r++) {
      for (let i = 0; i < QUERIES.length; i++) {
        const t0 = performance.now();
        for (const s of recorded[i]) await client.query(s.text, s.values);
        raw[i].push(performance.now() - t0);
        if (opts.baseUrl) http[i].push(await timeGet(url(i)));
      }
    }
  } finally {
    client.release();
  }

  const ratio = (a: number | undefined, b: number) => (a === undefined ? null : Math.round((a / b) * 100) / 100);
  const byKind: CatalogueResult["byKind"] = {};
  for (const kind of new Set(QUERIES.map(kindOf))) {
    const idx = QUERIES.flatMap((x, i) => (kindOf(x) === kind ? [i] : []));
    const r = summarise(idx.flatMap((i) => raw[i]));
    const h = opts.baseUrl ? summarise(idx.flatMap((i) => http[i])) : null;
    byKind[kind] = { raw: r, http: h, ratioP50: ratio(h?.p50, r.p50), ratioP95: ratio(h?.p95, r.p95) };
  }
  const rawAll = summarise(raw.flat());
  const httpAll = opts.baseUrl ? summarise(http.flat()) : null;
  const perQuery = QUERIES.map((query, i) => ({
    query: query.name,
    rawP95: summarise(raw[i]).p95,
    httpP95: opts.baseUrl ? summarise(http[i]).p95 : null,
  }))
    .sort((a, b) => (b.httpP95 ?? b.rawP95) - (a.httpP95 ?? a.rawP95));
  return {
    queries: QUERIES.length,
    runs: opts.runs,
    raw: rawAll,
    http: httpAll,
    ratioP50: ratio(httpAll?.p50, rawAll.p50),
    ratioP95: ratio(httpAll?.p95, rawAll.p95),
    byKind,
    perQuery,
  };
}
