/**
 * The admin's catalogue forms: categories, items (code, names in English and Hindi, unit, HSN,
 * reserved and pre-dispatch flags, specification parameters) and GST rates with the date they
 * take effect. Errors are message keys on the field that holds the problem. Pure.
 */
import { z } from "zod";
import { hsnSchema } from "@/lib/domain/identifiers";
import { istDayNumber } from "@/lib/domain/bill/rules";
import { bpToPercentString, percentToBp } from "@/lib/domain/policy/input";
import { checkbox, optionalText, parseForm, parsed, text, uuid, type FormIssue } from "./form-fields";

export const UNITS = ["NOS", "KG", "QTL", "LTR", "MTR", "SQM", "SET", "PAIR", "DOZ", "REAM", "BOX", "PKT", "ROLL", "BAG"] as const;

/** GST is at most 40 % (the 2025 rate structure's highest slab). */
export const MAX_GST_RATE_BP = 4000;

const DEVANAGARI = /[\u0900-\u097F]/;
const DAY_MS = 86_400_000;

const code = (pattern: RegExp, messageKey: string) =>
  z.string({ error: "errors.required" }).trim().toUpperCase().min(1, { error: "errors.required", abort: true }).regex(pattern, { error: messageKey });

const hindiName = text(2, 200, "errors.catalogue.name").regex(DEVANAGARI, { error: "errors.catalogue.nameHi" });

export const categoryShape = {
  code: code(/^[A-Z]{2,8}$/, "errors.catalogue.categoryCode"),
  nameEn: text(2, 200, "errors.catalogue.name"),
  nameHi: hindiName,
};
export type CategoryInput = z.output<z.ZodObject<typeof categoryShape>>;
export const parseCategory = (input: unknown) => parseForm(categoryShape, input);
export const parseCategoryUpdate = (input: unknown) => parseForm({ categoryId: uuid("errors.NOT_FOUND"), ...categoryShape }, input);

export type SpecParameter = { key: string; labelEn: string; labelHi: string; requirement: string };

const SPEC_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const SPEC_FIELDS = ["key", "labelEn", "labelHi", "requirement"] as const;
export const MAX_SPECS = 30;

/**
 * Specification rows as the form posts them (`specs.0.key`, `specs.0.labelEn` …). Rows left
 * entirely blank are dropped (the form always offers a few empty ones); a started row must be
 * complete. Errors point at the exact input, e.g. `specs.2.labelHi`.
 */
const specs = z
  .array(z.record(z.string(), z.string().optional()))
  .optional()
  .transform((rows, ctx): SpecParameter[] => {
    const kept: SpecParameter[] = [];
    const seen = new Set<string>();
    (rows ?? []).forEach((row, index) => {
      const values = Object.fromEntries(SPEC_FIELDS.map((f) => [f, (row[f] ?? "").trim()])) as SpecParameter;
      if (SPEC_FIELDS.every((f) => values[f] === "")) return;
      const problem = (field: (typeof SPEC_FIELDS)[number], message: string) =>
        ctx.issues.push({ code: "custom", path: [index, field], message, input: row });
      for (const field of SPEC_FIELDS) if (values[field] === "") problem(field, "errors.required");
      if (values.key !== "" && (!SPEC_KEY.test(values.key) || seen.has(values.key))) problem("key", "errors.catalogue.specKey");
      if (values.labelHi !== "" && !DEVANAGARI.test(values.labelHi)) problem("labelHi", "errors.catalogue.nameHi");
      for (const field of SPEC_FIELDS) if (values[field].length > 300) problem(field, "errors.catalogue.specLength");
      seen.add(values.key);
      kept.push(values);
    });
    if (kept.length > MAX_SPECS) ctx.issues.push({ code: "custom", message: "errors.catalogue.specCount", input: rows });
    return kept;
  });

const itemShape = {
  code: code(/^[A-Z0-9]{2,8}(-[A-Z0-9]{1,10}){0,2}$/, "errors.catalogue.itemCode"),
  nameEn: text(2, 200, "errors.catalogue.name"),
  nameHi: hindiName,
  descriptionEn: optionalText(2000, "errors.catalogue.description"),
  descriptionHi: optionalText(2000, "errors.catalogue.description"),
  categoryId: uuid("errors.catalogue.category"),
  unit: z.enum(UNITS, { error: "errors.catalogue.unit" }),
  hsn: hsnSchema,
  reserved: checkbox,
  preDispatchInspection: checkbox,
  active: checkbox,
  specs,
};

const gstRate = parsed((value) => {
  const bp = percentToBp(value);
  return bp !== null && bp <= MAX_GST_RATE_BP ? bp : null;
}, "errors.catalogue.gstRate");

/** An HTML date input's "YYYY-MM-DD" as the UTC midnight a Postgres DATE column stores. */
function parseDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value) ? date : null;
}

/**
 * The effective date of a new GST rate: today (in India) or later, so no rate already used to
 * show prices or place orders is rewritten after the fact.
 */
function effectiveFrom(now: Date) {
  return parsed(parseDate, "errors.catalogue.effectiveFrom").refine((date) => date.getTime() / DAY_MS >= istDayNumber(now), {
    error: "errors.catalogue.effectiveFromPast",
  });
}

const gstShape = (now: Date) => ({ gstRate, gstEffectiveFrom: effectiveFrom(now) });

export type ItemInput = z.output<z.ZodObject<typeof itemShape>>;
export type GstRateInput = { gstRateBp: number; effectiveFrom: Date };

/** A new item with its first GST rate. */
export function parseNewItem(input: unknown, now: Date) {
  const result = parseForm({ ...itemShape, ...gstShape(now) }, input);
  return withGst(result);
}

/** An item's changed details; its GST rates change only through `parseGstRate`. */
export const parseItemUpdate = (input: unknown) => parseForm({ itemId: uuid("errors.NOT_FOUND"), ...itemShape }, input);

/** A GST rate for an item from a date on (a rate already set for that date is replaced). */
export function parseGstRate(input: unknown, now: Date) {
  return withGst(parseForm({ itemId: uuid("errors.NOT_FOUND"), ...gstShape(now) }, input));
}

function withGst<T extends { gstRate: number; gstEffectiveFrom: Date }>(result: { success: true; data: T } | { success: false; issues: FormIssue[] }) {
  if (!result.success) return result;
  const { gstRate: gstRateBp, gstEffectiveFrom, ...rest } = result.data;
  return { success: true as const, data: { ...rest, gst: { gstRateBp, effectiveFrom: gstEffectiveFrom } } };
}

/** "18" for 1800 bp: what the GST field shows. */
export const gstRateText = bpToPercentString;

/** Today's date in India as "YYYY-MM-DD", the default of a date input. */
export function istToday(now: Date): string {
  return new Date(istDayNumber(now) * DAY_MS).toISOString().slice(0, 10);
}
