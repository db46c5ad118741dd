-- Issue 17: search as Chhattisgarh writes it (ADR 0004, docs/search.md).
-- 1. The normalised text also folds Devanagari vowel length (ी/ि, ू/ु, ई/इ, ऊ/उ — "कुर्सि" is
--    "कुर्सी"), writes a half nasal before a consonant as anusvara (कम्बल is कंबल) and reads
--    Devanagari digits (९ is 9).
-- 2. Every Devanagari word of the dictionary gets a phonetic key in Roman letters
--    (catalogue_roman_key), which Roman-Hindi query words ("kursi", "kambal", "eent") are looked up
--    by. The JS mirror (lib/domain/catalogue/roman.ts) transliterates with
--    @indic-transliteration/sanscript; a test checks both agree on every catalogue word.
--    Two-letter Devanagari words (छत, घर) join the dictionary for that.
-- 3. Synonym groups kept by the admin, with a lookup table of their terms.

-- AlterTable
ALTER TABLE "CatalogueWord" ADD COLUMN     "romanKey" TEXT;

-- CreateTable
CREATE TABLE "SynonymGroup" (
    "id" UUID NOT NULL,
    "english" TEXT[],
    "hindi" TEXT[],
    "roman" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SynonymGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SynonymTerm" (
    "term" TEXT NOT NULL,
    "groupId" UUID NOT NULL,

    CONSTRAINT "SynonymTerm_pkey" PRIMARY KEY ("term","groupId")
);

-- CreateIndex
CREATE INDEX "SynonymTerm_groupId_idx" ON "SynonymTerm"("groupId");

-- CreateIndex
CREATE INDEX "CatalogueWord_romanKey_idx" ON "CatalogueWord"("romanKey");

-- AddForeignKey
ALTER TABLE "SynonymTerm" ADD CONSTRAINT "SynonymTerm_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SynonymGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE OR REPLACE FUNCTION "catalogue_normalise"(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(
  translate(lower(normalize(t, NFKD)), U&'\0901\0940\0942\0908\090A\0966\0967\0968\0969\096A\096B\096C\096D\096E\096F\093C',
            U&'\0902\093F\0941\0907\0909' || '0123456789'),
  '[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])', U&'\0902', 'g');

-- The spelling-tolerant key of a word in Roman letters: the same fold for a query word typed in
-- Roman letters and for a transliterated Devanagari word. Aspirates lose their h (kh/k, sh/s),
-- long vowels their length (aa/a, ee/i, oo/u), w is v, f is ph, z is j, a nasal before a consonant
-- is n (kambal/kanbal), iya is ia (sariya/saria), doubled letters are single, and a after a
-- consonant is dropped except at the end (the schwa:
-- almari/alamari, kambal/kambala) — so keys compare consonant skeletons with their other vowels.
CREATE FUNCTION "catalogue_roman_fold"(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           translate(replace(regexp_replace(lower(t), '[^a-z]', '', 'g'), 'x', 'ks'), 'qzfw', 'kjpv'),
         'ee', 'i', 'g'), 'oo', 'u', 'g'), 'ai', 'e', 'g'), 'au', 'o', 'g'),
       '([bcdgjklmnprstvy])h+', '\1', 'g'),
       'iy(?=a)', 'i', 'g'),
       '(.)\1+', '\1', 'g'),
       'm(?=[bcdgjklnprstvhy])', 'n', 'g'),
       '([bcdghjklmnprstvy])a(?!$)', '\1', 'g'),
       '(.)\1+', '\1', 'g');

-- A normalised Devanagari word in Roman letters, as ITRANS writes it but with the fold's letters
-- (a consonant's inherent a is written, except at the end of the word, where Hindi does not say
-- it — छत is "chhat", छाता "chhata"; aspirates and sibilants are plain), then folded. NULL for a
-- word without Devanagari.
CREATE FUNCTION "catalogue_roman_key"(word text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN word ~ '[\u0900-\u097F]' THEN "catalogue_roman_fold"(
  translate(
    replace(replace(replace(replace(replace(replace(
      regexp_replace(word, '([\u0915-\u0939\u0958-\u095F])(?![\u093E-\u094D]|$)', '\1a', 'g'),
      U&'\0943', 'ri'), U&'\090B', 'ri'), U&'\0948', 'ai'), U&'\0910', 'ai'), U&'\094C', 'au'), U&'\0914', 'au'),
    'अआइईउऊएओऑऍािीुूेोॉॅंःकखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसह्',
    'aaiiuueooeaiiuueooemhkkggnccjjnttddnttddnppbbmyrllvsssh')
) END;

CREATE OR REPLACE FUNCTION "item_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  category_text text;
BEGIN
  SELECT concat_ws(' ', c."code", c."nameEn", c."nameHi") INTO category_text FROM "Category" c WHERE c."id" = NEW."categoryId";
  NEW."searchText" := "catalogue_normalise"(concat_ws(' ',
    NEW."code", NEW."nameEn", NEW."nameHi", NEW."descriptionEn", NEW."descriptionHi", category_text));
  NEW."searchVector" := strip(to_tsvector('simple', NEW."searchText"));
  INSERT INTO "CatalogueWord" ("word", "length", "firstCode", "romanKey")
    SELECT lexeme, length(lexeme), NEW."code", "catalogue_roman_key"(lexeme) FROM unnest(NEW."searchVector")
    WHERE (length(lexeme) >= 3 OR (length(lexeme) = 2 AND lexeme ~ '[\u0900-\u097F]')) AND lexeme !~ '^[0-9.,/-]+$'
    ON CONFLICT DO NOTHING;
  UPDATE "CatalogueWord" w SET "firstCode" = NEW."code"
    WHERE w."word" IN (SELECT lexeme FROM unnest(NEW."searchVector"))
      AND (w."firstCode" IS NULL OR w."firstCode" > NEW."code");
  RETURN NEW;
END;
$$;

-- Items and words that exist already: the dictionary is rebuilt from the new normalised texts.
DELETE FROM "CatalogueWord";
UPDATE "Item" SET "categoryId" = "categoryId";
