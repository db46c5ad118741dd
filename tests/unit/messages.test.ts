import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locale";
import { MESSAGES } from "@/lib/i18n/load-messages";

const dir = path.join(import.meta.dirname, "../../lib/i18n/messages");
const jsonFiles = (locale: string) =>
  readdirSync(path.join(dir, locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${prefix} (not a string or object)`];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

// ICU placeholders ({name}, {count, plural, …}) must match, or one language breaks at runtime.
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)/g)].map((m) => m[1]).sort();
}

function lookup(messages: unknown, key: string): string {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
}

describe("message catalogues", () => {
  it("every JSON file is registered in its locale's index.ts", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort(), `lib/i18n/messages/${locale}/index.ts`).toEqual(jsonFiles(locale));
    }
  });

  it("English and Hindi have the same namespaces", () => {
    expect(jsonFiles("hi")).toEqual(jsonFiles("en"));
  });

  for (const namespace of jsonFiles("en")) {
    describe(namespace, () => {
      const read = (locale: string) => JSON.parse(readFileSync(path.join(dir, locale, `${namespace}.json`), "utf8")) as unknown;
      const en = read("en");
      const hi = read("hi");

      it("has exactly the same keys in English and Hindi", () => {
        expect(leafKeys(hi).sort()).toEqual(leafKeys(en).sort());
      });

      it("has no empty messages and the same placeholders in both languages", () => {
        for (const key of leafKeys(en)) {
          const [enText, hiText] = [lookup(en, key), lookup(hi, key)];
          expect(enText.trim(), `en ${namespace}.${key}`).not.toBe("");
          expect(hiText?.trim(), `hi ${namespace}.${key}`).not.toBe("");
          expect(placeholders(hiText ?? ""), `${namespace}.${key}`).toEqual(placeholders(enText));
        }
      });
    });
  }
});

describe("errors namespace", () => {
  it("has a message for every AppError code", async () => {
    const source = readFileSync(path.join(import.meta.dirname, "../../lib/errors.ts"), "utf8");
    const union = /export type ErrorCode =([^;]+);/.exec(source)?.[1] ?? "";
    const codes = [...union.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const code of codes) expect(MESSAGES[locale].errors, `${locale} errors.${code}`).toHaveProperty(code);
    }
  });
});
