/**
 * How far a misspelt query word may be from the catalogue word it is corrected to (docs/search.md).
 * A wrong correction is worse than none ("बाल्टी" is not "बट्टी", "balti" is not "ball"), so:
 * - the first letter must be right (people rarely mistype it; गिट्टी → मिट्टी would be a new word);
 * - Roman letters: 4–5 letters one edit, or two letters swapped ("chiar"); 6 or more, two edits;
 * - Devanagari: counted in letters, not vowel signs (बाल्टी is 3 letters); 4 letters or more, one
 *   edit; shorter words are not corrected (their vowel-length variants match already);
 * - a word in Roman letters may also be one edit from a Devanagari word's Roman key when the key
 *   has 5 letters or more ("machardani" → मच्छरदानी).
 * Pure.
 */
import { hasDevanagari, romanKey } from "./roman";

export type CorrectionLimits = { edits: number; swapOnly: boolean; keyEdits: number };

const DEVANAGARI_LETTER = /[\u0904-\u0939\u0958-\u0961\u0972-\u097F]/gu;

export function correctionLimits(word: string): CorrectionLimits {
  if (/^[\p{N}-]+$/u.test(word)) return { edits: 0, swapOnly: false, keyEdits: 0 };
  if (hasDevanagari(word)) {
    const letters = word.match(DEVANAGARI_LETTER)?.length ?? 0;
    return { edits: letters >= 4 ? 1 : 0, swapOnly: false, keyEdits: 0 };
  }
  const length = [...word].length;
  const edits = length >= 6 ? 2 : length >= 4 ? 2 : 0;
  return { edits, swapOnly: length < 6, keyEdits: romanKey(word).length >= 5 ? 1 : 0 };
}
