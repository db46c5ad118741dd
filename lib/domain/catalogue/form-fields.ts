/**
 * Small zod building blocks for forms posted as FormData (every value a string, an unticked
 * checkbox absent). Errors are message keys; an empty required field is "errors.required", a
 * value that does not parse is the field's own key. Pure.
 */
import { z } from "zod";

/** Trimmed text of `min`..`max` characters. */
export function text(min: number, max: number, messageKey: string) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required", abort: true })
    .min(min, { error: messageKey })
    .max(max, { error: messageKey });
}

/** Optional trimmed text up to `max` characters ("" when absent). */
export function optionalText(max: number, messageKey: string) {
  return z.string().trim().max(max, { error: messageKey }).optional().default("");
}

/** A text field parsed by `parse` (null = does not parse). */
export function parsed<T>(parse: (value: string) => T | null, messageKey: string) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .transform((value, ctx) => {
      const result = value === "" ? null : parse(value);
      if (result === null) {
        ctx.issues.push({ code: "custom", message: value === "" ? "errors.required" : messageKey, input: value });
        return z.NEVER;
      }
      return result;
    });
}

/** A whole number typed as digits (no signs, no decimals), within min..max. */
export function wholeNumber(min: number, max: number, messageKey: string) {
  return parsed((value) => {
    if (!/^\d{1,9}$/.test(value)) return null;
    const n = Number(value);
    return n >= min && n <= max ? n : null;
  }, messageKey);
}

/** An HTML checkbox: present ("on", "1", "true") is true, absent is false. */
export const checkbox = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "1" || value === "true");

/** A UUID from a hidden field or select. */
export function uuid(messageKey: string) {
  return z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required", abort: true }).uuid({ error: messageKey });
}

export type FormIssue = { path: string[]; message: string };
export type FormResult<T> = { success: true; data: T } | { success: false; issues: FormIssue[] };

/**
 * Parses a form field by field, then runs the cross-field checks on whichever fields parsed, so a
 * person sees every problem in one go (a zod object would skip its refinements after any failure).
 * `crossCheck` gets only parsed values: it must check that the fields it compares are present.
 */
export function parseForm<Shape extends z.ZodRawShape>(
  shape: Shape,
  input: unknown,
  crossCheck: (values: Partial<z.output<z.ZodObject<Shape>>>) => FormIssue[] = () => [],
): FormResult<z.output<z.ZodObject<Shape>>> {
  const form = (input !== null && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  const issues: FormIssue[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const result = (schema as z.ZodType).safeParse(form[key]);
    if (result.success) values[key] = result.data;
    else issues.push(...result.error.issues.map((i) => ({ path: [key, ...i.path.map(String)], message: i.message })));
  }
  issues.push(...crossCheck(values as Partial<z.output<z.ZodObject<Shape>>>));
  return issues.length === 0 ? { success: true, data: values as z.output<z.ZodObject<Shape>> } : { success: false, issues };
}
