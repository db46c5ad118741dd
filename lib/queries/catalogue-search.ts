import "server-only";
// The public read side: a replica when one is configured (lib/db-read.ts); signed-in buyers and
// vendors searching read the primary there (read-your-writes).
import { publicDb as db } from "@/lib/db-read";
import { Prisma } from "@/lib/generated/prisma/client";
import { CATALOGUE_PAGE_SIZE, encodeCursor, isRanked, matchKind, OFFERS_PER_ITEM, type CatalogueSearch } from "@/lib/domain/catalogue/search";
import { currentRate, landed, toCatalogueOffer, visibleOffer, type CatalogueOffer, type OfferRow } from "./catalogue-sql";
import { resolveTerms, searchSuggestions, type ResolvedTerm, type SearchSuggestions } from "./catalogue-terms";

export type { CatalogueOffer } from "./catalogue-sql";

/**
 * The public catalogue (ADR 0004). Two queries a page whatever the data size: the page of items
 * (text match, filters, keyset order) and the cheapest offers of just those items. Only offers
 * of ACTIVE vendors that are ACTIVE themselves are public, and a reserved item shows only local
 * vendors' offers, because only those may supply it.
 */

export type CatalogueItem = {
  id: string;
  code: string;
  nameEn: string;
  nameHi: string;
  unit: string;
  hsn: string;
  reserved: boolean;
  preDispatchInspection: boolean;
  category: { code: string; en: string; hi: string };
  /** The GST rate in force today (India), or null when the item's first rate starts later. */
  gstRateBp: number | null;
  /** Offers matching the filters; `offers` holds the cheapest few of them. */
  offerCount: number;
  offers: CatalogueOffer[];
};

export type CataloguePage = {
  items: CatalogueItem[];
  nextCursor: string | null;
  /**
   * "found": the items match the words as typed (with units, synonyms and Roman spellings);
   * "corrected": some words were found nowhere and were read as the catalogue words in
   * `corrections`; "none": nothing matched — `suggestions` are offered instead, not as results.
   */
  match: "found" | "corrected" | "none";
  corrections: { word: string; to: string[] }[];
  suggestions: SearchSuggestions | null;
};


const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The words as a tsquery, computed once per statement (a sub-select, not per row): every term by
 * any of its alternatives, as whole words (`exact`) or as word beginnings ("कुर" finds "कुर्सी"),
 * except that a single character stays a whole word (as it must to match at all), and by any of
 * its lexemes (catalogue words: Roman-key matches, corrections) as whole words. Hyphenated words
 * (codes) become their parts, as the text-search parser splits them. Alternatives and lexemes are
 * search words (letters, digits, decimal points, inner hyphens), so they need no quoting.
 */
const tsQuery = (terms: ResolvedTerm[], exact: boolean) => {
  const operand = (word: string, whole: boolean) => {
    const parts = word.split("-").filter((part) => part !== "");
    return `(${parts.map((part) => (whole || [...part].length === 1 ? `'${part}'` : `'${part}':*`)).join(" & ")})`;
  };
  const operands = terms.map(
    (term) => `(${[...term.alternatives.map((word) => operand(word, exact || [...word].length === 1)), ...term.lexemes.map((word) => operand(word, true))].join(" | ")})`,
  );
  return Prisma.sql`(SELECT to_tsquery('simple', ${operands.join(" & ")}))`;
};

/**
 * A term's condition on item `i`: any of its alternatives, or any of its lexemes as a whole word.
 * An alternative matches as `matchKind` says: a single character must be a whole word ("5",
 * "A") — as a prefix it would match most of the catalogue and mean nothing; short words must
 * begin a word ("A4", "कु", "lock"); longer ones may sit anywhere inside the text (trigram index).
 */
function termCondition(term: ResolvedTerm): Prisma.Sql {
  const one = (patch: Partial<ResolvedTerm>) => tsQuery([{ ...term, alternatives: [], lexemes: [], ...patch }], false);
  const conditions = term.alternatives.map((word) =>
    matchKind(word) === "inside" ? Prisma.sql`i."searchText" LIKE ${likePattern(word)}` : Prisma.sql`i."searchVector" @@ ${one({ alternatives: [word] })}`,
  );
  if (term.lexemes.length > 0) conditions.push(Prisma.sql`i."searchVector" @@ ${one({ lexemes: term.lexemes })}`);
  return conditions.length === 1 ? conditions[0] : Prisma.sql`(${Prisma.join(conditions, " OR ")})`;
}

/** Highest GST rate there is; bounds an offer's price from its landed price. */
const MAX_RATE_BP = 4000n;

/** The lowest price (ex-GST) an offer may have and still land at `landedPaise` or more. */
const priceFloor = (landedPaise: bigint) => {
  const floor = ((landedPaise - 1n) * 10_000n) / (10_000n + MAX_RATE_BP);
  return floor > 0n ? floor : 0n;
};

/**
 * The offer conditions the visitor's filters add (district served, landed price range). Besides
 * the exact landed-price test, the price itself is bounded (landed ≥ price, and price ≥ landed ÷
 * 1.4 at most): redundant, but it makes the price a range condition on the offer index
 * (item, status, price), so each item's offers in range are found without reading the others.
 */
function offerFilters(search: CatalogueSearch, rate: Prisma.Sql): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [];
  const price = Prisma.sql`o."unitPricePaise"`;
  if (search.districtSlug) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "OfferDistrict" od WHERE od."offerId" = o."id"
      AND od."districtId" = (SELECT dd."id" FROM "District" dd WHERE dd."slug" = ${search.districtSlug}))`);
  }
  if (search.minLandedPaise !== null) {
    filters.push(Prisma.sql`${price} >= ${priceFloor(search.minLandedPaise)} AND ${landed(price, rate)} >= ${search.minLandedPaise}`);
  }
  if (search.maxLandedPaise !== null) {
    filters.push(Prisma.sql`${price} <= ${search.maxLandedPaise} AND ${landed(price, rate)} <= ${search.maxLandedPaise}`);
  }
  return filters;
}


type ItemRow = {
  id: string;
  code: string;
  nameEn: string;
  nameHi: string;
  unit: string;
  hsn: string;
  reserved: boolean;
  preDispatchInspection: boolean;
  categoryCode: string;
  categoryEn: string;
  categoryHi: string;
  gstRateBp: number | null;
  score: number | null;
  /** Visible offers in all (ItemOfferSummary), for a search without offer filters. */
  visibleOffers: number;
};

const ITEM_COLUMNS = Prisma.sql`i."id", i."code", i."nameEn", i."nameHi", i."unit", i."hsn", i."reserved", i."preDispatchInspection", i."categoryId"`;

/**
 * How many items a stream reads in code order before it stops trusting that its matches are
 * dense there and takes the rest of them from an index instead (see `Stream`).
 */
const WALK = 200;

/**
 * One run of results in code order: the matches of one relevance tier, or of an unranked search;
 * `where` is a condition on item `i`. Where the matches sit in code order is not known exactly:
 * codes follow categories, so a category word ("फर्नीचर") matched nothing among the first 30,000
 * items, while a common prefix ("st", 18,000 items) matches every third one. So a stream reads
 * the next WALK items in code order from `from` (a lower bound of its codes, from the word
 * dictionary; NULL: the stream is empty) and keeps those that match — a page, when matches are
 * dense there — and only then finds the matches beyond them through an index and sorts them
 * (`beyond`: "search" through the GIN indexes in `where`, "price" through ItemOfferSummary's
 * price indexes). At most WALK wasted reads, never a walk through thousands of items, and the
 * matches of a word are sorted only when they are scattered. `beyond: null` walks on to the end
 * (nothing narrows the catalogue enough).
 */
type Stream = {
  score: number | null;
  after: string | null;
  from: Prisma.Sql;
  where: Prisma.Sql;
  beyond: "search" | "price" | null;
};

/**
 * The lowest code an item with all the terms (each by one of its alternatives, whole or as word
 * beginnings) can have, by the word dictionary (catalogue_first_code, migration
 * catalogue_search_order): per term the least of its alternatives' bounds, and the largest of
 * those; NULL when some term is in no item. Lexemes shorter than `shortest` are not in the
 * dictionary and bound nothing; a single two-character word as a beginning can be bounded by the
 * longer words that begin with it.
 */
function firstCode(terms: ResolvedTerm[], prefix: boolean): Prisma.Sql {
  const single = prefix && terms.length === 1;
  const bound = (word: string) => {
    const shortest = single && !word.includes("-") ? 2 : 3;
    const parts = word.split("-").filter((part) => part !== "");
    return largest(parts.map((part) => Prisma.sql`catalogue_first_code(${part}, ${prefix}, ${shortest}::int)`));
  };
  const lexeme = (word: string) => largest(word.split("-").filter((part) => part !== "").map((part) => Prisma.sql`catalogue_first_code(${part}, false, 3::int)`));
  return largest(terms.map((term) => Prisma.sql`LEAST(${Prisma.join([...term.alternatives.map(bound), ...term.lexemes.map(lexeme)])})`));
}

/** The largest of code bounds; NULL (nothing can match) if any of them is. */
const largest = (bounds: Prisma.Sql[]) =>
  Prisma.sql`(SELECT CASE WHEN count(*) = count(b) THEN max(b) END FROM (VALUES ${Prisma.join(bounds.map((b) => Prisma.sql`(${b})`))}) v(b))`;

/**
 * Relevance as a small integer: 3 the exact item code, 2 every word found as a whole word, 1 as
 * the beginning of a word, 0 only inside a word or by a corrected spelling; ties by item code.
 * Each tier is a stream with its own condition, so no row's tier is computed beyond the walks,
 * and a tier is read only when those before it do not fill the page. Tiers 2 and 1 come from
 * the tsvector GIN index: a word found there whole or as a beginning is in the text, so the word
 * conditions are implied — except for hyphenated words, whose parts are looked up separately.
 * Trigram similarity ranked a little finer but cost ~90 µs an item.
 */
function tierStreams(search: CatalogueSearch, terms: ResolvedTerm[], matches: Prisma.Sql[]): { streams: Stream[]; tierOf: Prisma.Sql } {
  const code = search.q.toUpperCase();
  const vector = (exact: boolean) => Prisma.sql`i."searchVector" @@ ${tsQuery(terms, exact)}`;
  const notImplied = matches.filter((_, k) => [...terms[k].alternatives, ...terms[k].lexemes].some((word) => word.includes("-")));
  const all = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");
  const other = Prisma.sql`i."code" <> ${code}`;
  const anywhere = Prisma.sql`''`;
  const tiers = [
    { score: 3, from: anywhere, where: all([Prisma.sql`i."code" = ${code}`, ...matches]) },
    { score: 2, from: firstCode(terms, false), where: all([other, vector(true), ...notImplied]) },
  ];
  // Tier 1 differs from tier 2 only through words of two or more characters, tier 0 from tier 1
  // only through words matched inside other words.
  const longest = (term: ResolvedTerm) => Math.max(...[...term.alternatives, ...term.lexemes].map((word) => [...word].length));
  if (terms.some((term) => longest(term) >= 2)) {
    tiers.push({
      score: 1,
      from: firstCode(terms, true),
      where: all([other, vector(false), Prisma.sql`NOT ${vector(true)}`, ...notImplied]),
    });
  }
  if (terms.some((term) => term.alternatives.some((word) => matchKind(word) === "inside"))) {
    tiers.push({ score: 0, from: anywhere, where: all([other, ...matches, Prisma.sql`NOT ${vector(false)}`]) });
  }
  // After a cursor (tier, code): the rest of its tier, then the tiers below it.
  const cursor = search.cursor;
  const streams: Stream[] = tiers
    .filter((tier) => !cursor || tier.score < (cursor.score ?? 0) || (tier.score === cursor.score && tier.score < 3))
    .map((tier) => ({ ...tier, after: tier.score === cursor?.score ? cursor.code : null, beyond: tier.score === 3 ? null : "search" }));
  // The tier of a walked item that matches all the words: the conditions above, given that.
  const tierOf = Prisma.sql`CASE WHEN i."code" = ${code} THEN 3 WHEN ${vector(true)} THEN 2 WHEN ${vector(false)} THEN 1 ELSE 0 END`;
  return { streams, tierOf };
}

/**
 * Without words the order is the item code. A landed-price filter (without a category, which
 * narrows the walk already) finds its items beyond the walk in ItemOfferSummary: expensive items
 * cluster in a few categories, so walking code order until 21 items had an offer of ₹10,000 or
 * more probed the offers of ~20,000 items first.
 */
function unrankedStream(search: CatalogueSearch): { streams: Stream[]; tierOf: Prisma.Sql } {
  const priced = search.minLandedPaise !== null || search.maxLandedPaise !== null;
  const stream: Stream = {
    score: null,
    after: search.cursor?.code ?? null,
    from: Prisma.sql`''`,
    where: Prisma.sql`true`,
    beyond: priced && !search.categoryCode ? "price" : null,
  };
  return { streams: [stream], tierOf: Prisma.sql`0` };
}

/**
 * One page of the public catalogue (docs/search.md). The query's words are resolved first (what
 * each may match: units, synonyms, Roman keys, corrections only for words found nowhere); a
 * query with a word that matches nothing, or whose corrections find nothing, says so
 * (`match: "none"`) with suggestions kept apart from the results.
 */
export async function searchCatalogue(search: CatalogueSearch, pageSize = CATALOGUE_PAGE_SIZE): Promise<CataloguePage> {
  const terms = await resolveTerms(search.terms);
  const corrections = terms.filter((term) => term.corrections.length > 0).map((term) => ({ word: term.word, to: term.corrections }));
  const unmatched = terms.some((term) => !term.found && term.corrections.length === 0);
  const page = unmatched ? { items: [], nextCursor: null } : await itemsPage(search, terms, pageSize);
  // Words found as typed but no item left by the filters (district, price…) is not "nothing matched".
  const filtered = search.categoryCode || search.districtSlug || search.reservedOnly || search.minLandedPaise !== null || search.maxLandedPaise !== null;
  const wordsMatched = !unmatched && corrections.length === 0;
  if (page.items.length > 0 || terms.length === 0 || search.cursor || (filtered && wordsMatched)) {
    return { ...page, match: corrections.length > 0 ? "corrected" : "found", corrections, suggestions: null };
  }
  return { ...page, match: "none", corrections: [], suggestions: await searchSuggestions(search.words) };
}

async function itemsPage(search: CatalogueSearch, terms: ResolvedTerm[], pageSize: number): Promise<Pick<CataloguePage, "items" | "nextCursor">> {
  const ranked = isRanked(search.words);
  const limit = pageSize + 1;
  // Walks follow the (category, code) or the code index; the other item conditions filter what they read.
  const inCategory = search.categoryCode
    ? Prisma.sql`i."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."code" = ${search.categoryCode})`
    : Prisma.sql`true`;
  const itemFilter = Prisma.sql`i."active" AND ${inCategory}${search.reservedOnly ? Prisma.sql` AND i."reserved"` : Prisma.empty}`;
  const after = (code: string | null) => (code === null ? Prisma.sql`true` : Prisma.sql`i."code" > ${code}`);
  const filters = offerFilters(search, Prisma.sql`g."rateBp"`);
  // The offer filters probe the offer index item by item, only for rows a stream is about to
  // return. A scalar sub-select, not EXISTS, on purpose: Postgres may turn EXISTS into a hash
  // join over every offer in range (a whole-table scan at 10⁶ offers).
  const offerTest =
    filters.length === 0
      ? Prisma.sql`true`
      : Prisma.sql`coalesce((SELECT true FROM (SELECT ${currentRate(Prisma.sql`i."id"`)} AS "rateBp") g, "Offer" o
          JOIN "Vendor" v ON v."id" = o."vendorId"
          WHERE o."itemId" = i."id" AND ${visibleOffer(Prisma.sql`i."reserved"`)} AND ${Prisma.join(filters, " AND ")}
          LIMIT 1), false)`;
  // Items whose visible offers reach into the landed-price range, by their ex-GST prices.
  const priceRange = Prisma.join(
    [
      Prisma.sql`true`,
      ...(search.minLandedPaise === null ? [] : [Prisma.sql`sm."maxPricePaise" >= ${priceFloor(search.minLandedPaise)}`]),
      ...(search.maxLandedPaise === null ? [] : [Prisma.sql`sm."minPricePaise" <= ${search.maxLandedPaise}`]),
    ],
    " AND ",
  );

  const conditions = terms.map(termCondition);
  const { streams, tierOf } = ranked ? tierStreams(search, terms, conditions) : unrankedStream(search);
  // Each stream's walk: the next WALK items in code order from where its matches can start (the
  // LIMIT keeps the conditions out of that index scan), those that pass the item filters and
  // match every word marked with their tier. A CTE is computed only as far as it is read.
  const matches = Prisma.join([itemFilter, ...conditions], " AND ");
  const walkName = (k: number) => Prisma.raw(`walk${k}`);
  const walks = streams.flatMap((stream, k) =>
    stream.beyond === null
      ? []
      : [
          Prisma.sql`${walkName(k)} AS MATERIALIZED (
            SELECT ${ITEM_COLUMNS}, CASE WHEN ${matches} THEN ${tierOf} END AS tier
            FROM (SELECT i.* FROM "Item" i WHERE ${inCategory} AND ${after(stream.after)} AND i."code" >= ${stream.from}
                  ORDER BY i."code" LIMIT ${WALK}) i)`,
        ],
  );
  const ctes = walks;
  const withCtes = ctes.length === 0 ? Prisma.empty : Prisma.sql`WITH ${Prisma.join(ctes)}`;

  const branches: Prisma.Sql[] = [];
  for (const [k, stream] of streams.entries()) {
    const score = Prisma.sql`${stream.score}::int AS score`;
    if (stream.beyond === null) {
      branches.push(Prisma.sql`SELECT ${score}, i.* FROM (
          SELECT ${ITEM_COLUMNS} FROM "Item" i WHERE ${itemFilter} AND ${after(stream.after)} AND ${stream.where} ORDER BY i."code" OFFSET 0
        ) i WHERE ${offerTest} LIMIT ${limit}`);
      continue;
    }
    const walk = walkName(k);
    branches.push(Prisma.sql`SELECT ${score}, ${ITEM_COLUMNS} FROM ${walk} i WHERE i.tier = ${stream.score ?? 0}::int AND ${offerTest} LIMIT ${limit}`);
    // Beyond the walk: every match found through an index, then sorted. The sort one level up
    // makes Postgres plan the inner select for all its rows (index lookups, not a walk in code
    // order); the boundary is tested outside it, since as an index condition it would read every
    // code after it. A walk that reached the last item has no boundary, and nothing is beyond.
    const boundary = Prisma.sql`(SELECT max(w."code") FROM ${walk} w HAVING count(*) = ${WALK})`;
    if (stream.beyond === "search") {
      branches.push(Prisma.sql`SELECT ${score}, i.* FROM (
          SELECT i.* FROM (
            SELECT ${ITEM_COLUMNS} FROM "Item" i WHERE ${itemFilter} AND ${stream.where} OFFSET 0
          ) i WHERE i."code" > ${boundary} ORDER BY i."code"
        ) i WHERE ${offerTest} LIMIT ${limit}`);
    } else {
      // In code order from the summary alone; each item is read only when its turn comes.
      branches.push(Prisma.sql`SELECT ${score}, i.* FROM (
          SELECT sm.* FROM (SELECT sm."itemId", sm."code" FROM "ItemOfferSummary" sm WHERE ${priceRange} OFFSET 0) sm
          WHERE sm."code" > ${boundary} ORDER BY sm."code"
        ) sm CROSS JOIN LATERAL (
          SELECT ${ITEM_COLUMNS} FROM "Item" i WHERE i."id" = sm."itemId" AND ${itemFilter} AND ${stream.where} OFFSET 0
        ) i WHERE ${offerTest} LIMIT ${limit}`);
    }
  }

  // The streams are read one after another, each only if those before it did not fill the page:
  // Postgres's Append runs its branches in order and the LIMIT stops it. (Every branch ends in a
  // LIMIT, so none can run in parallel workers, which would interleave them.) Category names,
  // the GST rate and the offer count are then looked up for the page's rows only.
  const items = await db.$queryRaw<ItemRow[]>`${withCtes}
    SELECT m.*, c."code" AS "categoryCode", c."nameEn" AS "categoryEn", c."nameHi" AS "categoryHi",
           ${currentRate(Prisma.sql`m."id"`)} AS "gstRateBp", coalesce(sm."offerCount", 0) AS "visibleOffers"
    FROM (SELECT u.* FROM (${Prisma.join(branches.map((branch) => Prisma.sql`(${branch})`), " UNION ALL ")}) u LIMIT ${limit}) m
    JOIN "Category" c ON c."id" = m."categoryId"
    LEFT JOIN "ItemOfferSummary" sm ON sm."itemId" = m."id"
    ORDER BY m.score DESC NULLS LAST, m."code"`;

  const page = items.slice(0, pageSize);
  const counted = filters.length > 0;
  const offers = page.length === 0 ? [] : await offersFor(page, search, counted);
  const byItem = new Map<string, OfferRow[]>();
  for (const offer of offers) byItem.set(offer.itemId, [...(byItem.get(offer.itemId) ?? []), offer]);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      code: row.code,
      nameEn: row.nameEn,
      nameHi: row.nameHi,
      unit: row.unit,
      hsn: row.hsn,
      reserved: row.reserved,
      preDispatchInspection: row.preDispatchInspection,
      category: { code: row.categoryCode, en: row.categoryEn, hi: row.categoryHi },
      gstRateBp: row.gstRateBp,
      offerCount: counted ? Number(byItem.get(row.id)?.[0]?.offerCount ?? 0) : row.visibleOffers,
      offers: (byItem.get(row.id) ?? []).map(toCatalogueOffer),
    })),
    nextCursor: items.length > pageSize && last ? encodeCursor({ score: ranked ? last.score : null, code: last.code }) : null,
  };
}

/**
 * The cheapest visible offers of each item on the page (the offer index is ordered by item and
 * price, and within one item landed price follows price), plus — when the filters narrow the
 * offers, so ItemOfferSummary's count does not apply — how many match in all.
 */
async function offersFor(items: ItemRow[], search: CatalogueSearch, counted: boolean): Promise<OfferRow[]> {
  const rate = Prisma.sql`p."rateBp"`;
  const conditions = [Prisma.sql`o."itemId" = p."itemId"`, visibleOffer(Prisma.sql`p."reserved"`), ...offerFilters(search, rate)];
  const where = Prisma.join(conditions, " AND ");
  const count = counted
    ? Prisma.sql`SELECT count(*) AS "offerCount" FROM "Offer" o JOIN "Vendor" v ON v."id" = o."vendorId" WHERE ${where}`
    : Prisma.sql`SELECT NULL::bigint AS "offerCount"`;
  return db.$queryRaw<OfferRow[]>`
    SELECT p."itemId", x.*, n."offerCount"
    FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.gstRateBp ?? 0)}::int[], ${items.map((i) => i.reserved)}::boolean[])
      AS p("itemId", "rateBp", "reserved")
    CROSS JOIN LATERAL (${count}) n
    CROSS JOIN LATERAL (
      SELECT o."id" AS "offerId", v."id" AS "vendorId", v."legalName" AS "vendorName", v."stateCode",
             d."nameEn" AS "districtEn", d."nameHi" AS "districtHi",
             o."unitPricePaise", ${landed(Prisma.sql`o."unitPricePaise"`, rate)} AS "landedUnitPaise",
             o."minQuantity", o."maxQuantity", o."leadTimeDays"
      FROM "Offer" o
      JOIN "Vendor" v ON v."id" = o."vendorId"
      JOIN "District" d ON d."id" = v."districtId"
      WHERE ${where}
      ORDER BY o."unitPricePaise", o."id"
      LIMIT ${OFFERS_PER_ITEM}
    ) x
    ORDER BY p."itemId", x."unitPricePaise", x."offerId"`;
}
