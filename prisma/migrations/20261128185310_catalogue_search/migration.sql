-- Catalogue search (ADR 0004): trigram (substring, partial words) and full-text (whole words and
-- prefixes, any length) over one normalised text per item, plus a dictionary of its words that a
-- misspelt query word is corrected against by edit distance.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateTable
CREATE TABLE "CatalogueWord" (
    "word" TEXT NOT NULL,
    "length" INTEGER NOT NULL,

    CONSTRAINT "CatalogueWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "CatalogueWord_length_idx" ON "CatalogueWord"("length");

-- CreateIndex
CREATE INDEX "Item_searchText_idx" ON "Item" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Item_searchVector_idx" ON "Item" USING GIN ("searchVector");

-- Lower case; compatibility-decomposed; nukta dropped and chandrabindu read as anusvara, because
-- people type फोल्डिंग for फ़ोल्डिंग and बांस for बाँस. Queries use the same function.
CREATE FUNCTION "catalogue_normalise"(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(lower(normalize(t, NFKD)), U&'\0901\093C', U&'\0902');

CREATE FUNCTION "item_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  category_text text;
BEGIN
  SELECT concat_ws(' ', c."code", c."nameEn", c."nameHi") INTO category_text FROM "Category" c WHERE c."id" = NEW."categoryId";
  NEW."searchText" := "catalogue_normalise"(concat_ws(' ',
    NEW."code", NEW."nameEn", NEW."nameHi", NEW."descriptionEn", NEW."descriptionHi", category_text));
  NEW."searchVector" := to_tsvector('simple', NEW."searchText");
  INSERT INTO "CatalogueWord" ("word", "length")
    SELECT lexeme, length(lexeme) FROM unnest(NEW."searchVector")
    WHERE length(lexeme) >= 3 AND lexeme !~ '^[0-9.,/-]+$'
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Item_search_refresh"
  BEFORE INSERT OR UPDATE OF "code", "nameEn", "nameHi", "descriptionEn", "descriptionHi", "categoryId" ON "Item"
  FOR EACH ROW EXECUTE FUNCTION "item_search_refresh"();

-- A renamed category re-indexes its items (assigning categoryId fires the item trigger).
CREATE FUNCTION "category_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Item" SET "categoryId" = "categoryId" WHERE "categoryId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Category_search_refresh"
  AFTER UPDATE OF "code", "nameEn", "nameHi" ON "Category"
  FOR EACH ROW EXECUTE FUNCTION "category_search_refresh"();

-- Items that exist already.
UPDATE "Item" SET "categoryId" = "categoryId";
