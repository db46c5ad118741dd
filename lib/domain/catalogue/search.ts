/**
 * The public catalogue search's parameters (the page's GET form and /api/catalogue/search take the
 * same ones): what the visitor typed, parsed into filters; the query words, normalised the way
 * the database normalises item text; and the keyset cursor. Pure.
 */
import { rupeesToPaise } from "@/lib/domain/money";

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
  categoryCode: string | null;
  districtSlug: string | null;
  reservedOnly: boolean;
  /** Landed unit price (with GST) bounds in paise, inclusive. */
  minLandedPaise: bigint | null;
  maxLandedPaise: bigint | null;
  cursor: CatalogueCursor | null;
};

export type SearchParamsInput = Record<string, string | string[] | undefined>;

/**
 * Mirror of the database function catalogue_normalise (migration catalogue_search): lower case,
 * compatibility decomposition, nukta dropped, chandrabindu read as anusvara.
 */
export function normaliseSearchText(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(/\u093C/g, "").replace(/\u0901/g, "\u0902");
}

/** Words of a query: letters (with their vowel signs), digits and inner hyphens, as in "FUR-004". */
export function searchWords(q: string): string[] {
  const words = normaliseSearchText(q)
    .split(/[^\p{L}\p{M}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, "").slice(0, MAX_WORD_LENGTH))
    .filter((w) => w !== "");
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** Results are ordered by relevance whenever there are words to match. */
export function isRanked(words: string[]): boolean {
  return words.length > 0;
}

/** How many edits a word may be away from a catalogue word to count as a misspelling of it. */
export function typoDistance(word: string): number {
  const length = [...word].length;
  return length >= 5 ? 2 : length === 4 ? 1 : 0;
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
  const words = searchWords(q);
  const cursor = decodeCursor(first(params.cursor));
  return {
    search: {
      q,
      words,
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
