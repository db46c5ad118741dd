/**
 * How far a misspelt query word may be from the catalogue word it is corrected to (docs/search.md).
 * A wrong correction is worse than none ("बाल्टी" is not "बट्टी", "balti" is not "ball", "paint"
 * is not "point"), so only the slips people make on a phone keyboard are corrected:
 * - the first letter must be right (people rarely mistype it; गिट्टी → मिट्टी would be a new word);
 * - two letters swapped ("chiar", "tabel", "blub"), words of 4 letters or more;
 * - letters left out ("foldng", "spryer", "notbok"): one in a word of 4–5 letters, two from 6;
 * - any one edit from 6 letters ("blankit"), any two from 8 ("detergant");
 * - Devanagari is counted in letters, not vowel signs (बाल्टी has 3): one letter left out from 3,
 *   any one edit from 5; vowel-length variants match already (normalisation);
 * - a word in Roman letters may also be one edit from a Devanagari word's Roman key when the key
 *   has 5 letters or more ("machardani" → मच्छरदानी).
 * Pure.
 */
import { hasDevanagari, romanKey } from "./roman";

export type CorrectionLimits = { maxAny: number; maxInsert: number; swap: boolean; keyEdits: number };

const NONE: CorrectionLimits = { maxAny: 0, maxInsert: 0, swap: false, keyEdits: 0 };
const DEVANAGARI_LETTER = /[\u0904-\u0939\u0958-\u0961\u0972-\u097F]/gu;

export function correctionLimits(word: string): CorrectionLimits {
  if (/^[\p{N}.-]+$/u.test(word)) return NONE;
  if (hasDevanagari(word)) {
    const letters = word.match(DEVANAGARI_LETTER)?.length ?? 0;
    return { maxAny: letters >= 5 ? 1 : 0, maxInsert: letters >= 3 ? 1 : 0, swap: false, keyEdits: 0 };
  }
  const length = [...word].length;
  if (length < 4) return NONE;
  return {
    maxAny: length >= 8 ? 2 : length >= 6 ? 1 : 0,
    maxInsert: length >= 6 ? 2 : 1,
    swap: true,
    keyEdits: romanKey(word).length >= 5 ? 1 : 0,
  };
}
