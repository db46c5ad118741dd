import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normaliseSearchText } from "@/lib/domain/catalogue/search";
import { romanFold, romanKey } from "@/lib/domain/catalogue/roman";
import { ITEMS, CATEGORIES } from "@/prisma/seed-data/catalogue";
import { SYNONYM_GROUPS } from "@/prisma/seed-data/synonyms";
import { seed } from "@/prisma/seed";

// The database keys the catalogue's Devanagari words (catalogue_roman_key, by its own letter
// table); queries are keyed in JS (sanscript's ITRANS). Both must agree on every word, and both
// normalisations on every text.
beforeAll(async () => {
  await seed(db, { demo: true });
}, 60_000);

it("the dictionary's Roman keys are what sanscript's transliteration gives", async () => {
  const words = await db.catalogueWord.findMany({ where: { romanKey: { not: null } }, select: { word: true, romanKey: true } });
  expect(words.length).toBeGreaterThan(150);
  const disagree = words.filter((w) => romanKey(w.word) !== w.romanKey).map((w) => `${w.word}: sql ${w.romanKey}, js ${romanKey(w.word)}`);
  expect(disagree).toEqual([]);
});

it("the SQL fold and normalisation are the JS ones", async () => {
  const texts = [...ITEMS.flatMap((i) => [i.nameEn, i.nameHi]), ...CATEGORIES.map((c) => c.nameHi), ...SYNONYM_GROUPS.flatMap((g) => [...g.hindi, ...g.roman]), "कम्बल ९ वॉट"];
  const rows = await db.$queryRaw<{ t: string; n: string }[]>`SELECT t, "catalogue_normalise"(t) AS n FROM unnest(${texts}::text[]) t`;
  expect(rows.filter((r) => r.n !== normaliseSearchText(r.t))).toEqual([]);
  const latin = ["kursi", "chhata", "phawda", "almaari", "sariya", "xerox", "quilt", "wheelbarrow", "tauliya", "kammal"];
  const folds = await db.$queryRaw<{ t: string; f: string }[]>`SELECT t, "catalogue_roman_fold"(t) AS f FROM unnest(${latin}::text[]) t`;
  expect(folds.filter((r) => r.f !== romanFold(r.t))).toEqual([]);
});
