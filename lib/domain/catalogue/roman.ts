/**
 * Roman-Hindi (Hinglish) keys: "kursi", "kursee" and कुर्सी all become "kursi"; "kambal", "kanbal"
 * and कंबल become "knbl". A word's key is its spelling folded to what people keep when they write
 * Hindi in Roman letters: aspirates lose their h (kh/k, sh/s), long vowels their length (aa/a,
 * ee/i, oo/u), w is v, f is ph, z is j, q is k, x is ks, ai is e, au is o, iya is ia, a nasal m
 * before a consonant is n, doubled letters are single, and an a after a consonant (the schwa
 * Hindi drops in speech: almari/alamari) is left out — except at the end of the word, where it is
 * a long ā people say and write (pankha, chhata; छत "chhat" is not छाता "chhata"). Mirror of the database functions catalogue_roman_fold
 * and catalogue_roman_key (migration search_roman_synonyms), which key the catalogue's own
 * Devanagari words; tests/integration/catalogue-roman.test.ts checks both agree. Pure.
 */
import Sanscript from "@indic-transliteration/sanscript";

const DEVANAGARI = /[\u0900-\u097F]/;

export const hasDevanagari = (word: string) => DEVANAGARI.test(word);

/** The fold of a word in Roman letters (see the module comment). */
export function romanFold(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/x/g, "ks")
    .replace(/[qzfw]/g, (c) => ({ q: "k", z: "j", f: "p", w: "v" })[c]!)
    .replace(/ee/g, "i")
    .replace(/oo/g, "u")
    .replace(/ai/g, "e")
    .replace(/au/g, "o")
    .replace(/([bcdgjklmnprstvy])h+/g, "$1")
    .replace(/iy(?=a)/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/m(?=[bcdgjklnprstvhy])/g, "n")
    .replace(/([bcdghjklmnprstvy])a(?!$)/g, "$1")
    .replace(/(.)\1+/g, "$1");
}

/**
 * A normalised word's key: a Devanagari word is transliterated (ITRANS, by sanscript) first.
 * sanscript does not know the nukta or the English o (ॉ), so the word arrives without nukta
 * (normaliseSearchText) and ॉ/ऑ are read as ो/ओ (ॅ/ऍ as े/ए).
 */
export function romanKey(word: string): string {
  if (!hasDevanagari(word)) return romanFold(word);
  const plain = word.replace(/\u0949/g, "\u094B").replace(/\u0911/g, "\u0913").replace(/\u0945/g, "\u0947").replace(/\u090D/g, "\u090F");
  // ITRANS writes the inherent a of a final consonant ("kaMbala"), which Hindi does not say;
  // a final long ā is "A" and stays.
  return romanFold(Sanscript.t(plain, "devanagari", "itrans").replace(/([^aeiouAEIOU])a$/, "$1"));
}
