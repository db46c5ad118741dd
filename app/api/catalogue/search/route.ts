import type { NextRequest } from "next/server";
import { parseCatalogueSearch } from "@/lib/domain/catalogue/search";
import { searchCatalogue } from "@/lib/queries/catalogue-search";

export const dynamic = "force-dynamic";

/**
 * GET /api/catalogue/search?q=&category=&district=&reserved=1&min=&max=&cursor= — the public
 * catalogue as JSON, from the same query as the /catalogue page. Amounts are paise as decimal
 * strings (JSON numbers cannot hold every bigint). Follow `nextCursor` for the next page.
 * `match` says what the words found: "found" (as typed, with units, synonyms and Roman-Hindi
 * spellings), "corrected" (`corrections` lists each misspelt word and the catalogue words it was
 * read as), or "none" — then `items` is empty and `suggestions` holds categories and the nearest
 * items, which are not results (docs/search.md).
 */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { search, fieldErrors } = parseCatalogueSearch(params);
  if (Object.keys(fieldErrors).length > 0) {
    return Response.json({ error: "VALIDATION", fieldErrors }, { status: 400 });
  }
  const page = await searchCatalogue(search);
  const body = JSON.stringify(page, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
  return new Response(body, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=30" },
  });
}
