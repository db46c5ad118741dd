import "server-only";
// The public read side, as the search that uses it (lib/db-read.ts).
import { publicDb as db } from "@/lib/db-read";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSearchWord, type SearchTerm } from "@/lib/domain/catalogue/search";
import { correctionLimits, type CorrectionLimits } from "@/lib/domain/catalogue/corrections";
import { romanKey } from "@/lib/domain/catalogue/roman";

/**
 * What each query word searches for (docs/search.md): the word itself, a unit's other forms, the
 * other terms of the admin's synonym groups it belongs to, and — for words in Roman letters — the
 * catalogue's Devanagari words whose Roman key it has ("kursi" → कुर्सी), all found in one
 * statement. (Devanagari words are not matched by key: the key folds too much for them, पेंट
 * "paint" would be पैंट "trousers"; their spelling variants are folded by the normalisation.) Only a word that none of
 * these finds in any item is corrected, to catalogue words a few edits away (a second statement,
 * only then).
 */
export type ResolvedTerm = {
  word: string;
  /** Normalised words any one of which an item may have in the word's place, as typed (the word first). */
  alternatives: string[];
  /** Catalogue words (lexemes) an item may have whole in the word's place: Roman-key matches and corrections. */
  lexemes: string[];
  /** Some alternative occurs in the catalogue as it is. */
  found: boolean;
  /** The catalogue words the word was corrected to (none when it was found). */
  corrections: string[];
};

const DEVANAGARI = "[\\u0900-\\u097F]";

// Whether a normalised word occurs in some item as the search matches it (matchKind): anywhere,
// as a word beginning or as a whole word. Words of letters only are looked up in the word
// dictionary (CatalogueWord: every such lexeme of 3+ characters, or 2 in Devanagari; small):
// against Item, a word found nowhere could make Postgres read every item, since the pattern is
// not known when the statement is planned. Numbers, codes and short words are looked up in the items.
const occurs = (w: Prisma.Sql) => Prisma.sql`CASE
    WHEN ${w} !~ '[0-9.-]' AND (length(${w}) >= 3 OR (length(${w}) = 2 AND ${w} ~ ${DEVANAGARI})) THEN EXISTS (SELECT 1 FROM "CatalogueWord" d WHERE d."word" LIKE
      CASE WHEN length(${w}) >= 5 OR (length(${w}) >= 3 AND ${w} ~ ${DEVANAGARI}) THEN '%' ELSE '' END
      || replace(replace(replace(${w}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
    WHEN length(${w}) >= 5 OR (length(${w}) >= 3 AND ${w} ~ ${DEVANAGARI})
      THEN EXISTS (SELECT 1 FROM "Item" x WHERE x."searchText" LIKE '%' || replace(replace(replace(${w}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
    ELSE EXISTS (SELECT 1 FROM "Item" x WHERE x."searchVector" @@ to_tsquery('simple', quote_literal(${w}) || CASE WHEN length(${w}) >= 2 THEN ':*' ELSE '' END)) END`;

type Row = { k: number; w: string; kind: "typed" | "lexeme"; found: boolean };

export async function resolveTerms(terms: SearchTerm[]): Promise<ResolvedTerm[]> {
  if (terms.length === 0) return [];
  const ks = terms.flatMap((term, k) => term.alternatives.map(() => k));
  const ws = terms.flatMap((term) => term.alternatives);
  // Synonym terms are looked up as normalised words, and words in Roman letters also by their key
  // ("~" + key, so a key never meets a word). A synonym's own terms are single words.
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT * FROM unnest(${ks}::int[], ${ws}::text[]) AS q(k, w)),
    syn AS (
      SELECT DISTINCT q.k, "catalogue_normalise"(x.term) AS w
      FROM q
      JOIN "SynonymTerm" t ON t."term" = q.w OR (q.w !~ ${DEVANAGARI} AND t."term" = '~' || "catalogue_roman_fold"(q.w))
      JOIN "SynonymGroup" g ON g."id" = t."groupId"
      CROSS JOIN LATERAL unnest(g."english" || g."hindi" || g."roman") x(term)
    ),
    cand AS (SELECT k, w FROM q UNION SELECT k, w FROM syn WHERE w !~ '\\s'),
    rom AS (
      SELECT DISTINCT c.k, cw."word" AS w
      FROM (SELECT k, "catalogue_roman_fold"(w) AS key FROM cand WHERE length(w) >= 3 AND w !~ ${DEVANAGARI}) c
      JOIN "CatalogueWord" cw ON cw."romanKey" = c.key
      WHERE length(c.key) >= 2
    )
    SELECT k, w, 'typed' AS kind, ${occurs(Prisma.sql`w`)} AS found FROM cand
    UNION ALL SELECT k, w, 'lexeme', true FROM rom`;

  const resolved: ResolvedTerm[] = terms.map((term) => ({ word: term.word, alternatives: [...term.alternatives], lexemes: [], found: false, corrections: [] }));
  for (const row of rows) {
    const term = resolved[row.k];
    if (!isSearchWord(row.w)) continue;
    const list = row.kind === "lexeme" ? term.lexemes : term.alternatives;
    if (!list.includes(row.w)) list.push(row.w);
    if (row.found) term.found = true;
  }
  const missing = resolved.filter((term) => !term.found);
  if (missing.length > 0) await correct(missing);
  return resolved;
}

/**
 * Corrections of words found nowhere: catalogue words with the same first letter within the
 * edits the word's length allows (correctionLimits), and for a word in Roman letters also the
 * Devanagari words whose Roman key is one edit from its key ("hasiya" → हँसिया).
 */
async function correct(terms: ResolvedTerm[]) {
  const limits = terms.map((term) => correctionLimits(term.word));
  const column = <K extends keyof CorrectionLimits>(key: K) => limits.map((l) => l[key]);
  // levenshtein = length difference means the typed word is the catalogue word with letters left out.
  const rows = await db.$queryRaw<{ k: number; w: string }[]>`
    SELECT q.k, c.w
    FROM unnest(${terms.map((_, k) => k)}::int[], ${terms.map((t) => t.word)}::text[], ${column("maxAny")}::int[], ${column("maxInsert")}::int[],
                ${column("swap")}::boolean[], ${terms.map((t) => romanKey(t.word))}::text[], ${column("keyEdits")}::int[])
      AS q(k, word, "maxAny", "maxInsert", swap, key, "keyEdits")
    CROSS JOIN LATERAL (
      SELECT w."word" AS w
      FROM "CatalogueWord" w
      CROSS JOIN LATERAL (SELECT levenshtein_less_equal(w."word", q.word, 2) AS d) e
      WHERE (q."maxAny" > 0 OR q."maxInsert" > 0 OR q.swap)
        AND w."length" BETWEEN length(q.word) - q."maxAny" AND length(q.word) + greatest(q."maxAny", q."maxInsert")
        AND left(w."word", 1) = left(q.word, 1)
        AND (e.d <= q."maxAny"
             OR (e.d <= q."maxInsert" AND w."length" - length(q.word) = e.d)
             OR (q.swap AND e.d <= 2 AND w."length" = length(q.word)
                 AND (SELECT string_agg(c, '' ORDER BY c) FROM regexp_split_to_table(w."word", '') c)
                   = (SELECT string_agg(c, '' ORDER BY c) FROM regexp_split_to_table(q.word, '') c)))
      UNION
      SELECT w."word" FROM "CatalogueWord" w
      WHERE q."keyEdits" > 0 AND w."romanKey" IS NOT NULL AND left(w."romanKey", 1) = left(q.key, 1)
        AND length(w."romanKey") BETWEEN length(q.key) - q."keyEdits" AND length(q.key) + q."keyEdits"
        AND levenshtein_less_equal(w."romanKey", q.key, q."keyEdits") <= q."keyEdits"
    ) c`;
  for (const row of rows) {
    const term = terms[row.k];
    if (!isSearchWord(row.w) || term.corrections.includes(row.w)) continue;
    term.corrections.push(row.w);
    term.lexemes.push(row.w);
  }
}

export type SearchSuggestions = {
  categories: { code: string; en: string; hi: string }[];
  items: { code: string; nameEn: string; nameHi: string }[];
};

/**
 * When nothing matched: the categories to browse, and up to three items that have the catalogue
 * words nearest to the query's words by trigram similarity (pg_trgm's % on the word dictionary's
 * GIN index; an item through the word's first code) — offered as suggestions, never as results.
 * The dictionary, not the items: similarity over every item's text cost seconds for a
 * one-letter query at 10⁶ offers.
 */
export async function searchSuggestions(words: string[]): Promise<SearchSuggestions> {
  const long = words.filter((word) => [...word].length >= 3);
  const [categories, items] = await Promise.all([
    db.category.findMany({ orderBy: { code: "asc" }, select: { code: true, nameEn: true, nameHi: true } }),
    long.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ code: string; nameEn: string; nameHi: string }[]>`
          SELECT i."code", i."nameEn", i."nameHi"
          FROM (
            SELECT n."firstCode", max(n.s) AS s
            FROM unnest(${long}::text[]) q(word)
            CROSS JOIN LATERAL (
              SELECT w."firstCode", similarity(w."word", q.word) AS s FROM "CatalogueWord" w
              WHERE w."word" % q.word AND w."firstCode" IS NOT NULL ORDER BY s DESC LIMIT 5
            ) n
            GROUP BY n."firstCode"
          ) n
          JOIN "Item" i ON i."code" = n."firstCode" AND i."active"
          ORDER BY n.s DESC, i."code" LIMIT 3`,
  ]);
  return { categories: categories.map((c) => ({ code: c.code, en: c.nameEn, hi: c.nameHi })), items };
}
