/**
 * The public catalogue search's parameters (the page's GET form and /api/catalogue/search take the
 * same ones): what the visitor typed, parsed into filters; the query words, normalised the way
 * the database normalises item text; and the keyset cursor. Pure.
 */
import { rupeesToPaise } from "@/lib/domain/money";
import { unitTable } from "./units";

export const CATALOGUE_PAGE_SIZE = 20;
/** Offers shown under each item in the results, cheapest landed price first. */
export const OFFERS_PER_ITEM = 5;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export type CatalogueCursor = { score: number | null; code: string };

export type CatalogueSearch = {
  /** The query as typed (trimmed), for showing back and for the exact item-code match. */
  q: string;
  /** Normalised words, each of which an item must match (prefix, substring or close spelling). */
  words: string[];
  /** The words with the forms each also matches without a lookup: a unit's other forms ("9w" → 9, w|watt|वॉट). */
  terms: SearchTerm[];
  categoryCode: string | null;
  districtSlug: string | null;
  reservedOnly: boolean;
  /** Landed unit price (with GST) bounds in paise, inclusive. */
  minLandedPaise: bigint | null;
  maxLandedPaise: bigint | null;
  cursor: CatalogueCursor | null;
};

/** A query word and what else it may match in its place (itself first). */
export type SearchTerm = { word: string; alternatives: string[] };

export type SearchParamsInput = Record<string, string | string[] | undefined>;

const FOLD: Record<string, string> = { "\u0901": "\u0902", "\u0940": "\u093F", "\u0942": "\u0941", "\u0908": "\u0907", "\u090A": "\u0909" };

/**
 * Mirror of the database function catalogue_normalise (migrations catalogue_search,
 * search_roman_synonyms): lower case, compatibility decomposition, nukta dropped, chandrabindu
 * read as anusvara, Devanagari vowel length folded (ी/ि, ू/ु, ई/इ, ऊ/उ), a half nasal before a
 * consonant written as anusvara (कम्बल is कंबल) and Devanagari digits read as 0–9.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\u093C/g, "")
    .replace(/[\u0901\u0940\u0942\u0908\u090A]/g, (c) => FOLD[c]!)
    .replace(/[\u0966-\u096F]/g, (c) => String(c.charCodeAt(0) - 0x0966))
    .replace(/[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/g, "\u0902");
}

/** Letters (with their vowel signs), digits, decimal points and inner hyphens, as in "FUR-004" or "2.1". */
export const isSearchWord = (word: string) => /^[\p{L}\p{M}\p{N}]+([-.][\p{L}\p{M}\p{N}]+)*$/u.test(word) && !/[^\d]\.|\.[^\d]/u.test(word);

// A decimal point stays in its number ("2.1 m": the text-search parser keeps "2.1" one word too);
// a thousands comma goes ("1,200" is 1200).
const splitWords = (normalised: string) =>
  normalised
    .replace(/(\d),(?=\d{3}\b)/gu, "$1")
    .split(/(?:[^\p{L}\p{M}\p{N}.-]|(?<!\d)\.|\.(?!\d))+/u)
    .map((w) => w.replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-").slice(0, MAX_WORD_LENGTH))
    .filter((w) => w !== "");

const UNITS = unitTable(normaliseSearchText);

/**
 * Words that join others and name nothing ("mitti ki eent", "स्टील की अलमारी", "chair with
 * arms"): left out of a query that has other words, so an item need not contain them.
 */
const PARTICLES = new Set(
  ["ka", "ki", "ke", "ko", "se", "me", "mein", "aur", "wala", "wali", "wale", "vala", "vali", "vale", "of", "for", "with", "and", "the",
   "का", "की", "के", "को", "से", "में", "और", "वाला", "वाली", "वाले", "हेतु", "एवं", "तथा"].map(normaliseSearchText),
);

/**
 * How a word is matched in an item's text: a single character as a whole word; a word beginning
 * for two characters, and for three or four in Roman letters or digits (so "lock" does not find
 * "block", nor "pen" "open"); anywhere inside a word for longer words, and for Devanagari from
 * three characters (compounds: मच्छरदानी holds मच्छर).
 */
export function matchKind(word: string): "whole" | "prefix" | "inside" {
  const length = [...word].length;
  if (length === 1) return "whole";
  return length >= 5 || (length >= 3 && /[\u0900-\u097F]/.test(word)) ? "inside" : "prefix";
}

/**
 * The query's terms: its words, a number with a unit glued to it split in two ("9w" → 9, w),
 * each unit with its other forms as alternatives, and particles left out (PARTICLES).
 */
export function searchTerms(q: string): SearchTerm[] {
  const words = splitWords(normaliseSearchText(q)).flatMap((word) => {
    const glued = UNITS.glued.exec(word);
    return glued ? [glued[1], glued[2]] : [word];
  });
  const terms: SearchTerm[] = [];
  const named = words.filter((word) => !PARTICLES.has(word));
  words.forEach((word, k) => {
    if (terms.some((t) => t.word === word) || (named.length > 0 && PARTICLES.has(word))) return;
    const unit = UNITS.unitOf(word, k > 0 && /^\d+(\.\d+)?$/.test(words[k - 1]));
    terms.push({ word, alternatives: unit ? [word, ...unit.filter((form) => form !== word)] : [word] });
  });
  return terms.slice(0, MAX_WORDS);
}

/** Words of a query (see searchTerms). */
export function searchWords(q: string): string[] {
  return searchTerms(q).map((term) => term.word);
}

/** Results are ordered by relevance whenever there are words to match. */
export function isRanked(words: string[]): boolean {
  return words.length > 0;
}

export function encodeCursor(cursor: CatalogueCursor): string {
  return Buffer.from(JSON.stringify([cursor.score, cursor.code])).toString("base64url");
}

/** A cursor from the URL; anything malformed means "first page" rather than an error. */
export function decodeCursor(value: string | undefined): CatalogueCursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [score, code] = parsed;
    if (typeof code !== "string" || code.length > 40) return null;
    if (score !== null && !Number.isSafeInteger(score)) return null;
    return { score, code };
  } catch {
    return null;
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/**
 * The search from URL parameters `q, category, district, reserved, min, max, cursor`. Unknown
 * category or district values simply match nothing; prices that do not parse are reported per
 * field (message keys) and left out of the search.
 */
export function parseCatalogueSearch(params: SearchParamsInput): { search: CatalogueSearch; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const price = (field: "min" | "max") => {
    const text = first(params[field]);
    if (text === "") return null;
    const paise = rupeesToPaise(text);
    if (paise === null) fieldErrors[field] = ["errors.catalogue.priceFilter"];
    return paise;
  };
  const q = first(params.q).slice(0, 200);
  const minLandedPaise = price("min");
  const maxLandedPaise = price("max");
  if (minLandedPaise !== null && maxLandedPaise !== null && maxLandedPaise < minLandedPaise) {
    fieldErrors.max = ["errors.catalogue.priceRange"];
  }
  const terms = searchTerms(q);
  const words = terms.map((term) => term.word);
  const cursor = decodeCursor(first(params.cursor));
  return {
    search: {
      q,
      words,
      terms,
      categoryCode: first(params.category).toUpperCase() || null,
      districtSlug: first(params.district).toLowerCase() || null,
      reservedOnly: ["1", "true", "on"].includes(first(params.reserved)),
      minLandedPaise: fieldErrors.min ? null : minLandedPaise,
      maxLandedPaise: fieldErrors.max ? null : maxLandedPaise,
      // A cursor from a ranked search is meaningless for an unranked one, and vice versa.
      cursor: cursor && (cursor.score === null) === !isRanked(words) ? cursor : null,
    },
    fieldErrors,
  };
}
