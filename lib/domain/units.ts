import { MESSAGES } from "@/lib/i18n/load-messages";
import type { UiLocale } from "@/lib/i18n/locale";

/**
 * A unit of quantity as the reader says it: in Hindi its Hindi name (नग, not NOS — issue 15; the
 * names are in docs/hindi-glossary.md), in English the catalogue's code (NOS, KG), as on
 * government indents. Unknown codes are shown as they are.
 */
export function unitLabel(code: string, locale: UiLocale): string {
  if (locale !== "hi") return code;
  const names = MESSAGES.hi.catalogue.units as Record<string, string>;
  return names[code] ?? code;
}
