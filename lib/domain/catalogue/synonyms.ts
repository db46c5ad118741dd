/**
 * The admin's synonym groups (docs/search.md): words a buyer uses for the same thing — English,
 * Hindi (Devanagari) and Hindi in Roman letters — typed as comma-separated lists. Each term is one
 * word (the search matches word by word); a group needs at least two terms. Pure.
 */
import { z } from "zod";
import { parseForm, uuid, type FormIssue } from "./form-fields";
import { normaliseSearchText, searchWords } from "./search";
import { hasDevanagari, romanFold } from "./roman";

const MAX_TERMS = 20;

const terms = (script: "latin" | "devanagari", messageKey: string) =>
  z
    .string()
    .optional()
    .default("")
    .transform((value, ctx) => {
      const list = [...new Set(value.split(/[,\n،]/).map((term) => term.trim().replace(/\s+/g, " ")).filter((term) => term !== ""))];
      const bad = list.filter(
        (term) => term.length > 40 || searchWords(term).length !== 1 || (script === "devanagari") !== hasDevanagari(term),
      );
      if (bad.length > 0 || list.length > MAX_TERMS) {
        ctx.issues.push({ code: "custom", message: messageKey, input: value });
        return z.NEVER;
      }
      return list;
    });

const groupShape = {
  english: terms("latin", "errors.synonyms.english"),
  hindi: terms("devanagari", "errors.synonyms.hindi"),
  roman: terms("latin", "errors.synonyms.roman"),
};

const atLeastTwo = (values: { english?: string[]; hindi?: string[]; roman?: string[] }): FormIssue[] =>
  values.english && values.hindi && values.roman && values.english.length + values.hindi.length + values.roman.length < 2
    ? [{ path: ["english"], message: "errors.synonyms.tooFew" }]
    : [];

export type SynonymGroupInput = { english: string[]; hindi: string[]; roman: string[] };

export const parseSynonymGroup = (input: unknown) => parseForm(groupShape, input, atLeastTwo);
export const parseSynonymGroupUpdate = (input: unknown) => parseForm({ groupId: uuid("errors.NOT_FOUND"), ...groupShape }, input, atLeastTwo);

/**
 * The lookup rows of a group (SynonymTerm.term): every term normalised as a query word is, and a
 * term in Roman letters also as "~" + its Roman key, so "almaari" meets "almari".
 */
export function synonymLookupTerms(group: SynonymGroupInput): string[] {
  const all = [...group.english, ...group.hindi, ...group.roman];
  const normalised = all.map((term) => searchWords(normaliseSearchText(term))[0]).filter((term): term is string => !!term);
  const keys = all.filter((term) => !hasDevanagari(term)).map((term) => romanFold(term)).filter((key) => key !== "").map((key) => `~${key}`);
  return [...new Set([...normalised, ...keys])];
}
