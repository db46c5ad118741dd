import "server-only";
import { getLocale } from "next-intl/server";
import { toUiLocale, type UiLocale } from "./locale";

/** The request's UI language as "en" | "hi" (next-intl itself holds "en-IN" / "hi-IN"). */
export async function getUiLocale(): Promise<UiLocale> {
  return toUiLocale(await getLocale());
}
