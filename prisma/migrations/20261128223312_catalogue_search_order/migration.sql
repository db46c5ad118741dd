-- Catalogue search reads items in code order (docs/performance.md, issue 9 §2; the query in
-- lib/queries/catalogue.ts):
-- 1. The word dictionary also keeps, for each word, a lower bound of the codes of the items that
--    have it: a search whose words are all in the dictionary reads items in code order from
--    there instead of from the first item. Lowered by the search trigger as items gain the word,
--    never raised (an item that loses the word or is renamed leaves it lower than it could be,
--    which is still a bound).
-- 2. The search columns stay in the item's row: the search tests the tsvector of every item it
--    reads in code order, and three in four of them were stored out of line (TOAST), a lookup in
--    another table per test. Positions are dropped from the tsvector (no query uses them), which
--    makes it a third smaller.

-- AlterTable
ALTER TABLE "CatalogueWord" ADD COLUMN     "firstCode" TEXT;

-- CreateIndex
CREATE INDEX "CatalogueWord_word_idx" ON "CatalogueWord" USING GIN ("word" gin_trgm_ops);

CREATE OR REPLACE FUNCTION "item_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  category_text text;
BEGIN
  SELECT concat_ws(' ', c."code", c."nameEn", c."nameHi") INTO category_text FROM "Category" c WHERE c."id" = NEW."categoryId";
  NEW."searchText" := "catalogue_normalise"(concat_ws(' ',
    NEW."code", NEW."nameEn", NEW."nameHi", NEW."descriptionEn", NEW."descriptionHi", category_text));
  NEW."searchVector" := strip(to_tsvector('simple', NEW."searchText"));
  INSERT INTO "CatalogueWord" ("word", "length", "firstCode")
    SELECT lexeme, length(lexeme), NEW."code" FROM unnest(NEW."searchVector")
    WHERE length(lexeme) >= 3 AND lexeme !~ '^[0-9.,/-]+$'
    ON CONFLICT DO NOTHING;
  UPDATE "CatalogueWord" w SET "firstCode" = NEW."code"
    WHERE w."word" IN (SELECT lexeme FROM unnest(NEW."searchVector"))
      AND (w."firstCode" IS NULL OR w."firstCode" > NEW."code");
  RETURN NEW;
END;
$$;

ALTER TABLE "Item" ALTER COLUMN "searchText" SET STORAGE MAIN, ALTER COLUMN "searchVector" SET STORAGE MAIN;

-- Items and words that exist already.
UPDATE "Item" SET "searchVector" = strip("searchVector");
UPDATE "CatalogueWord" w SET "firstCode" = f."code"
  FROM (SELECT v.lexeme, min(i."code") AS "code" FROM "Item" i, unnest(i."searchVector") v GROUP BY v.lexeme) f
 WHERE f.lexeme = w."word";

-- The lowest code an item can have if it has the word `part` (no hyphen) as a whole word, or
-- (prefix) a word beginning with it: the largest firstCode of its lexemes. '' when the dictionary
-- cannot tell (lexemes of digits, or shorter than `shortest`, are not in it); NULL when no item
-- has the word at all.
CREATE FUNCTION "catalogue_first_code"(part text, prefix boolean, shortest int) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (
  SELECT CASE WHEN count(*) = count(f."code") THEN coalesce(max(f."code"), '') END
  FROM unnest(to_tsvector('simple', part)) l
  CROSS JOIN LATERAL (
    SELECT CASE WHEN prefix
      THEN (SELECT min(w."firstCode") FROM "CatalogueWord" w
             WHERE w."word" LIKE replace(replace(replace(l.lexeme, '\', '\\'), '%', '\%'), '_', '\_') || '%')
      ELSE (SELECT w."firstCode" FROM "CatalogueWord" w WHERE w."word" = l.lexeme) END AS "code") f
  WHERE length(l.lexeme) >= shortest AND l.lexeme !~ '^[0-9.,/-]+$');
