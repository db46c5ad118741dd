import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * A submitted form, read defensively. Field names are chosen by whoever sends the request, so
 * they are only ever used as Map keys or on objects without a prototype — never as property names
 * on a plain object, where `__proto__` or `constructor.prototype` would reach Object.prototype.
 * Names with such a segment, too many fields or over-long names are refused outright.
 */
export const FORM_LIMITS = { maxFields: 400, maxNameLength: 200, maxTextLength: 20_000 } as const;

const FORBIDDEN_SEGMENT = /(?:^|[.:[\]])(?:__proto__|constructor|prototype)(?:$|[.:[\]])/;

/** The refusal for a body no form of ours would send: one clear message, never a crash. */
export const malformedForm = () => new AppError("VALIDATION", "errors.malformedForm");

export class FormInput {
  private constructor(
    private readonly texts: Map<string, string[]>,
    private readonly uploads: Map<string, File[]>,
  ) {}

  static read(formData: unknown): FormInput {
    if (!(formData instanceof FormData)) throw malformedForm();
    const texts = new Map<string, string[]>();
    const uploads = new Map<string, File[]>();
    let count = 0;
    for (const [name, value] of formData.entries()) {
      // React's own bookkeeping fields for progressively enhanced forms.
      if (name.startsWith("$ACTION")) continue;
      if (++count > FORM_LIMITS.maxFields || name.length > FORM_LIMITS.maxNameLength || FORBIDDEN_SEGMENT.test(name)) {
        throw malformedForm();
      }
      if (typeof value === "string") {
        const list = texts.get(name);
        if (list) list.push(value);
        else texts.set(name, [value]);
      } else {
        const list = uploads.get(name);
        if (list) list.push(value);
        else uploads.set(name, [value]);
      }
    }
    return new FormInput(texts, uploads);
  }

  /** One text field ("" when absent); a file sent where text belongs reads as "". */
  text(name: string): string {
    return this.texts.get(name)?.at(-1) ?? "";
  }

  all(name: string): string[] {
    return [...(this.texts.get(name) ?? [])];
  }

  has(name: string): boolean {
    return this.texts.has(name) || this.uploads.has(name);
  }

  /** Non-empty files of one field (an empty file input still sends a 0-byte part). */
  files(name: string): File[] {
    return (this.uploads.get(name) ?? []).filter((file) => file.size > 0);
  }

  /** Text fields as an object without a prototype: one value per name, several as an array. */
  fields(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = Object.create(null);
    for (const [name, values] of this.texts) out[name] = values.length === 1 ? values[0] : [...values];
    return out;
  }

  /**
   * Fields named `<prefix><key>` or `<prefix><key>.<part>` grouped by key, as objects without a
   * prototype (what the services' record-shaped inputs expect). `key` must match `keyPattern`.
   */
  group(prefix: string, keyPattern: RegExp, parts?: readonly string[]): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = Object.create(null);
    for (const [name, values] of this.texts) {
      if (!name.startsWith(prefix)) continue;
      const rest = name.slice(prefix.length);
      const dot = parts ? rest.lastIndexOf(".") : -1;
      const key = parts ? rest.slice(0, dot) : rest;
      const part = parts ? rest.slice(dot + 1) : "value";
      if (parts && (dot < 0 || !parts.includes(part))) continue;
      if (!keyPattern.test(key)) continue;
      out[key] ??= Object.create(null);
      out[key][part] = values.at(-1)!;
    }
    return out;
  }

  /** What to put back into the form after an error (passwords and files left out). */
  values(omit: readonly string[] = ["password", "confirmPassword"]): Record<string, string> {
    const entries: [string, string][] = [];
    for (const [name, values] of this.texts) if (!omit.includes(name)) entries.push([name, values.join(",")]);
    // fromEntries defines own properties, so even an odd name cannot reach a prototype.
    return Object.fromEntries(entries);
  }
}

/** A text field of a form: absent reads as "", bounded in length. */
export const text = (max: number = FORM_LIMITS.maxTextLength) =>
  z.preprocess((v) => (v === undefined ? "" : v), z.string({ error: "errors.invalid" }).max(max, "errors.tooLong"));

/** A field that may repeat (checkboxes): always an array of strings. */
export const many = (maxItems = 100, max = 200) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(max, "errors.tooLong")).max(maxItems, "errors.invalid"));

/** A form whose fields go on to a service that validates them itself: each must be text and bounded. */
export const anyFields = z.record(
  z.string(),
  z
    .union([z.string().max(FORM_LIMITS.maxTextLength, "errors.tooLong"), z.array(z.string().max(FORM_LIMITS.maxTextLength, "errors.tooLong")).max(100)], { error: "errors.invalid" })
    // Like Object.fromEntries(formData): a repeated name keeps its last value.
    .transform((v) => (Array.isArray(v) ? (v.at(-1) ?? "") : v)),
);
