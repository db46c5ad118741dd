import "server-only";
import { getTranslations } from "next-intl/server";

/**
 * Resolves a full message key such as "errors.gstin.checksum" (what AppError and the zod schemas
 * carry) in the request's language. A key missing from the catalogue is a bug, but the user still
 * gets a sentence rather than a raw key.
 */
export async function errorMessage(key: string, params?: Record<string, string | number | Date>): Promise<string> {
  const t = await getTranslations();
  return t.has(key) ? t(key, params) : t("errors.unexpected");
}
